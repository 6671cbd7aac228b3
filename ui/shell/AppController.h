#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace dataarts {
class ConnectionManager;
struct ConnectionStatus;
class Language;
class ProfileStore;
class RunCenter;
class SandboxLauncher;
class SecretStore;
} // namespace dataarts

namespace dataarts::ui {

class MainWindow;
class Workflow;

// The application's parts and its life: the profile store, the keychain (checked before
// the first use), the sandbox launcher, the connection manager and the main window with
// the registered panes. start() opens the profile the command line or the last run asks
// for; with none, the window offers the built-in Sandbox. Closing the window stops the
// sandbox child and then reports finished() with the exit status. --smoke-test mode prints
// one line once the connection is up and every pane has loaded (with each pane's status
// text), or once the connection or a pane's load failed, and closes the window itself.
class AppController : public QObject
{
    Q_OBJECT
public:
    struct Options {
        bool sandbox = false; // start the sandbox and open the Sandbox profile
        QString profileName;  // open this stored profile
        QString language;     // given on the command line (checked in the View menu)
        bool smokeTest = false;
        int smokeTimeoutMs = 120000;
    };

    explicit AppController(Language *language, QObject *parent = nullptr);
    ~AppController() override;

    void start(const Options &options);
    // Closes the window; finished(exitCode) follows once the sandbox is stopped.
    void quit(int exitCode);

    MainWindow *window() const { return m_window; }
    ConnectionManager *connection() const { return m_connection; }
    SandboxLauncher *sandbox() const { return m_sandbox; }
    ProfileStore *profiles() const { return m_profiles; }
    SecretStore *secrets() const { return m_secrets; }
    RunCenter *runs() const { return m_runs; }
    Workflow *workflow() const { return m_workflow; }
    int exitCode() const { return m_exitCode; }

signals:
    void finished(int exitCode);

private:
    void openInitialProfile(const Options &options);
    void onSmokeStatus(const ConnectionStatus &status);
    void checkSmokePanes();
    void smokeResult(bool ok, const QString &line);
    void shutDown();

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    SandboxLauncher *m_sandbox;
    ConnectionManager *m_connection;
    MainWindow *m_window;
    RunCenter *m_runs;
    Workflow *m_workflow = nullptr;
    QTimer m_smokeTimer;
    bool m_smokeTest = false;
    QString m_smokeConnected; // the connection's details once it is up
    QSet<const QObject *> m_smokeSeenLoading;
    bool m_shuttingDown = false;
    int m_exitCode = 0;
};

} // namespace dataarts::ui
