// The job base class against a scripted loopback HTTP server: headers and signature,
// retries only where safe, 429 and Retry-After, clock-skew correction, timeouts apart from
// cancel, size cap, bad bodies, no silent re-send of a POST, IAM tokens, proxies.
#include "FakeHttpServer.h"

#include "client/IamTokenProvider.h"
#include "client/RateLimiter.h"
#include "client/Session.h"
#include "client/jobs/ApiActionJob.h"
#include "client/jobs/BatchOfflineJob.h"
#include "client/jobs/ListAllTablesJob.h"
#include "client/jobs/ListApisJob.h"
#include "client/jobs/ListInstancesJob.h"
#include "client/jobs/WithdrawApprovalsJob.h"

#include "signing/Canonical.h"
#include "signing/RequestSigner.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace dataarts;
using Kind = ApiError::Kind;
using Reply = FakeHttpServer::Reply;

namespace {

const Credentials kKeys{
    QStringLiteral("TESTAK0000000000"), QByteArrayLiteral("test-secret-key-0123456789"), {}};

const QByteArray kTablesPage =
    R"({"data":{"value":{"total":2,"records":[{"id":"885123875376193536","name":"t1","biz_type":"TABLE_MODEL","status":"PUBLISHED"},)"
    R"({"id":"885123875376193537","name":"t2","biz_type":"FACT_LOGIC_TABLE","status":"OFFLINE"}]}}})";
const QByteArray kBatchAnswer =
    R"({"data":{"value":{"group_id":"g1","operation_status":"SUCCESS","total":1,"success":1,"failed":0,"groups":[{"biz_id":"1","operation_status":"SUCCESS"}]}}})";

ConnectionSettings settingsFor(const QUrl &url)
{
    ConnectionSettings s;
    s.endpoint = url;
    s.iamEndpoint = url;
    s.region = QStringLiteral("cn-north-4");
    s.projectId = QStringLiteral("p1");
    s.workspace = QStringLiteral("ws1");
    s.dlmType = QStringLiteral("EXCLUSIVE");
    s.akSk = kKeys;
    s.proxyMode = ProxyMode::None;
    s.connectTimeoutMs = 3000;
    s.transferTimeoutMs = 3000;
    return s;
}

RetryPolicy fastRetries(int attempts = 3)
{
    RetryPolicy p;
    p.maxAttempts = attempts;
    p.baseBackoffMs = 10;
    p.maxBackoffMs = 40;
    p.throttleFallbackMinMs = 50;
    p.throttleFallbackMaxMs = 80;
    return p;
}

bool signatureValid(const FakeHttpServer::Request &r, quint16 port)
{
    SignableRequest s = SignableRequest::fromUrl(r.method, r.url(port));
    s.headers = r.headers;
    s.body = r.body;
    const AuthorizationHeader a = AuthorizationHeader::parse(r.header("Authorization"));
    if (!a.valid || a.accessKey != kKeys.accessKey)
        return false;
    return RequestSigner::signWithHeaders(s, kKeys, a.signedHeaders).signature == a.signature;
}

BatchOfflineRequest offlineRequest()
{
    BatchOfflineRequest r;
    r.bizInfos = {{QStringLiteral("1"), QStringLiteral("TABLE_MODEL")}};
    r.approverUserId = QStringLiteral("u1");
    r.approverUserName = QStringLiteral("approver");
    return r;
}

ApiActionRequest stopRequest()
{
    ApiActionRequest r;
    r.action = ApiAction::Stop;
    r.time = QStringLiteral("2026-03-03T10:00:00.000Z");
    return r;
}

bool waitFinished(ApiJob *job, int timeoutMs = 10000)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &ApiJob::finished);
    return spy.wait(timeoutMs) || job->isFinished();
}

} // namespace

class TestApiJob : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void architectureHeadersAndSignature();
    void dataServiceAndDiscoveryHeaders();
    void finishedNeverFromStart();
    void invalidInputSendsNothing();
    void setupErrorSendsNothing();
    void freshSdkDatePerAttempt();
    void serverErrorsRetriedOnGet();
    void serverErrorsGiveUp();
    void serverErrorOnPostIsUnknownOutcome();
    void resetAfterPostIsNeverResent();
    void resetAfterBodylessPutIsNeverResent();
    void resetOnGetIsRetried();
    void refusedPostIsRetriedBecauseNeverSent();
    void rateLimitedHonoursRetryAfter();
    void rateLimitedWithoutRetryAfter();
    void unauthorizedNotRetried();
    void clockSkewCorrectedOnce();
    void clockSkewThatPersists();
    void transferTimeout();
    void connectTimeout();
    void abortIsNotTimeout();
    void abortInFlightPostIsUnknownOutcome();
    void abortWhileWaitingForRateToken();
    void sessionClosedUnderRunningJobs();
    void responseTooLarge();
    void responseTooLargeWithoutLength();
    void badBodies_data();
    void badBodies();
    void unexpectedShapeNotRetried();
    void noContentAction();
    void requestIdCaptured();
    void redirectNotFollowed();
    void autoDelete();
    void iamTokenFetchedOnceAndRefreshed();
    void iamTokenInvalidatedAfter401();
    void manualProxyWithCredentials();
    void systemProxyFromEnvironment();

