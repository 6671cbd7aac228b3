#include "ConnectionTest.h"

#include "ConnectionProbeJob.h"

#include "client/Session.h"

namespace dataarts {

namespace {
// Offsets below this are the Date header's one-second resolution, not a wrong clock.
constexpr qint64 kCorrectSessionFromMs = 2000;
} // namespace

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{}

ConnectionTest::~ConnectionTest()
{
    dropJob();
}

void ConnectionTest::dropJob()
{
    if (!m_job)
        return;
    ConnectionProbeJob *job = std::exchange(m_job, nullptr);
    job->disconnect(this);
    job->abort();
    job->deleteLater();
}

void ConnectionTest::start(const ConnectionSettings &settings)
{
    dropJob();
    delete m_ownSession;
    m_ownSession = new Session(settings, this);
    start(m_ownSession);
}

void ConnectionTest::start(Session *session)
{
    Q_ASSERT(session);
    dropJob();
    m_session = session;
    m_result = ConnectionTestResult();
    m_job = new ConnectionProbeJob(session, this);
    connect(m_job, &ApiJob::finished, this, &ConnectionTest::onJobFinished);
    m_localStart = session->localNow();
    m_timer.start();
    m_job->start();
}

void ConnectionTest::abort()
{
    if (m_job)
        m_job->abort();
}

void ConnectionTest::onJobFinished()
{
    ConnectionProbeJob *job = std::exchange(m_job, nullptr);
    job->deleteLater();
    const qint64 elapsed = m_timer.elapsed();

    ConnectionTestResult result;
    result.ok = job->ok();
    result.latencyMs = elapsed;
    if (result.ok) {
        const QDateTime serverDate = job->serverDate();
        if (serverDate.isValid()) {
            // The Date header is whole seconds (rounded down): the server's clock was half a
            // second on, on average, at the middle of the exchange.
            const QDateTime localMiddle = m_localStart.addMSecs(elapsed / 2);
            result.clockOffsetMs = localMiddle.msecsTo(serverDate) + 500;
            result.serverTime = serverDate;
            if (m_session && qAbs(result.clockOffsetMs) >= kCorrectSessionFromMs)
                m_session->setClockOffsetMs(result.clockOffsetMs);
        } else if (m_session) {
            result.clockOffsetMs = m_session->clockOffsetMs();
        }
    } else {
        result.error = job->error();
        if (result.error.kind == ApiError::Kind::ClockSkew) {
            result.clockOffsetMs = result.error.clockOffsetMs;
            result.serverTime = result.error.serverTime;
        }
    }
    m_result = result;
    emit finished(m_result);
}

} // namespace dataarts
