#include "AppController.h"

#include "panes/common/RecordPane.h"
#include "shell/MainActions.h"
#include "shell/MainWindow.h"
#include "shell/PaneArea.h"
#include "shell/PaneRegistry.h"
#include "shell/Workflow.h"

#include "batch/BatchEngine.h"
#include "runs/RunCenter.h"

#include "connection/ConnectionManager.h"
#include "connection/SandboxLauncher.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace dataarts::ui {

AppController::AppController(Language *language, QObject *parent)
    : QObject(parent)
    , m_profiles(new ProfileStore(this))
    , m_secrets(new SecretStore(this))
    , m_sandbox(new SandboxLauncher(this))
    , m_connection(new ConnectionManager(m_profiles, m_secrets, m_sandbox, this))
    , m_window(new MainWindow(language, m_profiles, m_secrets, m_connection))
    , m_runs(new RunCenter(this))
{
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    // The journal of the GUI's runs; without it the panes still list, but runs cannot start
    // (the run center says why when asked to start one).
    if (!m_runs->open())
        qWarning("dataarts-desk: the journal cannot be opened: %s",
                 qPrintable(m_runs->errorString()));
    // A damaged journal was kept aside and a new one started: say where it is, once the
    // window shows.
    if (const QString notice = m_runs->journalNotice(); !notice.isEmpty()) {
        qWarning("dataarts-desk: %s", qPrintable(notice));
        QTimer::singleShot(0, m_window, [this, notice] {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Journal damaged"), notice,
                                        QMessageBox::Ok, m_window);
            box->setObjectName(QStringLiteral("journalDamagedBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    }
    m_runs->setConnectionManager(m_connection);
    m_workflow = new Workflow(m_window, m_connection, m_runs, this);
    for (const PaneRegistry::Entry &entry : PaneRegistry::createPanes(m_runs)) {
        m_window->addPane(entry.pane, entry.actions);
        m_workflow->attach(entry.pane);
    }
    m_window->restoreLayout(); // every dock is there now
    m_window->setRunsInFlight([this] {
        BatchEngine *engine = m_runs->engine();
        return engine ? int(engine->runs().size()) : 0;
    });
    // Closing the window ends the run, after the sandbox child has stopped.
    QApplication::setQuitOnLastWindowClosed(false);
    connect(m_window, &MainWindow::closed, this, &AppController::shutDown);
    m_smokeTimer.setSingleShot(true);
    connect(&m_smokeTimer, &QTimer::timeout, this, [this] {
        smokeResult(false, tr("no connection within %n second(s)", nullptr,
                              m_smokeTimer.interval() / 1000));
    });
}

AppController::~AppController()
{
    delete m_window;
}

void AppController::start(const Options &options)
{
    // Before the first use: is there a secure keychain (the banner says when not)?
    m_secrets->checkAvailability();
    if (!options.language.isEmpty())
        m_window->actions()->languageAction(options.language)->setChecked(true);
    m_smokeTest = options.smokeTest;
    if (m_smokeTest) {
        connect(m_connection, &ConnectionManager::statusChanged, this,
                &AppController::onSmokeStatus);
        for (Pane *pane : m_window->paneArea()->panes()) {
            connect(pane, &Pane::loadingChanged, this, [this, pane](bool loading) {
                if (loading)
                    m_smokeSeenLoading.insert(pane);
                checkSmokePanes();
            });
        }
        m_smokeTimer.start(options.smokeTimeoutMs);
    }
    m_window->show();
    openInitialProfile(options);
}

void AppController::openInitialProfile(const Options &options)
{
    if (options.sandbox) {
        m_connection->open(Profile::sandbox());
        return;
    }
    if (!options.profileName.isEmpty()) {
        if (const std::optional<Profile> profile = m_profiles->findByName(options.profileName)) {
            m_connection->open(*profile);
            return;
        }
        const QString error =
            tr("There is no connection profile named “%1”.").arg(options.profileName);
        if (m_smokeTest) {
            smokeResult(false, error);
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Unknown Profile"), error,
                                    QMessageBox::Close, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    const QUuid last = m_profiles->lastUsed();
    if (!last.isNull() && m_connection->openById(last))
        return;
    // A new user: the window's welcome panel offers the built-in Sandbox.
    if (m_smokeTest)
        smokeResult(false, tr("no profile to open; use --sandbox or --profile NAME"));
}

void AppController::onSmokeStatus(const ConnectionStatus &status)
{
    if (status.state == ConnectionStatus::State::Connected) {
        m_smokeConnected = status.details();
        checkSmokePanes();
    } else if (status.state == ConnectionStatus::State::Failed)
        smokeResult(false, status.details());
}

void AppController::checkSmokePanes()
{
    if (!m_smokeTest || m_smokeConnected.isEmpty())
        return;
    QStringList parts{m_smokeConnected};
    for (const Pane *pane : m_window->paneArea()->panes()) {
        const QString error = pane->loadError();
        if (!error.isEmpty()) {
            smokeResult(false, tr("%1: %2").arg(pane->title(), error));
            return;
        }
        // The panes that list from the server (not History, which reads the journal).
        if (!qobject_cast<const RecordPane *>(pane))
            continue;
        if (!m_smokeSeenLoading.contains(pane) || pane->isLoading())
            return; // loadingChanged() brings us back
        parts << tr("%1: %2").arg(pane->title(), pane->statusText());
    }
    smokeResult(true, parts.join(QStringLiteral("; ")));
}

void AppController::smokeResult(bool ok, const QString &line)
{
    if (!m_smokeTest)
        return;
    m_smokeTest = false;
    m_smokeTimer.stop();
    const QByteArray text =
        (ok ? QByteArrayLiteral("smoke-test: ok: ") : QByteArrayLiteral("smoke-test: failed: ")) +
        line.toUtf8() + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
    quit(ok ? 0 : 1);
}

void AppController::quit(int exitCode)
{
    m_exitCode = exitCode;
    // Queued: the window may be in the middle of delivering a signal.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_window->isVisible())
                m_window->closeWithoutAsking(); // closed() follows
            else
                shutDown();
        },
        Qt::QueuedConnection);
}

void AppController::shutDown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_connection->close();
    connect(m_sandbox, &SandboxLauncher::stopped, this, [this] { emit finished(m_exitCode); });
    m_sandbox->stop(); // stopped() follows, also when nothing runs
}

} // namespace dataarts::ui