private:
    FakeHttpServer *m_server = nullptr;
    std::unique_ptr<FakeHttpServer> m_serverOwner;
};

void TestApiJob::init()
{
    m_serverOwner = std::make_unique<FakeHttpServer>();
    m_server = m_serverOwner.get();
    QVERIFY(m_server->listen());
}

void TestApiJob::architectureHeadersAndSignature()
{
    m_server->enqueue(Reply::json(kTablesPage));
    Session session(settingsFor(m_server->url()));
    ListAllTablesJob job(&session);
    job.filter().name = QStringLiteral("客户 表");
    job.setPage(200, 100);
    job.start();
    QVERIFY(waitFinished(&job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    QCOMPARE(job.result().records.size(), 2);
    QCOMPARE(job.result().total, 2);
    QCOMPARE(job.attempts(), 1);

    const FakeHttpServer::Request &r = m_server->requests().first();
    QCOMPARE(r.method, QByteArray("GET"));
    const QUrl url = r.url(m_server->port());
    QCOMPARE(url.path(), QStringLiteral("/v2/p1/design/all-tables"));
    const QString query = url.query(QUrl::FullyDecoded);
    for (const QString &type :
         {QStringLiteral("TABLE_MODEL_LOGIC"), QStringLiteral("TABLE_MODEL"),
          QStringLiteral("DIMENSION_LOGIC_TABLE"), QStringLiteral("FACT_LOGIC_TABLE"),
          QStringLiteral("AGGREGATION_LOGIC_TABLE")})
        QVERIFY2(query.contains(QStringLiteral("biz_type_list=") + type), qPrintable(query));
    QVERIFY(query.contains(QStringLiteral("limit=100")));
    QVERIFY(query.contains(QStringLiteral("offset=200")));
    QVERIFY(query.contains(QStringLiteral("name=客户 表")));
    QCOMPARE(r.header("workspace"), QByteArray("ws1"));
    QCOMPARE(r.header("X-Project-Id"), QByteArray("p1"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json;charset=UTF-8"));
    QVERIFY(r.header("Dlm-Type").isEmpty());
    QVERIFY(!r.header("X-Sdk-Date").isEmpty());
    const AuthorizationHeader auth = AuthorizationHeader::parse(r.header("Authorization"));
    QVERIFY(auth.valid);
    for (const QByteArray &h :
         {QByteArray("host"), QByteArray("content-type"), QByteArray("workspace"),
          QByteArray("x-project-id"), QByteArray("x-sdk-date")})
        QVERIFY2(auth.signedHeaders.contains(h), h.constData());
    QVERIFY(signatureValid(r, m_server->port()));
}

void TestApiJob::dataServiceAndDiscoveryHeaders()
{
    m_server->enqueue(Reply::json(R"({"total":0,"records":[]})"));
    m_server->enqueue(Reply::json(R"({"count":0,"commodity_order_lists":[]})"));
    Session session(settingsFor(m_server->url()));
    ListApisJob apis(&session);
    apis.filter().returnPublishMessages = true;
    apis.start();
    QVERIFY(waitFinished(&apis));
    QVERIFY2(apis.ok(), qPrintable(apis.error().message()));
    ListInstancesJob instances(&session);
    instances.start();
    QVERIFY(waitFinished(&instances));
    QVERIFY2(instances.ok(), qPrintable(instances.error().message()));

    const FakeHttpServer::Request &a = m_server->requests().at(0);
    QCOMPARE(a.url(m_server->port()).path(), QStringLiteral("/v1/p1/service/apis"));
    QCOMPARE(a.header("Dlm-Type"), QByteArray("EXCLUSIVE"));
    QCOMPARE(a.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(a.header("workspace"), QByteArray("ws1"));
    QCOMPARE(a.header("x-return-publish-messages"), QByteArray("true"));
    QVERIFY(signatureValid(a, m_server->port()));

    const FakeHttpServer::Request &i = m_server->requests().at(1);
    QCOMPARE(i.url(m_server->port()).path(), QStringLiteral("/v1/p1/instances"));
    QVERIFY(i.header("workspace").isEmpty());
    QCOMPARE(i.header("X-Project-Id"), QByteArray("p1"));
    QVERIFY(signatureValid(i, m_server->port()));
}

void TestApiJob::finishedNeverFromStart()
{
    Session session(settingsFor(m_server->url()));
    BatchOfflineJob job(&session, BatchOfflineRequest());
    QSignalSpy spy(&job, &ApiJob::finished);
    job.start();
    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), 1);
}

void TestApiJob::invalidInputSendsNothing()
{
    Session session(settingsFor(m_server->url()));
    BatchOfflineRequest bad = offlineRequest();
    bad.bizInfos.first().bizType = QStringLiteral("NOPE");
    BatchOfflineJob job(&session, bad);
    job.start();
    QVERIFY(waitFinished(&job));
    QCOMPARE(job.error().kind, Kind::InvalidInput);
    QVERIFY(job.error().message().contains(QLatin1String("NOPE")));
    QCOMPARE(job.attempts(), 0);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestApiJob::setupErrorSendsNothing()
{
    ConnectionSettings s = settingsFor(m_server->url());
    s.caBundlePath = QStringLiteral("/nonexistent/ca.pem");
    Session session(s);
    QCOMPARE(session.setupError().kind, Kind::InvalidInput);
    ListAllTablesJob job(&session);
    job.start();
    QVERIFY(waitFinished(&job));
    QCOMPARE(job.error().kind, Kind::InvalidInput);
    QVERIFY(job.error().message().contains(QLatin1String("/nonexistent/ca.pem")));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestApiJob::freshSdkDatePerAttempt()
{
    m_server->enqueue(Reply::json(R"({"error_code":"DS.6000","error_msg":"busy"})", 503));
    m_server->enqueue(Reply::json(kTablesPage));
    Session session(settingsFor(m_server->url()));
    session.setRetryPolicy(fastRetries());
    QDateTime clock = QDateTime::currentDateTimeUtc();
    session.setClockForTesting([&clock] {
        clock = clock.addSecs(7); // every reading is later
        return clock;
    });
    ListAllTablesJob job(&session);
    job.start();
    QVERIFY(waitFinished(&job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    QCOMPARE(m_server->requests().size(), 2);
    const QByteArray d1 = m_server->requests().at(0).header("X-Sdk-Date");
    const QByteArray d2 = m_server->requests().at(1).header("X-Sdk-Date");
    QVERIFY(!d1.isEmpty());
    QVERIFY(d1 != d2);
    QVERIFY(signatureValid(m_server->requests().at(1), m_server->port()));
}

void TestApiJob::serverErrorsRetriedOnGet()
{
    m_server->enqueue(Reply::json("{}", 503));
    m_server->enqueue(Reply::json("{}", 500));
    m_server->enqueue(Reply::json(kTablesPage));
    Session session(settingsFor(m_server->url()));
    session.setRetryPolicy(fastRetries(3));
    ListAllTablesJob job(&session);
    job.start();
    QVERIFY(waitFinished(&job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    QCOMPARE(job.attempts(), 3);
}

void TestApiJob::serverErrorsGiveUp()
{
    m_server->setHandler([](const FakeHttpServer::Request &) {
        return Reply::json(R"({"error_code":"DS.6000","error_msg":"down"})", 503);
    });
    Session session(settingsFor(m_server->url()));
    session.setRetryPolicy(fastRetries(3));
    ListAllTablesJob job(&session);
    job.start();
    QVERIFY(waitFinished(&job));
    QCOMPARE(job.error().kind, Kind::ServerError);
    QCOMPARE(job.error().httpStatus, 503);
    QCOMPARE(job.error().code, QStringLiteral("DS.6000"));
    QCOMPARE(job.attempts(), 3);
    QCOMPARE(m_server->requests().size(), 3);
}

void TestApiJob::serverErrorOnPostIsUnknownOutcome()
{
    m_server->setHandler([](const FakeHttpServer::Request &) { return Reply::json("{}", 500); });
    Session session(settingsFor(m_server->url()));
    session.setRetryPolicy(fastRetries(4));
    BatchOfflineJob job(&session, offlineRequest());
    job.start();
    QVERIFY(waitFinished(&job));
    QCOMPARE(job.error().kind, Kind::UnknownOutcome);
    QCOMPARE(job.error().cause, Kind::ServerError);
    QVERIFY(job.error().mayHaveBeenApplied());
    QCOMPARE(job.attempts(), 1);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().body, offlineRequest().body());
}

void TestApiJob::resetAfterPostIsNeverResent()
{
    // Qt's HTTP stack re-sends a request whose connection closes before any answer; for a
    // POST that would apply the action twice.
    m_server->setHandler([](const FakeHttpServer::Request &r) {
        return r.method == "GET" ? Reply::json(kTablesPage) : Reply::with(Reply::Reset);
    });
    Session session(settingsFor(m_server->url()));
    session.setRetryPolicy(fastRetries(4));
    // A first call opens a keep-alive connection, as in real use.
    ListAllTablesJob warmup(&session);
    warmup.start();
    QVERIFY(waitFinished(&warmup));
    QVERIFY(warmup.ok());

    ApiActionJob job(&session, QStringLiteral("a1"), QStringLiteral("c1"), stopRequest());
    job.start();
    QVERIFY(waitFinished(&job));
    QCOMPARE(job.error().kind, Kind::UnknownOutcome);
    QCOMPARE(job.error().cause, Kind::Network);
    QTest::qWait(200); // anything Qt would still send
    int posts = 0;
    for (const auto &r : m_server->requests())
        posts += r.method == "POST" ? 1 : 0;
    QCOMPARE(posts, 1);
    QCOMPARE(job.attempts(), 1);
}

void TestApiJob::resetAfterBodylessPutIsNeverResent()
{
    m_server->setHandler([](const FakeHttpServer::Request &) { return Reply::with(Reply::Reset); });
    Session session(settingsFor(m_server->url()));
    session.setRetryPolicy(fastRetries(4));
    WithdrawApprovalsJob job(&session, {QStringLiteral("11"), QStringLiteral("12")});
    job.start();
    QVERIFY(waitFinished(&job));
    QCOMPARE(job.error().kind, Kind::UnknownOutcome);
    QTest::qWait(200);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().method, QByteArray("PUT"));
    QCOMPARE(m_server->requests().first().url(m_server->port()).query(QUrl::FullyDecoded),
             QStringLiteral("ids=11,12"));
}

void TestApiJob::resetOnGetIsRetried()
{
    m_server->enqueue(Reply::with(Reply::Reset));
    m_server->enqueue(Reply::with(Reply::Reset));
    m_server->enqueue(Reply::with(Reply::Reset));
    m_server->enqueue(Reply::json(kTablesPage));
    Session session(settingsFor(m_server->url()));
    session.setRetryPolicy(fastRetries(4));
    ListAllTablesJob job(&session);
    job.start();
    QVERIFY(waitFinished(&job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    QCOMPARE(job.result().records.size(), 2);
}

void TestApiJob::refusedPostIsRetriedBecauseNeverSent()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    Session session(settingsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    session.setRetryPolicy(fastRetries(3));
    BatchOfflineJob job(&session, offlineRequest());
    job.start();
    QVERIFY(waitFinished(&job));
    QCOMPARE(job.error().kind, Kind::Network);
    QCOMPARE(job.attempts(), 3);
    QVERIFY(!job.error().mayHaveBeenApplied());
}

void TestApiJob::rateLimitedHonoursRetryAfter()
{
    m_server->enqueue(
        Reply::json(
            R"({"error_code":"APIGW.0308","error_msg":"The throttling threshold has been reached"})",
            429)
            .header("Retry-After", "1"));
    m_server->enqueue(Reply::json(kBatchAnswer));
    Session session(settingsFor(m_server->url()));
    session.setRetryPolicy(fastRetries());
    BatchOfflineJob job(&session, offlineRequest());
    job.start();
    QVERIFY(waitFinished(&job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    QCOMPARE(job.attempts(), 2);
    QCOMPARE(m_server->requests().size(), 2);
    // The repeat came no earlier than the server asked (a lower bound, never flaky).
    QVERIFY(m_server->requests().at(1).receivedAtMs - m_server->requests().at(0).receivedAtMs >=
            990);
    const RateLimiter::Stats stats = session.rateLimiter(Service::ArchitectureWrite)->stats();
    QCOMPARE(stats.throttled, 1);
    QCOMPARE(stats.pauses, 1);
    QCOMPARE(job.result().groupId, QStringLiteral("g1"));
}

void TestApiJob::rateLimitedWithoutRetryAfter()
{
    for (int i = 0; i < 3; ++i)
        m_server->enqueue(Reply::json("{}", 429));
    m_server->enqueue(Reply::json(kTablesPage));
    Session session(settingsFor(m_server->url()));
    session.setRetryPolicy(fastRetries());
    ListAllTablesJob job(&session);
    job.start();
    QVERIFY(waitFinished(&job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    QCOMPARE(job.attempts(), 4);
    for (int i = 1; i < 4; ++i)
        QVERIFY(m_server->requests().at(i).receivedAtMs -
                    m_server->requests().at(i - 1).receivedAtMs >=
                45);
}

void TestApiJob::unauthorizedNotRetried()
{
    m_server->setHandler([](const FakeHttpServer::Request &) {
        return Reply::json(
            R"({"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: verify aksk signature fail"})",
            401);
    });
    Session session(settingsFor(m_server->url()));
    session.setRetryPolicy(fastRetries(4));
    ListAllTablesJob job(&session);
    job.start();
    QVERIFY(waitFinished(&job));
    QCOMPARE(job.error().kind, Kind::Unauthorized);
    QCOMPARE(job.error().code, QStringLiteral("APIGW.0301"));
    QCOMPARE(job.attempts(), 1);
    QTest::qWait(100);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiJob::clockSkewCorrectedOnce()
{
    // The server refuses an X-Sdk-Date more than 15 min from its clock, as the gateway does.
    m_server->setHandler([](const FakeHttpServer::Request &r) {
        const QDateTime sent = canonical::parseSdkDate(r.header("X-Sdk-Date"));
        if (qAbs(sent.secsTo(QDateTime::currentDateTimeUtc())) > 15 * 60)
            return Reply::json(
                R"({"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: signature expired"})",
                401);
        return Reply::json(kTablesPage);
    });
    Session session(settingsFor(m_server->url()));
    session.setClockForTesting([] { return QDateTime::currentDateTimeUtc().addSecs(-20 * 60); });
    QSignalSpy offsetChanged(&session, &Session::clockOffsetChanged);
    ListAllTablesJob job(&session);
    job.start();
    QVERIFY(waitFinished(&job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    QCOMPARE(job.attempts(), 2);
    QCOMPARE(offsetChanged.count(), 1);
    QVERIFY2(qAbs(session.clockOffsetMs() - 20 * 60 * 1000) < 5000,
             qPrintable(QString::number(session.clockOffsetMs())));

    ListAllTablesJob again(&session);
    again.start();
    QVERIFY(waitFinished(&again));
    QVERIFY(again.ok());
    QCOMPARE(again.attempts(), 1); // the corrected clock is kept
    QCOMPARE(m_server->requests().size(), 3);
}

void TestApiJob::clockSkewThatPersists()
{
    m_server->setHandler([](const FakeHttpServer::Request &) {
        Reply r =
            Reply::json(R"({"error_code":"APIGW.0301","error_msg":"signature expired"})", 401);
        r.dateOffsetSecs = 3600;
        return r;
    });
    Session session(settingsFor(m_server->url()));
    ListAllTablesJob job(&session);
    job.start();
    QVERIFY(waitFinished(&job));
    QCOMPARE(job.error().kind, Kind::ClockSkew);
    QCOMPARE(job.attempts(), 2); // once corrected, never more
    QVERIFY(qAbs(job.error().clockOffsetMs - 3600 * 1000) < 5000);
    QVERIFY(job.error().serverTime.isValid());
    QVERIFY(!job.error().message().isEmpty());
}

void TestApiJob::transferTimeout()
{
    m_server->setHandler([](const FakeHttpServer::Request &) { return Reply::with(Reply::Hang); });
    ConnectionSettings s = settingsFor(m_server->url());
    s.transferTimeoutMs = 200;
    Session session(s);
    session.setRetryPolicy(fastRetries(2));
    ListAllTablesJob job(&session);
    job.start();
    QVERIFY(waitFinished(&job));
    QCOMPARE(job.error().kind, Kind::Timeout);
    QCOMPARE(job.error().timeoutPhase, ApiError::TimeoutPhase::Transfer);
    QCOMPARE(job.attempts(), 2);

    // A job's own timeout wins over the profile's.
    ConnectionSettings patient = s;
    patient.transferTimeoutMs = 600000;
    Session patientSession(patient);
    patientSession.setRetryPolicy(fastRetries(1));
    ListAllTablesJob quick(&patientSession);
    quick.setTimeouts(0, 200);
    quick.start();
    QVERIFY(waitFinished(&quick));
    QCOMPARE(quick.error().kind, Kind::Timeout);
}

void TestApiJob::connectTimeout()
{
    // A TCP peer that never answers the TLS handshake: the request never leaves.
    ConnectionSettings s =
        settingsFor(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server->port())));
    s.connectTimeoutMs = 200;
    Session session(s);
    session.setRetryPolicy(fastRetries(1));
    BatchOfflineJob job(&session, offlineRequest());
    job.start();
    QVERIFY(waitFinished(&job));
    QCOMPARE(job.error().kind, Kind::Timeout); // not sent: no unknown outcome
    QCOMPARE(job.error().timeoutPhase, ApiError::TimeoutPhase::Connect);
}

void TestApiJob::abortIsNotTimeout()
{
    m_server->setHandler([](const FakeHttpServer::Request &) { return Reply::with(Reply::Hang); });
    Session session(settingsFor(m_server->url()));
    ListAllTablesJob job(&session);
    job.start();
    QTRY_COMPARE(m_server->requests().size(), 1);
    job.abort();
    QVERIFY(job.isFinished());
    QCOMPARE(job.error().kind, Kind::Cancelled);
    QCOMPARE(job.attempts(), 1);
    job.abort(); // harmless
    QCOMPARE(job.error().kind, Kind::Cancelled);
}

void TestApiJob::abortInFlightPostIsUnknownOutcome()
{
    m_server->setHandler([](const FakeHttpServer::Request &) { return Reply::with(Reply::Hang); });
    Session session(settingsFor(m_server->url()));
    BatchOfflineJob job(&session, offlineRequest());
    job.start();
    QTRY_COMPARE(m_server->requests().size(), 1);
    QTest::qWait(50);
    job.abort();
    QVERIFY(job.isFinished());
    QCOMPARE(job.error().kind, Kind::UnknownOutcome);
    QCOMPARE(job.error().cause, Kind::Cancelled);
}

void TestApiJob::sessionClosedUnderRunningJobs()
{
    // The connection goes (the app quits, a profile is switched) while a dialog's jobs are
    // still in flight or queued: they finish at once as cancelled, and deleting them later
    // touches nothing of the session (its network manager took the replies with it).
    m_server->setHandler([](const FakeHttpServer::Request &) { return Reply::with(Reply::Hang); });
    ConnectionSettings s = settingsFor(m_server->url());
    s.rateLimits.architectureReadsPerMinute = 1;
    auto session = std::make_unique<Session>(s);
    auto inFlight = std::make_unique<ListAllTablesJob>(session.get());
    auto waiting = std::make_unique<ListAllTablesJob>(session.get()); // no rate token left
    QSignalSpy inFlightDone(inFlight.get(), &ApiJob::finished);
    QSignalSpy waitingDone(waiting.get(), &ApiJob::finished);
    inFlight->start();
    QTRY_COMPARE(m_server->requests().size(), 1);
    waiting->start();
    QTest::qWait(50);
    QVERIFY(waiting->isRunning());
    session.reset();
    QCOMPARE(inFlightDone.size(), 1);
    QCOMPARE(inFlight->error().kind, Kind::Cancelled);
    QCOMPARE(waitingDone.size(), 1);
    QCOMPARE(waiting->error().kind, Kind::Cancelled);
    QCOMPARE(inFlight->session(), nullptr);
    inFlight.reset();
    waiting.reset();
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiJob::abortWhileWaitingForRateToken()
{
    m_server->setHandler([](const FakeHttpServer::Request &) { return Reply::json(kTablesPage); });
    ConnectionSettings s = settingsFor(m_server->url());
    s.rateLimits.architectureReadsPerMinute = 1;
    Session session(s);
    ListAllTablesJob first(&session);
    ListAllTablesJob second(&session);
    first.start();
    second.start();
    QVERIFY(waitFinished(&first));
    QVERIFY(first.ok());
    QTRY_COMPARE(session.rateLimiter(Service::ArchitectureRead)->queued(), 1);
    second.abort();
    QCOMPARE(second.error().kind, Kind::Cancelled);
    QCOMPARE(second.attempts(), 0);
    QCOMPARE(session.rateLimiter(Service::ArchitectureRead)->queued(), 0);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiJob::responseTooLarge()
{
    m_server->enqueue(Reply::json(QByteArray(5000, ' ') + "{}"));
    ConnectionSettings s = settingsFor(m_server->url());
    s.maxResponseBytes = 1000;
    Session session(s);
    ListAllTablesJob job(&session);
    job.start();
    QVERIFY(waitFinished(&job));
    QCOMPARE(job.error().kind, Kind::TooLarge);
    QCOMPARE(job.error().sizeLimit, 1000);
    QCOMPARE(job.attempts(), 1);
    QVERIFY(!job.error().message().isEmpty());
}

void TestApiJob::responseTooLargeWithoutLength()
{
    Reply big = Reply::json(QByteArray(200000, ' ') + "{}");
    big.noContentLength = true;
    m_server->enqueue(big);
    ConnectionSettings s = settingsFor(m_server->url());
    s.maxResponseBytes = 1000;
    Session session(s);
    ListAllTablesJob job(&session);
    job.start();
    QVERIFY(waitFinished(&job));
    QCOMPARE(job.error().kind, Kind::TooLarge);
}

void TestApiJob::badBodies_data()
{
    QTest::addColumn<int>("problem");
    QTest::addColumn<int>("action");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("html") << int(ApiError::BodyProblem::Html) << int(Reply::Respond)
                          << QByteArray("<html><body>Bad gateway</body></html>")
                          << QByteArray("text/html");
    QTest::newRow("truncated") << int(ApiError::BodyProblem::Truncated) << int(Reply::TruncateBody)
                               << kTablesPage.left(60) << QByteArray("application/json");
    QTest::newRow("malformed") << int(ApiError::BodyProblem::Malformed) << int(Reply::Respond)
                               << QByteArray(R"({"data":{"value":{"total":1,,}}})")
                               << QByteArray("application/json");
    QTest::newRow("text") << int(ApiError::BodyProblem::WrongContentType) << int(Reply::Respond)
                          << QByteArray("total=1") << QByteArray("text/plain");
}

void TestApiJob::badBodies()
{
    QFETCH(int, problem);
    QFETCH(int, action);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    m_server->setHandler([&](const FakeHttpServer::Request &) {
        Reply r;
        r.action = Reply::Action(action);
        r.body = body;
        r.header("Content-Type", contentType);
        return r;
    });
    Session session(settingsFor(m_server->url()));
    session.setRetryPolicy(fastRetries(2));
    ListAllTablesJob job(&session);
    job.start();
    QVERIFY(waitFinished(&job));
    QCOMPARE(job.error().kind, Kind::BadResponse);
    QCOMPARE(int(job.error().bodyProblem), problem);
    QCOMPARE(job.attempts(), 2); // a GET may be asked again
    QVERIFY(!job.error().message().isEmpty());

    // The same answer to a POST: it may have been applied.
    BatchOfflineJob post(&session, offlineRequest());
    post.start();
    QVERIFY(waitFinished(&post));
    QCOMPARE(post.error().kind, Kind::UnknownOutcome);
    QCOMPARE(post.error().cause, Kind::BadResponse);
    QCOMPARE(post.attempts(), 1);
}

void TestApiJob::unexpectedShapeNotRetried()
{
    m_server->setHandler([](const FakeHttpServer::Request &) {
        return Reply::json(R"({"data":{"value":{"total":1,"records":[{"id":{"nested":1}}]}}})");
    });
    Session session(settingsFor(m_server->url()));
    session.setRetryPolicy(fastRetries(3));
    ListAllTablesJob job(&session);
    job.start();
    QVERIFY(waitFinished(&job));
    QCOMPARE(job.error().kind, Kind::BadResponse);
    QCOMPARE(job.error().bodyProblem, ApiError::BodyProblem::UnexpectedShape);
    QVERIFY(job.error().detail.contains(QLatin1String("data.value.records[0].id")));
    QCOMPARE(job.attempts(), 1);
}

void TestApiJob::noContentAction()
{
    Reply noContent;
    noContent.status = 204;
    m_server->enqueue(noContent);
    Session session(settingsFor(m_server->url()));
    ApiActionJob job(&session, QStringLiteral("a1"), QStringLiteral("c1"), stopRequest());
    job.start();
    QVERIFY(waitFinished(&job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    const FakeHttpServer::Request &r = m_server->requests().first();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.url(m_server->port()).path(),
             QStringLiteral("/v1/p1/service/apis/a1/instances/c1/action"));
    QCOMPARE(r.body, stopRequest().body());
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(r.header("Dlm-Type"), QByteArray("EXCLUSIVE"));
    QVERIFY(signatureValid(r, m_server->port()));
    QCOMPARE(job.sentBody(), stopRequest().body());
}

void TestApiJob::requestIdCaptured()
{
    m_server->enqueue(Reply::json(kTablesPage).header("X-Request-Id", "req-ok-1"));
    m_server->enqueue(
        Reply::json(R"({"error_code":"DLG.0818","error_msg":"workspace not found"})", 400)
            .header("X-Request-Id", "req-err-2"));
    Session session(settingsFor(m_server->url()));
    ListAllTablesJob ok(&session);
    ok.start();
    QVERIFY(waitFinished(&ok));
    QCOMPARE(ok.requestId(), QStringLiteral("req-ok-1"));
    ListAllTablesJob bad(&session);
    bad.start();
    QVERIFY(waitFinished(&bad));
    QCOMPARE(bad.error().kind, Kind::BadRequest);
    QCOMPARE(bad.error().requestId, QStringLiteral("req-err-2"));
    QCOMPARE(bad.requestId(), QStringLiteral("req-err-2"));
}

void TestApiJob::redirectNotFollowed()
{
    Reply moved;
    moved.status = 302;
    moved.header("Location", QByteArray("http://127.0.0.1:") +
                                 QByteArray::number(m_server->port()) + "/elsewhere");
    m_server->enqueue(moved);
    Session session(settingsFor(m_server->url()));
    ListAllTablesJob job(&session);
    job.start();
    QVERIFY(waitFinished(&job));
    QCOMPARE(job.error().kind, Kind::ClientError);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiJob::autoDelete()
{
    m_server->enqueue(Reply::json(kTablesPage));
    Session session(settingsFor(m_server->url()));
    QPointer<ListAllTablesJob> job = new ListAllTablesJob(&session);
    job->setAutoDelete(true);
    bool sawResult = false;
    connect(job, &ApiJob::finished, this,
            [&] { sawResult = job->ok() && job->result().records.size() == 2; });
    job->start();
    QTRY_VERIFY(job.isNull());
    QVERIFY(sawResult);
}

void TestApiJob::iamTokenFetchedOnceAndRefreshed()
{
    int tokensIssued = 0;
    QByteArray currentToken;
    m_server->setHandler([&](const FakeHttpServer::Request &r) {
        if (r.target.startsWith("/v3/auth/tokens")) {
            ++tokensIssued;
            currentToken = "MIIT-token-" + QByteArray::number(tokensIssued);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QByteArray body =
                R"({"token":{"expires_at":")" +
                now.addSecs(24 * 3600).toString(Qt::ISODateWithMs).toLatin1() +
                R"(","issued_at":")" + now.toString(Qt::ISODateWithMs).toLatin1() +
                R"(","user":{"id":"u1","name":"alice","domain":{"name":"acme"}},"project":{"id":"p1"}}})";
            return Reply::json(body, 201).header("X-Subject-Token", currentToken);
        }
        if (r.header("X-Auth-Token") != currentToken)
            return Reply::json(R"({"error_code":"APIGW.0301","error_msg":"bad token"})", 401);
        return Reply::json(kTablesPage);
    });
    ConnectionSettings s = settingsFor(m_server->url());
    s.auth = AuthMethod::IamPassword;
    s.akSk = {};
    s.iamUserName = QStringLiteral("alice");
    s.iamAccountName = QStringLiteral("acme");
    s.iamPassword = QByteArrayLiteral("Pa55-w0rd!");
    Session session(s);
    QDateTime clockShift; // null: real time
    session.setClockForTesting(
        [&] { return clockShift.isValid() ? clockShift : QDateTime::currentDateTimeUtc(); });

    ListAllTablesJob a(&session);
    ListAllTablesJob b(&session);
    a.start();
    b.start();
    QVERIFY(waitFinished(&a));
    QVERIFY(waitFinished(&b));
    QVERIFY2(a.ok(), qPrintable(a.error().message()));
    QVERIFY2(b.ok(), qPrintable(b.error().message()));
    QCOMPARE(session.tokens()->fetchCount(), 1);
    QCOMPARE(tokensIssued, 1);

    const FakeHttpServer::Request &tokenRequest = m_server->requests().first();
    QCOMPARE(tokenRequest.method, QByteArray("POST"));
    QCOMPARE(tokenRequest.header("Content-Type"), QByteArray("application/json;charset=utf8"));
    QVERIFY(tokenRequest.body.contains(R"("methods":["password"])"));
    QVERIFY(tokenRequest.body.contains(R"("password":"Pa55-w0rd!")"));
    QVERIFY(tokenRequest.body.contains(R"("project":{"id":"p1"})"));
    QVERIFY(tokenRequest.header("Authorization").isEmpty());
    QVERIFY(m_server->requests().at(1).header("Authorization").isEmpty());

    // Ten minutes before expiry: the next call fetches a new token first.
    clockShift = QDateTime::currentDateTimeUtc().addSecs(24 * 3600 - 600);
    QVERIFY(!session.tokens()->isFresh());
    ListAllTablesJob c(&session);
    c.start();
    QVERIFY(waitFinished(&c));
    QVERIFY2(c.ok(), qPrintable(c.error().message()));
    QCOMPARE(session.tokens()->fetchCount(), 2);
    QCOMPARE(m_server->requests().last().header("X-Auth-Token"), QByteArray("MIIT-token-2"));
}

void TestApiJob::iamTokenInvalidatedAfter401()
{
    int tokensIssued = 0;
    m_server->setHandler([&](const FakeHttpServer::Request &r) {
        if (r.target.startsWith("/v3/auth/tokens")) {
            ++tokensIssued;
            return Reply::json(R"({"token":{"expires_at":"2999-01-01T00:00:00.000000Z"}})", 201)
                .header("X-Subject-Token", "tok-" + QByteArray::number(tokensIssued));
        }
        if (r.header("X-Auth-Token") == "tok-1")
            return Reply::json(R"({"error_code":"APIGW.0301","error_msg":"token revoked"})", 401);
        return Reply::json(kTablesPage);
    });
    ConnectionSettings s = settingsFor(m_server->url());
    s.auth = AuthMethod::IamPassword;
    s.iamUserName = QStringLiteral("alice");
    s.iamAccountName = QStringLiteral("acme");
    s.iamPassword = QByteArrayLiteral("pw");
    Session session(s);
    ListAllTablesJob first(&session);
    first.start();
    QVERIFY(waitFinished(&first));
    QCOMPARE(first.error().kind, Kind::Unauthorized);
    QCOMPARE(first.attempts(), 1);
    ListAllTablesJob second(&session);
    second.start();
    QVERIFY(waitFinished(&second));
    QVERIFY2(second.ok(), qPrintable(second.error().message()));
    QCOMPARE(tokensIssued, 2);
}

void TestApiJob::manualProxyWithCredentials()
{
    // The fake server plays the proxy: it sees absolute-form targets and asks for Basic auth.
    m_server->setHandler([](const FakeHttpServer::Request &r) {
        if (r.header("Proxy-Authorization") !=
            "Basic " + QByteArray("proxyuser:proxy-pass-42").toBase64()) {
            Reply challenge;
            challenge.status = 407;
            challenge.header("Proxy-Authenticate", "Basic realm=\"test\"");
            return challenge;
        }
        return Reply::json(kTablesPage);
    });
    ConnectionSettings s = settingsFor(QUrl(QStringLiteral("http://dayu.sandbox.invalid")));
    s.proxyMode = ProxyMode::Manual;
    s.proxyHost = QStringLiteral("127.0.0.1");
    s.proxyPort = m_server->port();
    s.proxyUser = QStringLiteral("proxyuser");
    s.proxyPassword = QByteArrayLiteral("proxy-pass-42");
    Session session(s);
    ListAllTablesJob job(&session);
    job.start();
    QVERIFY(waitFinished(&job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    const FakeHttpServer::Request &r = m_server->requests().last();
    QVERIFY2(r.target.startsWith("http://dayu.sandbox.invalid/v2/p1/design/all-tables"),
             r.target.constData());
}

void TestApiJob::systemProxyFromEnvironment()
{
    m_server->setHandler([](const FakeHttpServer::Request &) { return Reply::json(kTablesPage); });
    const QByteArray saved = qgetenv("http_proxy");
    qputenv("http_proxy", "http://127.0.0.1:" + QByteArray::number(m_server->port()));
    qunsetenv("no_proxy");
    ConnectionSettings s = settingsFor(QUrl(QStringLiteral("http://dayu.sandbox.invalid")));
    s.proxyMode = ProxyMode::System;
    Session session(s);
    ListAllTablesJob job(&session);
    job.start();
    QVERIFY(waitFinished(&job));
    if (saved.isNull())
        qunsetenv("http_proxy");
    else
        qputenv("http_proxy", saved);
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    QVERIFY(m_server->requests().last().target.startsWith("http://dayu.sandbox.invalid/"));

    // ProxyMode::None ignores the environment: straight to the (unresolvable) host.
    qputenv("http_proxy", "http://127.0.0.1:" + QByteArray::number(m_server->port()));
    ConnectionSettings direct = s;
    direct.proxyMode = ProxyMode::None;
    Session directSession(direct);
    directSession.setRetryPolicy(fastRetries(1));
    const int before = int(m_server->requests().size());
    ListAllTablesJob job2(&directSession);
    job2.start();
    QVERIFY(waitFinished(&job2, 30000));
    if (saved.isNull())
        qunsetenv("http_proxy");
    else
        qputenv("http_proxy", saved);
    QCOMPARE(job2.error().kind, Kind::Network);
    QCOMPARE(int(m_server->requests().size()), before);
}

QTEST_GUILESS_MAIN(TestApiJob)
#include "tst_api_job.moc"
