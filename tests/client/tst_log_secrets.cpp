// Secrets never reach the log output, even with every logging category at debug level:
// Authorization, X-Auth-Token, X-Subject-Token, the IAM password, the SK and the proxy
// password, in requests, answers and errors.
#include "FakeHttpServer.h"

#include "client/Session.h"
#include "client/jobs/BatchOfflineJob.h"
#include "client/jobs/ListAllTablesJob.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace dataarts;
using Reply = FakeHttpServer::Reply;

namespace {

QMutex g_mutex;
QByteArray g_log;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_log +=
            QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
    }
    if (type == QtFatalMsg && g_previous)
        g_previous(type, context, message);
}

const QByteArray kSecretKey = "SK-never-in-logs-7f3a9c";
const QByteArray kPassword = "Pw-never-in-logs-51b2";
const QByteArray kToken = "MIIToken-never-in-logs-c0ffee";
const QByteArray kProxyPassword = "Proxy-pw-never-in-logs-99";
const QByteArray kPage = R"({"data":{"value":{"total":1,"records":[{"id":"1","name":"t"}]}}})";

bool run(ApiJob &job)
{
    QSignalSpy spy(&job, &ApiJob::finished);
    job.start();
    return spy.wait(10000);
}

} // namespace

class TestLogSecrets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void secretsNeverLogged();
};

void TestLogSecrets::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true"));
    g_previous = qInstallMessageHandler(capture);
}

void TestLogSecrets::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
}

void TestLogSecrets::secretsNeverLogged()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    QList<QByteArray> authorizations;
    server.setHandler([&](const FakeHttpServer::Request &r) {
        if (!r.header("Authorization").isEmpty())
            authorizations << r.header("Authorization");
        if (r.target.contains("/v3/auth/tokens"))
            return Reply::json(
                       R"({"token":{"expires_at":"2999-01-01T00:00:00Z","user":{"name":"alice"}}})",
                       201)
                .header("X-Subject-Token", kToken);
        if (r.method == "POST")
            return Reply::json(
                R"({"error_code":"APIGW.0301","error_msg":"verify aksk signature fail"})", 401);
        return Reply::json(kPage).header("Set-Cookie", "session=" + kToken);
    });

    // AK/SK: a GET and a refused POST.
    ConnectionSettings s;
    s.endpoint = server.url();
    s.projectId = QStringLiteral("p1");
    s.workspace = QStringLiteral("ws1");
    s.akSk = {QStringLiteral("AKVISIBLE"), kSecretKey, {}};
    s.proxyMode = ProxyMode::None;
    {
        Session session(s);
        ListAllTablesJob list(&session);
        QVERIFY(run(list));
        QVERIFY(list.ok());
        BatchOfflineRequest body;
        body.bizInfos = {{QStringLiteral("1"), QStringLiteral("TABLE_MODEL")}};
        body.approverUserId = QStringLiteral("u");
        body.approverUserName = QStringLiteral("n");
        BatchOfflineJob post(&session, body);
        QVERIFY(run(post));
        QCOMPARE(post.error().kind, ApiError::Kind::Unauthorized);
    }

    // IAM password token, through a manual proxy with a password (the fake plays the proxy
    // without asking for credentials: the password must still never be printed).
    ConnectionSettings t = s;
    t.endpoint = QUrl(QStringLiteral("http://dayu.sandbox.invalid"));
    t.iamEndpoint = t.endpoint;
    t.auth = AuthMethod::IamPassword;
    t.akSk = {};
    t.iamUserName = QStringLiteral("alice");
    t.iamAccountName = QStringLiteral("acme");
    t.iamPassword = kPassword;
    t.proxyMode = ProxyMode::Manual;
    t.proxyHost = QStringLiteral("127.0.0.1");
    t.proxyPort = server.port();
    t.proxyUser = QStringLiteral("proxyuser");
    t.proxyPassword = kProxyPassword;
    {
        Session session(t);
        ListAllTablesJob list(&session);
        QVERIFY(run(list));
        QVERIFY2(list.ok(), qPrintable(list.error().message()));
    }

    QMutexLocker lock(&g_mutex);
    const QByteArray log = g_log;
    // The log did record the traffic in detail: this test can see a leak.
    QVERIFY(log.contains("dataarts.http"));
    QVERIFY(log.contains("request headers"));
    QVERIFY(log.contains("X-Sdk-Date"));
    QVERIFY(log.contains("response body"));
    QVERIFY(!authorizations.isEmpty());
    for (const QByteArray &secret : {kSecretKey, kPassword, kToken, kProxyPassword})
        QVERIFY2(!log.contains(secret), secret.constData());
    for (const QByteArray &auth : authorizations) {
        const QByteArray signature = auth.mid(auth.indexOf("Signature=") + 10);
        QVERIFY(!signature.isEmpty());
        QVERIFY2(!log.contains(signature), "a signature reached the log");
    }
    QVERIFY(!log.contains("SDK-HMAC-SHA256 Access="));
}

QTEST_GUILESS_MAIN(TestLogSecrets)
#include "tst_log_secrets.moc"
