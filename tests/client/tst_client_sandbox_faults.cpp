// The client under the sandbox's faults: a 429 storm completes without storming back,
// 5xx before a change is retried on a GET, 5xx after a change on a POST is an unknown
// outcome sent once, resets, cut, broken and HTML bodies give typed errors, a server that
// stops answering times out.
#include "IntegrationSupport.h"
#include "SandboxControl.h"

#include "client/RateLimiter.h"
#include "client/jobs/ApiActionJob.h"
#include "client/jobs/BatchOfflineJob.h"
#include "client/jobs/ListAllTablesJob.h"
#include "client/jobs/ListApproversJob.h"

#include <QTest>
#include <memory>
#include <vector>

using namespace dataarts;
using integration::run;
using Kind = ApiError::Kind;
using Problem = ApiError::BodyProblem;

class TestClientSandboxFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void rateLimitStormCompletes();
    void throttledPostIsRepeatedOnce();
    void serverErrorBeforeIsRetried();
    void serverErrorAfterPostIsUnknownOutcome();
    void resetOnGetIsRetried();
    void resetAfterActionIsUnknownOutcomeAndNotResent();
    void truncatedBody();
    void truncatedAfterPostIsUnknownOutcome();
    void malformedBody();
    void htmlErrorPage();
    void silentServerTimesOut();

private:
    BatchOfflineRequest offlineOne(QString *id);
    QString count(const QString &kind, const QString &outcome);

    SandboxProcess *m_sandbox = nullptr;
    SandboxControl *m_control = nullptr;
    Session *m_session = nullptr;
};

