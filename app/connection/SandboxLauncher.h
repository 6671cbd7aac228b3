#pragma once

#include "profiles/SandboxStartup.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace dataarts {

// Runs dataarts-sandbox, the local emulator behind the built-in Sandbox profile, as a child
// process: from beside the application's executable by default, on a free loopback port.
// It reads the start-up lines (SandboxStartup) and reports ready() or failed() with a
// translated reason (missing program, could not start, stopped early, printed something
// unexpected, too slow). stop() ends it (SIGTERM, then a kill after a grace period) and
// reports stopped(); the destructor kills what is still running. Signals always come from
// the event loop, never from inside start() or stop().
class SandboxLauncher : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Starting, Running, Stopping, Failed };
    Q_ENUM(State)

    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // <applicationDirPath>/dataarts-sandbox (".exe" on Windows).
    static QString defaultExecutable();
    // --port 0 --seed 7 --tables 5000 --apis 300 --clusters 3
    static QStringList defaultArguments();

    void setExecutable(const QString &path) { m_executable = path; }
    QString executable() const { return m_executable; }
    void setArguments(const QStringList &arguments) { m_arguments = arguments; }
    QStringList arguments() const { return m_arguments; }
    // How long the sandbox may take to print its start-up lines (default 30 s).
    void setStartTimeout(int ms) { m_startTimeoutMs = ms; }
    // How long stop() waits after SIGTERM before it kills (default 5 s).
    void setStopTimeout(int ms) { m_stopTimeoutMs = ms; }

    // Starts the sandbox unless it is starting or running already.
    void start();
    // Ends it; stopped() follows (at once when nothing runs).
    void stop();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    // What it printed (valid while Running).
    const SandboxStartup &startup() const { return m_startup; }
    QString errorString() const { return m_error; }
    qint64 processId() const;

signals:
    void ready();
    // Start-up failed, or a running sandbox ended on its own.
    void failed(const QString &error);
    void stopped();
    void stateChanged(dataarts::SandboxLauncher::State state);

private:
    void setState(State state);
    void fail(const QString &error);
    void onStandardOutput();
    void onStandardError();
    void onProcessError(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onStartTimeout();
    QString lastErrorLines() const;
    void discardProcess();

    QString m_executable;
    QStringList m_arguments;
    int m_startTimeoutMs = 30000;
    int m_stopTimeoutMs = 5000;
    State m_state = State::Idle;
    QProcess *m_process = nullptr;
    QByteArray m_output;
    QByteArray m_errorOutput; // the last few kilobytes of standard error
    SandboxStartup m_startup;
    QString m_error;
    QTimer m_startTimer;
    QTimer m_killTimer;
};

} // namespace dataarts
