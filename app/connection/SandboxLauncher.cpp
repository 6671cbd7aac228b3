#include "SandboxLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace dataarts {

namespace {

Q_LOGGING_CATEGORY(lcSandbox, "dataarts.sandbox")

constexpr qsizetype kKeptErrorBytes = 4096;
// The start-up lines: the URL and five key=value lines the app needs.
constexpr int kStartupLines = 6;

void post(QObject *context, std::function<void()> call)
{
    QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
}

} // namespace

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
    , m_executable(defaultExecutable())
    , m_arguments(defaultArguments())
{
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, &SandboxLauncher::onStartTimeout);
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            qCWarning(lcSandbox) << "the sandbox ignored SIGTERM; killing it";
            m_process->kill();
        }
    });
}

SandboxLauncher::~SandboxLauncher()
{
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning)
            m_process->kill(); // QProcess reaps it when it is destroyed
    }
}

QString SandboxLauncher::defaultExecutable()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("dataarts-sandbox.exe");
#else
    const QString name = QStringLiteral("dataarts-sandbox");
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

QStringList SandboxLauncher::defaultArguments()
{
    return {QStringLiteral("--port"), QStringLiteral("0"),        QStringLiteral("--seed"),
            QStringLiteral("7"),      QStringLiteral("--tables"), QStringLiteral("5000"),
            QStringLiteral("--apis"), QStringLiteral("300"),      QStringLiteral("--clusters"),
            QStringLiteral("3")};
}

qint64 SandboxLauncher::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void SandboxLauncher::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SandboxLauncher::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    discardProcess();
    m_output.clear();
    m_errorOutput.clear();
    m_startup = SandboxStartup();
    m_error.clear();

    const QFileInfo info(m_executable);
    if (!info.exists()) {
        fail(tr("The sandbox program was not found at “%1”. It belongs beside DataArts Desk: "
                "reinstall the application, or build the dataarts-sandbox target.")
                 .arg(QDir::toNativeSeparators(m_executable)));
        return;
    }
    if (!info.isFile() || !info.isExecutable()) {
        fail(tr("“%1” is not an executable program, so the sandbox cannot start.")
                 .arg(QDir::toNativeSeparators(m_executable)));
        return;
    }

    m_process = new QProcess(this);
    m_process->setProgram(m_executable);
    m_process->setArguments(m_arguments);
    m_process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // Should this program die without stopping it, the sandbox goes too.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            &SandboxLauncher::onStandardOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, &SandboxLauncher::onStandardError);
    connect(m_process, &QProcess::errorOccurred, this, &SandboxLauncher::onProcessError);
    connect(m_process, &QProcess::finished, this, &SandboxLauncher::onFinished);
    setState(State::Starting);
    m_startTimer.start(m_startTimeoutMs);
    qCInfo(lcSandbox) << "starting" << m_executable << m_arguments;
    m_process->start();
}

void SandboxLauncher::stop()
{
    m_startTimer.stop();
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        discardProcess();
        setState(State::Idle);
        post(this, [this] { emit stopped(); });
        return;
    }
    if (m_state == State::Stopping)
        return;
    setState(State::Stopping);
    m_process->terminate();
    m_killTimer.start(m_stopTimeoutMs);
}

void SandboxLauncher::fail(const QString &error)
{
    m_startTimer.stop();
    m_error = error;
    qCWarning(lcSandbox).noquote() << error;
    setState(State::Failed); // its finished() is no news from now on; stop() still works
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->kill();
    post(this, [this, error] { emit failed(error); });
}

void SandboxLauncher::onStandardOutput()
{
    if (!m_process)
        return;
    const QByteArray chunk = m_process->readAllStandardOutput();
    if (m_state != State::Starting)
        return; // served lines after start-up are not ours to keep
    m_output += chunk;
    if (m_output.count('\n') < kStartupLines)
        return;
    QString error;
    const std::optional<SandboxStartup> startup = SandboxStartup::parse(m_output, &error);
    if (!startup) {
        fail(error);
        return;
    }
    m_startTimer.stop();
    m_startup = *startup;
    m_output.clear();
    qCInfo(lcSandbox) << "the sandbox serves" << m_startup.url.toString();
    setState(State::Running);
    emit ready();
}

void SandboxLauncher::onStandardError()
{
    if (!m_process)
        return;
    m_errorOutput += m_process->readAllStandardError();
    if (m_errorOutput.size() > kKeptErrorBytes)
        m_errorOutput = m_errorOutput.right(kKeptErrorBytes);
}

QString SandboxLauncher::lastErrorLines() const
{
    QList<QByteArray> lines = m_errorOutput.trimmed().split('\n');
    while (lines.size() > 3)
        lines.removeFirst();
    return QString::fromUtf8(lines.join('\n')).trimmed();
}

void SandboxLauncher::onProcessError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart && m_state == State::Starting)
        fail(tr("The sandbox could not be started: %1").arg(m_process->errorString()));
}

void SandboxLauncher::onFinished(int exitCode, QProcess::ExitStatus status)
{
    onStandardError();
    m_killTimer.stop();
    m_startTimer.stop();
    const State was = m_state;
    if (was == State::Stopping) {
        qCInfo(lcSandbox) << "the sandbox stopped";
        setState(State::Idle);
        emit stopped();
        return;
    }
    if (was != State::Starting && was != State::Running)
        return; // killed after a failure: already reported
    const QString detail = lastErrorLines();
    QString error;
    if (status == QProcess::CrashExit)
        error = was == State::Starting ? tr("The sandbox crashed while starting.")
                                       : tr("The sandbox crashed.");
    else
        error = was == State::Starting
                    ? tr("The sandbox stopped before it was ready (exit status %1).").arg(exitCode)
                    : tr("The sandbox stopped unexpectedly (exit status %1).").arg(exitCode);
    if (!detail.isEmpty())
        error += QLatin1Char(' ') + tr("It said: %1").arg(detail);
    fail(error);
}

void SandboxLauncher::onStartTimeout()
{
    if (m_state != State::Starting)
        return;
    QString error = tr("The sandbox did not report its address within %n second(s).", nullptr,
                       m_startTimeoutMs / 1000);
    QString parseError;
    if (!m_output.isEmpty() && !SandboxStartup::parse(m_output, &parseError))
        error += QLatin1Char(' ') + parseError;
    fail(error);
}

void SandboxLauncher::discardProcess()
{
    if (!m_process)
        return;
    QProcess *process = std::exchange(m_process, nullptr);
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning)
        process->kill();
    process->setParent(nullptr);
    // Delete only once it has been reaped, so that no zombie and no blocking wait remain.
    if (process->state() == QProcess::NotRunning)
        process->deleteLater();
    else
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
}

} // namespace dataarts
