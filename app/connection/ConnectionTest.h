#pragma once

#include "ConnectionTestResult.h"

#include "client/ConnectionSettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace dataarts {

class ConnectionProbeJob;
class Session;

// "Test connection": one cheap signed call (ConnectionProbeJob) through a session. Reports
// success with the latency and the clock offset measured from the answer's Date header
// (and gives a session an offset of two seconds or more, so that it signs with the
// server's time), or the exact translated ApiError. Used by the profile dialog, the
// connection manager and the CLI's "profile test". finished() comes once per start(),
// always after start() returned.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    // Through an open session (not owned; it stays open).
    void start(Session *session);
    // Through a session of its own for these settings, deleted with the test.
    void start(const ConnectionSettings &settings);
    // finished() follows with a Cancelled error.
    void abort();

    bool isRunning() const { return m_job != nullptr; }
    const ConnectionTestResult &result() const { return m_result; }

signals:
    void finished(const dataarts::ConnectionTestResult &result);

private:
    void onJobFinished();
    void dropJob();

    QPointer<Session> m_session;
    Session *m_ownSession = nullptr;
    ConnectionProbeJob *m_job = nullptr;
    QElapsedTimer m_timer;
    QDateTime m_localStart;
    ConnectionTestResult m_result;
};

} // namespace dataarts