void TestClientSandboxFaults::initTestCase()
{
    m_sandbox = new SandboxProcess({QStringLiteral("--tables"), QStringLiteral("400")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_control = new SandboxControl(m_sandbox->url());
    m_session = new Session(m_sandbox->settings());
    m_session->setRetryPolicy(integration::fastRetries(4));
}

void TestClientSandboxFaults::cleanupTestCase()
{
    delete m_session;
    delete m_control;
    delete m_sandbox;
}

void TestClientSandboxFaults::init()
{
    QVERIFY(m_control->clearFaults());
}

BatchOfflineRequest TestClientSandboxFaults::offlineOne(QString *id)
{
    static QStringList used;
    for (const QString &candidate :
         m_control->entityIds(QStringLiteral("TABLE_MODEL"), QStringLiteral("PUBLISHED"), 40)) {
        if (!used.contains(candidate)) {
            used << candidate;
            *id = candidate;
            break;
        }
    }
    BatchOfflineRequest body;
    body.bizInfos = {{*id, QStringLiteral("TABLE_MODEL")}};
    body.approverUserId = m_sandbox->value(QStringLiteral("user_id"));
    body.approverUserName = QStringLiteral("sandbox_admin");
    body.fastApproval = true;
    return body;
}

void TestClientSandboxFaults::rateLimitStormCompletes()
{
    // A sandbox of its own that allows 10 requests a second; our own limiter out of the way.
    SandboxProcess limited({QStringLiteral("--tables"), QStringLiteral("50"),
                            QStringLiteral("--rate-limit"), QStringLiteral("10/1")});
    QVERIFY2(limited.start(), qPrintable(limited.errorString()));
    ConnectionSettings s = limited.settings();
    s.rateLimits.architectureReadsPerMinute = 1000000;
    Session session(s);
    const int jobs = 30;
    std::vector<std::unique_ptr<ListApproversJob>> all;
    for (int i = 0; i < jobs; ++i) {
        all.push_back(std::make_unique<ListApproversJob>(&session));
        all.back()->start();
    }
    for (auto &job : all) {
        if (!job->isFinished()) {
            QSignalSpy spy(job.get(), &ApiJob::finished);
            QVERIFY(spy.wait(60000));
        }
        QVERIFY2(job->ok(), qPrintable(job->error().message()));
    }
    const RateLimiter::Stats stats = session.rateLimiter(Service::ArchitectureRead)->stats();
    const QJsonObject server = SandboxControl(limited.url()).stats();
    const int throttled = server.value(QLatin1String("requests"))
                              .toObject()
                              .value(QLatin1String("by_status"))
                              .toObject()
                              .value(QLatin1String("429"))
                              .toInt();
    qInfo("%d jobs met %d answers 429", jobs, throttled);
    QVERIFY(throttled > 0); // the storm happened ...
    QCOMPARE(stats.throttled, qint64(throttled));
    QVERIFY2(throttled < 2 * jobs,
             qPrintable(QString::number(throttled))); // ... and did not feed itself
    QCOMPARE(server.value(QLatin1String("requests"))
                 .toObject()
                 .value(QLatin1String("by_status"))
                 .toObject()
                 .value(QLatin1String("200"))
                 .toInt(),
             jobs);
}

void TestClientSandboxFaults::throttledPostIsRepeatedOnce()
{
    QString id;
    const BatchOfflineRequest body = offlineOne(&id);
    QVERIFY(m_control->queueFault(QStringLiteral("throttle"), QStringLiteral("batch-offline"), 1));
    BatchOfflineJob job(m_session, body);
    QVERIFY(run(job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    QCOMPARE(job.attempts(), 2);
    const QJsonArray log = m_control->requests(QStringLiteral("batch-offline"), 2);
    QCOMPARE(log.size(), 2);
    // Retry-After: 1 was honoured.
    const QDateTime first = QDateTime::fromString(
        log.at(0).toObject().value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    const QDateTime second = QDateTime::fromString(
        log.at(1).toObject().value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    QVERIFY2(first.msecsTo(second) >= 950, qPrintable(QString::number(first.msecsTo(second))));
    QCOMPARE(m_control->entity(id).value(QLatin1String("transitions")).toInt(), 1);
}

void TestClientSandboxFaults::serverErrorBeforeIsRetried()
{
    QVERIFY(m_control->queueFault(QStringLiteral("fail"), QStringLiteral("all-tables"), 2));
    ListAllTablesJob job(m_session);
    QVERIFY(run(job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    QCOMPARE(job.attempts(), 3);
    QCOMPARE(job.result().total, 400);
}

void TestClientSandboxFaults::serverErrorAfterPostIsUnknownOutcome()
{
    QString id;
    const BatchOfflineRequest body = offlineOne(&id);
    QVERIFY(
        m_control->queueFault(QStringLiteral("fail-after"), QStringLiteral("batch-offline"), 1));
    const int before = m_control->requests(QStringLiteral("batch-offline"), 200).size();
    BatchOfflineJob job(m_session, body);
    QVERIFY(run(job));
    QCOMPARE(job.error().kind, Kind::UnknownOutcome);
    QCOMPARE(job.error().cause, Kind::ServerError);
    QCOMPARE(job.error().httpStatus, 500);
    QCOMPARE(job.attempts(), 1);
    QTest::qWait(200);
    QCOMPARE(m_control->requests(QStringLiteral("batch-offline"), 200).size(), before + 1);
    // It was applied: that is why it must not be sent again.
    QCOMPARE(m_control->entity(id).value(QLatin1String("status")).toString(),
             QStringLiteral("OFFLINE"));
    QCOMPARE(m_control->entity(id).value(QLatin1String("transitions")).toInt(), 1);
}

void TestClientSandboxFaults::resetOnGetIsRetried()
{
    QVERIFY(m_control->queueFault(QStringLiteral("reset"), QStringLiteral("approvals/users"), 2));
    ListApproversJob job(m_session);
    QVERIFY(run(job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    QVERIFY(job.attempts() >= 2);
}

void TestClientSandboxFaults::resetAfterActionIsUnknownOutcomeAndNotResent()
{
    const QJsonArray pairs =
        m_control->pairs(QStringLiteral("status=PUBLISHED&apps=no&manager=sandbox_admin&limit=1"));
    QVERIFY(!pairs.isEmpty());
    const QString apiId = pairs.first().toObject().value(QLatin1String("api_id")).toString();
    const QString instanceId =
        pairs.first().toObject().value(QLatin1String("instance_id")).toString();
    QVERIFY(m_control->queueFault(QStringLiteral("reset-after"), QStringLiteral("/action$"), 1));
    ApiActionRequest stop;
    stop.action = ApiAction::Stop;
    ApiActionJob job(m_session, apiId, instanceId, stop);
    QVERIFY(run(job));
    QCOMPARE(job.error().kind, Kind::UnknownOutcome);
    QCOMPARE(job.error().cause, Kind::Network);
    QTest::qWait(300);
    const QJsonObject pair = m_control->pair(apiId, instanceId);
    QCOMPARE(pair.value(QLatin1String("status")).toString(), QStringLiteral("API_STATUS_STOPPED"));
    QCOMPARE(pair.value(QLatin1String("transitions")).toInt(), 1);
    int actions = 0;
    for (const QJsonValue &r : m_control->requests(QStringLiteral("/action$"), 200))
        actions += r.toObject().value(QLatin1String("path")).toString().contains(apiId) ? 1 : 0;
    QCOMPARE(actions, 1); // neither we nor Qt sent it again
}

void TestClientSandboxFaults::truncatedBody()
{
    QVERIFY(m_control->queueFault(QStringLiteral("truncate"), QStringLiteral("all-tables"), 4));
    ListAllTablesJob job(m_session);
    QVERIFY(run(job));
    QCOMPARE(job.error().kind, Kind::BadResponse);
    QCOMPARE(job.error().bodyProblem, Problem::Truncated);
    QCOMPARE(job.attempts(), 4);
    QVERIFY(!job.error().message().isEmpty());
}

void TestClientSandboxFaults::truncatedAfterPostIsUnknownOutcome()
{
    QString id;
    const BatchOfflineRequest body = offlineOne(&id);
    QVERIFY(m_control->queueFault(QStringLiteral("truncate"), QStringLiteral("batch-offline"), 1));
    BatchOfflineJob job(m_session, body);
    QVERIFY(run(job));
    QCOMPARE(job.error().kind, Kind::UnknownOutcome);
    QCOMPARE(job.error().cause, Kind::BadResponse);
    QCOMPARE(job.attempts(), 1);
    QCOMPARE(m_control->entity(id).value(QLatin1String("transitions")).toInt(), 1);
}

void TestClientSandboxFaults::malformedBody()
{
    QVERIFY(
        m_control->queueFault(QStringLiteral("malformed"), QStringLiteral("approvals/users"), 4));
    ListApproversJob job(m_session);
    QVERIFY(run(job));
    QCOMPARE(job.error().kind, Kind::BadResponse);
    QCOMPARE(job.error().bodyProblem, Problem::Malformed);
    QCOMPARE(job.attempts(), 4);
    // One fault fewer than attempts: the last one goes through.
    QVERIFY(
        m_control->queueFault(QStringLiteral("malformed"), QStringLiteral("approvals/users"), 3));
    ListApproversJob again(m_session);
    QVERIFY(run(again));
    QVERIFY2(again.ok(), qPrintable(again.error().message()));
}

void TestClientSandboxFaults::htmlErrorPage()
{
    QVERIFY(m_control->queueFault(QStringLiteral("html"), QStringLiteral("all-tables"), 4));
    ListAllTablesJob job(m_session);
    QVERIFY(run(job));
    QCOMPARE(job.error().kind, Kind::ServerError);
    QCOMPARE(job.error().httpStatus, 502);
    QCOMPARE(job.error().bodyProblem, Problem::Html);
    QVERIFY(job.error().code.isEmpty());
    QVERIFY(job.error().message().contains(QLatin1String("HTML")));
}

void TestClientSandboxFaults::silentServerTimesOut()
{
    ConnectionSettings s = m_sandbox->settings();
    s.transferTimeoutMs = 300;
    Session session(s);
    session.setRetryPolicy(integration::fastRetries(2));
    QVERIFY(m_control->queueFault(QStringLiteral("latency"), QStringLiteral("approvals/users"), 2,
                                  3000));
    ListApproversJob job(&session);
    QVERIFY(run(job));
    QCOMPARE(job.error().kind, Kind::Timeout);
    QCOMPARE(job.error().timeoutPhase, ApiError::TimeoutPhase::Transfer);
    QCOMPARE(job.attempts(), 2);
}

QTEST_GUILESS_MAIN(TestClientSandboxFaults)
#include "tst_client_sandbox_faults.moc"
