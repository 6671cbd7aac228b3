// Authentication against the sandbox: a 20-minute clock skew corrected once, a bad SK
// answered 401 once and never retried, IAM password tokens fetched once and used, both
// Architecture error shapes, ids above 2^53 sent as numbers, and no secret in the log at
// the most verbose level.
#include "IntegrationSupport.h"
#include "SandboxControl.h"

#include "client/IamTokenProvider.h"
#include "client/jobs/ListAllTablesJob.h"
#include "client/jobs/ListApproversJob.h"
#include "client/jobs/WithdrawApprovalsJob.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QTest>

using namespace dataarts;
using integration::run;
using Kind = ApiError::Kind;

namespace {

QMutex g_logMutex;
QByteArray g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log +=
            QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
    }
    if (type == QtFatalMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

int statusCount(SandboxControl &control, const char *status)
{
    return control.stats()
        .value(QLatin1String("requests"))
        .toObject()
        .value(QLatin1String("by_status"))
        .toObject()
        .value(QLatin1String(status))
        .toInt();
}

ConnectionSettings passwordSettings(const SandboxProcess &sandbox, const QByteArray &password)
{
    ConnectionSettings s = sandbox.settings();
    s.auth = AuthMethod::IamPassword;
    s.akSk = {};
    s.iamUserName = sandbox.value(QStringLiteral("user"));
    s.iamAccountName = sandbox.value(QStringLiteral("account"));
    s.iamPassword = password;
    return s;
}

} // namespace

class TestClientSandboxAuth : public QObject
{
    Q_OBJECT
private slots:
    void clockSkewCorrectedOnce_data();
    void clockSkewCorrectedOnce();
    void badSecretKeyIsNotRetried();
    void iamPasswordTokenFetchedOnce();
    void iamWrongPassword();
    void numericIdsKeepEveryDigit();
    void errorsArrayShape();
    void secretsNeverLogged();
};

void TestClientSandboxAuth::clockSkewCorrectedOnce_data()
{
    QTest::addColumn<int>("offsetSeconds");
    QTest::newRow("server 20 min ahead") << 1200;
    QTest::newRow("server 20 min behind") << -1200;
}

void TestClientSandboxAuth::clockSkewCorrectedOnce()
{
    QFETCH(int, offsetSeconds);
    SandboxProcess sandbox({QStringLiteral("--tables"), QStringLiteral("20"),
                            QStringLiteral("--clock-offset-s"), QString::number(offsetSeconds)});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxControl control(sandbox.url());
    Session session(sandbox.settings());
    QSignalSpy offsetChanged(&session, &Session::clockOffsetChanged);
    ListApproversJob first(&session);
    QVERIFY(run(first));
    QVERIFY2(first.ok(), qPrintable(first.error().message()));
    QCOMPARE(first.attempts(), 2);
    QCOMPARE(offsetChanged.count(), 1);
    QVERIFY2(qAbs(session.clockOffsetMs() - offsetSeconds * 1000LL) < 5000,
             qPrintable(QString::number(session.clockOffsetMs())));
    QCOMPARE(statusCount(control, "401"), 1);

    ListApproversJob second(&session);
    QVERIFY(run(second));
    QVERIFY(second.ok());
    QCOMPARE(second.attempts(), 1);
    QCOMPARE(statusCount(control, "401"), 1);
}

