#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

SandboxProcess::SandboxProcess(QStringList extraArguments)
    : m_arguments(std::move(extraArguments))
{}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executablePath()
{
#ifdef DESK_SANDBOX_PATH
    return QStringLiteral(DESK_SANDBOX_PATH);
#else
    return QString();
#endif
}

bool SandboxProcess::start(int timeoutMs)
{
    const QString program = executablePath();
    if (program.isEmpty()) {
        m_error = QStringLiteral("dataarts-sandbox was not built");
        return false;
    }
    QStringList args = {QStringLiteral("--port"), QStringLiteral("0")};
    args += m_arguments;
    m_process.setProgram(program);
    m_process.setArguments(args);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    // The URL, then project_id, instance_id, workspace, ak and sk, one per line.
    const QStringList needed = {QStringLiteral("project_id"), QStringLiteral("instance_id"),
                                QStringLiteral("workspace"), QStringLiteral("ak"),
                                QStringLiteral("sk")};
    QElapsedTimer timer;
    timer.start();
    QByteArray pending;
    while (true) {
        bool complete = m_url.isValid();
        for (const QString &key : needed)
            complete = complete && m_values.contains(key);
        if (complete)
            return true;
        if (timer.elapsed() > timeoutMs || m_process.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("sandbox did not print its start-up lines; stderr: %1")
                          .arg(QString::fromUtf8(m_process.readAllStandardError()));
            return false;
        }
        if (!m_process.canReadLine())
            m_process.waitForReadyRead(100);
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            if (!m_url.isValid()) {
                m_url = QUrl(line, QUrl::StrictMode);
                if (!m_url.isValid() || m_url.host().isEmpty()) {
                    m_error = QStringLiteral("first line is not a URL: %1").arg(line);
                    return false;
                }
                continue;
            }
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq > 0)
                m_values.insert(line.left(eq), line.mid(eq + 1));
        }
    }
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

dataarts::ConnectionSettings SandboxProcess::settings() const
{
    dataarts::ConnectionSettings s;
    s.endpoint = m_url;
    s.iamEndpoint = m_url;
    s.region = QStringLiteral("cn-north-4");
    s.projectId = projectId();
    s.instanceId = instanceId();
    s.workspace = workspace();
    s.dlmType = QStringLiteral("EXCLUSIVE");
    s.auth = dataarts::AuthMethod::AkSk;
    s.akSk.accessKey = accessKey();
    s.akSk.secretKey = secretKey();
    s.proxyMode = dataarts::ProxyMode::None;
    // The sandbox applies a write before it answers, unless a test holds it with the
    // latency fault (those tests set their own grace).
    s.unknownGraceMs = 0;
    return s;
}

QJsonObject SandboxProcess::stats(int timeoutMs) const
{
    QNetworkAccessManager manager;
    QUrl url = m_url;
    url.setPath(QStringLiteral("/__sandbox/stats"));
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return object;
}