void TestClientSandboxAuth::badSecretKeyIsNotRetried()
{
    SandboxProcess sandbox({QStringLiteral("--tables"), QStringLiteral("20")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxControl control(sandbox.url());
    ConnectionSettings s = sandbox.settings();
    s.akSk.secretKey = "not-the-secret-key";
    Session session(s);
    session.setRetryPolicy(integration::fastRetries(4));
    ListApproversJob job(&session);
    QVERIFY(run(job));
    QCOMPARE(job.error().kind, Kind::Unauthorized);
    QCOMPARE(job.error().code, QStringLiteral("APIGW.0301"));
    QCOMPARE(job.attempts(), 1);
    QTest::qWait(200);
    QCOMPARE(statusCount(control, "401"), 1);
    QCOMPARE(control.stats()
                 .value(QLatin1String("requests"))
                 .toObject()
                 .value(QLatin1String("total"))
                 .toInt(),
             1);
    QVERIFY(!job.error().requestId.isEmpty());
}

void TestClientSandboxAuth::iamPasswordTokenFetchedOnce()
{
    SandboxProcess sandbox({QStringLiteral("--tables"), QStringLiteral("20")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxControl control(sandbox.url());
    Session session(passwordSettings(sandbox, sandbox.value(QStringLiteral("password")).toUtf8()));
    ListApproversJob a(&session);
    ListAllTablesJob b(&session);
    a.start();
    b.start();
    QVERIFY(run(a) && run(b));
    QVERIFY2(a.ok(), qPrintable(a.error().message()));
    QVERIFY2(b.ok(), qPrintable(b.error().message()));
    ListApproversJob c(&session);
    QVERIFY(run(c));
    QVERIFY(c.ok());
    QCOMPARE(session.tokens()->fetchCount(), 1);
    QCOMPARE(control.requests(QStringLiteral("^/v3/auth/tokens")).size(), 1);
    const QJsonArray calls = control.requests(QStringLiteral("design/"));
    QCOMPARE(calls.size(), 3);
    for (const QJsonValue &call : calls) {
        const QJsonObject headers = call.toObject().value(QLatin1String("headers")).toObject();
        QVERIFY(headers.contains(QLatin1String("x-auth-token")));
        QVERIFY(!headers.contains(QLatin1String("x-sdk-date")));
    }
    QVERIFY(session.tokens()->current().expiresAt > QDateTime::currentDateTimeUtc());
    QCOMPARE(session.tokens()->current().userName, sandbox.value(QStringLiteral("user")));
}

void TestClientSandboxAuth::iamWrongPassword()
{
    SandboxProcess sandbox({QStringLiteral("--tables"), QStringLiteral("20")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxControl control(sandbox.url());
    Session session(passwordSettings(sandbox, "wrong-password"));
    session.setRetryPolicy(integration::fastRetries(4));
    ListApproversJob job(&session);
    QVERIFY(run(job));
    QCOMPARE(job.error().kind, Kind::Unauthorized);
    QVERIFY(job.error().code.startsWith(QLatin1String("IAM.")));
    QCOMPARE(control.requests(QStringLiteral("^/v3/auth/tokens")).size(), 1);
    QCOMPARE(control.requests(QStringLiteral("design/")).size(), 0);
}

void TestClientSandboxAuth::numericIdsKeepEveryDigit()
{
    SandboxProcess sandbox(
        {QStringLiteral("--tables"), QStringLiteral("120"), QStringLiteral("--numeric-ids")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxControl control(sandbox.url());
    Session session(sandbox.settings());
    ListAllTablesJob::Filter f;
    f.bizTypes = {QStringLiteral("TABLE_MODEL")};
    f.status = QStringLiteral("PUBLISHED");
    ListAllTablesJob job(&session, f);
    QVERIFY(run(job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    QVERIFY(!job.result().records.isEmpty());
    // The raw body really carried numbers.
    const QStringList truth =
        control.entityIds(QStringLiteral("TABLE_MODEL"), QStringLiteral("PUBLISHED"), 1000);
    for (const AllTable &t : job.result().records) {
        QVERIFY2(truth.contains(t.id), qPrintable(t.id));
        QVERIFY(t.id.toULongLong() > (1ULL << 53));
    }
}

void TestClientSandboxAuth::errorsArrayShape()
{
    SandboxProcess sandbox({QStringLiteral("--tables"), QStringLiteral("20"),
                            QStringLiteral("--error-shape"), QStringLiteral("errors")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    Session session(sandbox.settings());
    WithdrawApprovalsJob job(&session, {QStringLiteral("1000000000000000001")});
    QVERIFY(run(job));
    QVERIFY(job.error().isError());
    QVERIFY2(job.error().code.startsWith(QLatin1String("DS.")), qPrintable(job.error().code));
    QVERIFY(!job.error().serverMessage.isEmpty());
}

void TestClientSandboxAuth::secretsNeverLogged()
{
    SandboxProcess sandbox({QStringLiteral("--tables"), QStringLiteral("20")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true"));
    g_previousHandler = qInstallMessageHandler(captureLog);
    QByteArray token;
    {
        Session keys(sandbox.settings());
        ListApproversJob a(&keys);
        QVERIFY(run(a));
        QVERIFY(a.ok());
        ConnectionSettings wrong = sandbox.settings();
        wrong.akSk.secretKey = "another-secret-never-logged";
        Session bad(wrong);
        ListApproversJob b(&bad);
        QVERIFY(run(b));
        QCOMPARE(b.error().kind, Kind::Unauthorized);
        Session password(
            passwordSettings(sandbox, sandbox.value(QStringLiteral("password")).toUtf8()));
        ListApproversJob c(&password);
        QVERIFY(run(c));
        QVERIFY(c.ok());
        token = password.tokens()->token();
    }
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());
    QMutexLocker lock(&g_logMutex);
    QVERIFY(g_log.contains("request headers"));
    QVERIFY(g_log.contains("response body"));
    QVERIFY(token.size() > 10);
    for (const QByteArray &secret : {sandbox.secretKey(), QByteArray("another-secret-never-logged"),
                                     sandbox.value(QStringLiteral("password")).toUtf8(), token})
        QVERIFY2(!g_log.contains(secret), "a secret reached the log");
    QVERIFY(!g_log.contains("Signature="));
}

QTEST_GUILESS_MAIN(TestClientSandboxAuth)
#include "tst_client_sandbox_auth.moc"
