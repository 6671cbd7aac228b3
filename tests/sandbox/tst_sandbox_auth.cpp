// Authentication at the sandbox's gateway: SDK-HMAC-SHA256 signatures, X-Sdk-Date skew,
// the lock after five bad signatures, IAM password tokens, the project lookup, the Date
// header, and the workspace / project checks every service call goes through.
#include "SandboxClient.h"
#include "SandboxProcess.h"
#include "signing/Canonical.h"

#include <QtTest>

using dataarts::QueryItems;

namespace {

QByteArray tokenBody(const QString &user, const QString &password, const QString &account,
                     const QJsonObject &scope)
{
    const QJsonObject body{
        {QStringLiteral("auth"),
         QJsonObject{
             {QStringLiteral("identity"),
              QJsonObject{
                  {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                  {QStringLiteral("password"),
                   QJsonObject{{QStringLiteral("user"),
                                QJsonObject{{QStringLiteral("name"), user},
                                            {QStringLiteral("password"), password},
                                            {QStringLiteral("domain"),
                                             QJsonObject{{QStringLiteral("name"), account}}}}}}}}},
             {QStringLiteral("scope"), scope}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject projectScope(const QString &key, const QString &value)
{
    return {{QStringLiteral("project"), QJsonObject{{key, value}}}};
}

QDateTime httpDate(const QByteArray &value)
{
    return QLocale::c().toDateTime(QString::fromLatin1(value),
                                   QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
}

} // namespace

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signedRequestIsAccepted();
    void everyAnswerCarriesDateAndRequestId();
    void badSignatureIs401_data();
    void badSignatureIs401();
    void unsignedRequestIs401();
    void expiredDateNamesServerTime();
    void skewWithinFifteenMinutesIsAccepted();
    void serverClockOffsetShowsInDateAndSkew();
    void fiveBadSignaturesLockTheKey();
    void workspaceHeaderIsRequired();
    void projectMustMatch();
    void unknownRouteIs404();
    void chineseMessagesOnRequest();
    void passwordTokenWorks();
    void badPasswordIs401();
    void tokenForAnotherProjectIsRefused();
    void projectsByRegionName();
    void extraUsersSignWithTheirKeys();

private:
    SandboxProcess m_sandbox{
        {QStringLiteral("--tables"), QStringLiteral("200"), QStringLiteral("--apis"),
         QStringLiteral("20"), QStringLiteral("--user"),
         QStringLiteral("dev1:DEV1AK:DEV1SK:developer:dev1-pass"), QStringLiteral("--user"),
         QStringLiteral("nopass:NOPASSAK:NOPASSSK:developer")}};
    QString tables() const
    {
        return QStringLiteral("/v2/%1/design/approvals/users").arg(m_sandbox.projectId());
    }
};

void TestSandboxAuth::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestSandboxAuth::signedRequestIsAccepted()
{
    SandboxClient client(m_sandbox);
    const HttpResult r =
        client.get(client.arch(QStringLiteral("all-tables")),
                   {{QStringLiteral("biz_type_list"), QStringLiteral("TABLE_MODEL")},
                    {QStringLiteral("name"), QStringLiteral("订单 order")}});
    QCOMPARE(r.status, 200);
    // The query with spaces and Chinese is signed as canonical::query encodes it.
    const HttpResult apis = client.get(client.ds(QStringLiteral("apis")),
                                       {{QStringLiteral("name"), QStringLiteral("查询 (a*b)")}});
    QCOMPARE(apis.status, 200);
}

void TestSandboxAuth::everyAnswerCarriesDateAndRequestId()
{
    SandboxClient client(m_sandbox);
    const HttpResult ok = client.get(tables());
    const HttpResult unauthorized = [&] {
        SandboxClient other(m_sandbox);
        other.setCredentials(QStringLiteral("NOPE"), "nope");
        return other.get(tables());
    }();
    for (const HttpResult &r : {ok, unauthorized}) {
        const QDateTime date = httpDate(r.header("Date"));
        QVERIFY2(date.isValid(), r.header("Date").constData());
        QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 300);
        QCOMPARE(r.header("X-Request-Id").size(), 32);
    }
    QCOMPARE(unauthorized.json().value(QStringLiteral("request_id")).toString().toLatin1(),
             unauthorized.header("X-Request-Id"));
}

void TestSandboxAuth::badSignatureIs401_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::newRow("signature") << QStringLiteral("signature");
    QTest::newRow("body") << QStringLiteral("body");
    QTest::newRow("signed header") << QStringLiteral("header");
    QTest::newRow("query") << QStringLiteral("query");
    QTest::newRow("unknown key") << QStringLiteral("ak");
    QTest::newRow("wrong secret") << QStringLiteral("sk");
    QTest::newRow("algorithm") << QStringLiteral("algorithm");
}

void TestSandboxAuth::badSignatureIs401()
{
    QFETCH(QString, tamper);
    SandboxClient client(m_sandbox);
    if (tamper == QLatin1String("ak"))
        client.setCredentials(QStringLiteral("UNKNOWNAK"), m_sandbox.secretKey());
    if (tamper == QLatin1String("sk"))
        client.setCredentials(m_sandbox.accessKey(), "not-the-secret");
    const QByteArray body = R"({"biz_infos":[],"approver_user_id":"x","approver_user_name":"y"})";
    dataarts::SignableRequest r =
        client.prepare("POST", client.arch(QStringLiteral("approvals/batch-offline")),
                       {{QStringLiteral("a"), QStringLiteral("1")}}, body);
    QByteArray auth = r.header("Authorization");
    if (tamper == QLatin1String("signature"))
        auth[auth.size() - 1] = auth.endsWith('0') ? '1' : '0';
    if (tamper == QLatin1String("algorithm"))
        auth.replace("SDK-HMAC-SHA256", "SDK-HMAC-SM3");
    r.setHeader("Authorization", auth);
    if (tamper == QLatin1String("body"))
        r.body = R"({"biz_infos":[1],"approver_user_id":"x","approver_user_name":"y"})";
    if (tamper == QLatin1String("header"))
        r.setHeader("workspace", "0000000000000000000000000000000a");
    if (tamper == QLatin1String("query"))
        r.query = {{QStringLiteral("a"), QStringLiteral("2")}};
    // Each case from a fresh key would lock the default one: undo with a good request.
    const HttpResult result = client.sendPrepared(r);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.errorCode(), QStringLiteral("APIGW.0301"));
    QVERIFY2(result.errorMessage().contains(QLatin1String("verify aksk signature fail")),
             qPrintable(result.errorMessage()));
    SandboxClient good(m_sandbox);
    QCOMPARE(good.get(tables()).status, 200); // resets the failure count
}

void TestSandboxAuth::unsignedRequestIs401()
{
    SandboxClient client(m_sandbox);
    dataarts::SignableRequest r = client.prepare("GET", tables(), {}, {});
    r.headers.removeIf([](const dataarts::HeaderItem &h) {
        return h.first.compare("Authorization", Qt::CaseInsensitive) == 0;
    });
    const HttpResult result = client.sendPrepared(r);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.errorCode(), QStringLiteral("APIGW.0301"));
}

void TestSandboxAuth::expiredDateNamesServerTime()
{
    SandboxClient client(m_sandbox);
    const QDateTime sent = QDateTime::currentDateTimeUtc().addSecs(-16 * 60);
    client.setSdkDate(dataarts::canonical::sdkDate(sent));
    const HttpResult r = client.get(tables());
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("APIGW.0301"));
    const QString msg = r.errorMessage();
    QVERIFY2(msg.contains(QLatin1String("signature expired")), qPrintable(msg));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("server time: (\\d{8}T\\d{6}Z)")).match(msg);
    QVERIFY2(m.hasMatch(), qPrintable(msg));
    const QDateTime server = dataarts::canonical::parseSdkDate(m.captured(1).toLatin1());
    QVERIFY(qAbs(server.secsTo(QDateTime::currentDateTimeUtc())) < 300);
    QVERIFY(msg.contains(QString::fromLatin1(dataarts::canonical::sdkDate(sent))));
}

void TestSandboxAuth::skewWithinFifteenMinutesIsAccepted()
{
    SandboxClient client(m_sandbox);
    client.setSdkDate(
        dataarts::canonical::sdkDate(QDateTime::currentDateTimeUtc().addSecs(-14 * 60)));
    QCOMPARE(client.get(tables()).status, 200);
    client.setSdkDate(
        dataarts::canonical::sdkDate(QDateTime::currentDateTimeUtc().addSecs(14 * 60)));
    QCOMPARE(client.get(tables()).status, 200);
    client.setSdkDate("not-a-date");
    QCOMPARE(client.get(tables()).status, 401);
}

void TestSandboxAuth::serverClockOffsetShowsInDateAndSkew()
{
    SandboxProcess ahead({QStringLiteral("--clock-offset-s"), QStringLiteral("1200"),
                          QStringLiteral("--tables"), QStringLiteral("50")});
    QVERIFY(ahead.start());
    SandboxClient client(ahead);
    const HttpResult r = client.get(client.arch(QStringLiteral("approvals/users")));
    QCOMPARE(r.status, 401); // our fresh date is 20 minutes behind the server
    QVERIFY(r.errorMessage().contains(QLatin1String("signature expired")));
    const qint64 offset = QDateTime::currentDateTimeUtc().secsTo(httpDate(r.header("Date")));
    QVERIFY2(offset > 1100 && offset < 1300, qPrintable(QString::number(offset)));
    // Signing with the server's clock works.
    client.setSdkDate(dataarts::canonical::sdkDate(QDateTime::currentDateTimeUtc().addSecs(1200)));
    QCOMPARE(client.get(client.arch(QStringLiteral("approvals/users"))).status, 200);
}

void TestSandboxAuth::fiveBadSignaturesLockTheKey()
{
    // Its own sandbox: the lock and the clock advance must not touch the other cases.
    SandboxProcess sandbox({QStringLiteral("--tables"), QStringLiteral("50"),
                            QStringLiteral("--user"),
                            QStringLiteral("locker:LOCKAK:LOCKSK:developer")});
    QVERIFY(sandbox.start());
    const QString path = QStringLiteral("/v2/%1/design/approvals/users").arg(sandbox.projectId());
    SandboxClient bad(sandbox);
    bad.setCredentials(QStringLiteral("LOCKAK"), "wrong");
    for (int i = 0; i < 5; ++i)
        QCOMPARE(bad.get(path).status, 401);
    SandboxClient good(sandbox);
    good.setCredentials(QStringLiteral("LOCKAK"), "LOCKSK");
    const HttpResult locked = good.get(path);
    QCOMPARE(locked.status, 401);
    QVERIFY2(locked.errorMessage().contains(QLatin1String("locked")),
             qPrintable(locked.errorMessage()));
    // Other keys are not affected, and the lock ends after five minutes.
    QCOMPARE(SandboxClient(sandbox).get(path).status, 200);
    good.advance(301);
    good.setSdkDate(dataarts::canonical::sdkDate(QDateTime::currentDateTimeUtc().addSecs(301)));
    QCOMPARE(good.get(path).status, 200);
}

void TestSandboxAuth::workspaceHeaderIsRequired()
{
    SandboxClient client(m_sandbox);
    client.setWorkspace(QString());
    const HttpResult arch = client.get(client.arch(QStringLiteral("approvals/users")));
    QCOMPARE(arch.status, 400);
    QCOMPARE(arch.errorCode(), QStringLiteral("DLG.0818"));
    QVERIFY(arch.errorMessage().contains(QLatin1String("workspace")));
    const HttpResult ds = client.get(client.ds(QStringLiteral("apis")));
    QCOMPARE(ds.status, 400);
    QCOMPARE(ds.errorCode(), QStringLiteral("DLM.4001"));
    client.setWorkspace(QStringLiteral("ffffffffffffffffffffffffffffffff"));
    const HttpResult unknown = client.get(client.ds(QStringLiteral("apis")));
    QCOMPARE(unknown.status, 400);
    QVERIFY(unknown.errorMessage().contains(QLatin1String("ffffffffffffffffffffffffffffffff")));
    // Discovery needs none.
    client.setWorkspace(QString());
    QCOMPARE(client.get(QStringLiteral("/v1/%1/instances").arg(m_sandbox.projectId())).status, 200);
}

void TestSandboxAuth::projectMustMatch()
{
    SandboxClient client(m_sandbox);
    const HttpResult wrongPath =
        client.get(QStringLiteral("/v2/00000000000000000000000000000000/design/approvals/users"));
    QCOMPARE(wrongPath.status, 404);
    QCOMPARE(wrongPath.errorCode(), QStringLiteral("APIGW.0101"));
    client.setExtraHeader("X-Project-Id", "00000000000000000000000000000000");
    const HttpResult wrongHeader = client.get(tables());
    QCOMPARE(wrongHeader.status, 400);
    QCOMPARE(wrongHeader.errorCode(), QStringLiteral("DS.6000"));
}

void TestSandboxAuth::unknownRouteIs404()
{
    SandboxClient client(m_sandbox);
    const HttpResult r = client.get(client.arch(QStringLiteral("no-such-thing")));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("APIGW.0101"));
}

void TestSandboxAuth::chineseMessagesOnRequest()
{
    SandboxClient client(m_sandbox);
    client.setExtraHeader("X-Language", "zh-cn");
    const HttpResult r = client.get(client.arch(QStringLiteral("all-tables")));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.errorMessage().contains(QStringLiteral("必填")), qPrintable(r.errorMessage()));
    client.setExtraHeader("X-Language", QByteArray());
    QVERIFY(client.get(client.arch(QStringLiteral("all-tables")))
                .errorMessage()
                .contains(QLatin1String("required")));
}

void TestSandboxAuth::passwordTokenWorks()
{
    SandboxClient client(m_sandbox);
    const HttpResult r =
        client.post(QStringLiteral("/v3/auth/tokens"),
                    tokenBody(m_sandbox.value(QStringLiteral("user")),
                              m_sandbox.value(QStringLiteral("password")),
                              m_sandbox.value(QStringLiteral("account")),
                              projectScope(QStringLiteral("name"), QStringLiteral("cn-north-4"))));
    QCOMPARE(r.status, 201);
    const QByteArray token = r.header("X-Subject-Token");
    QVERIFY(token.size() > 40);
    const QJsonObject body = r.json().value(QStringLiteral("token")).toObject();
    QCOMPARE(
        body.value(QStringLiteral("project")).toObject().value(QStringLiteral("id")).toString(),
        m_sandbox.projectId());
    QCOMPARE(body.value(QStringLiteral("user")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("sandbox_admin"));
    QVERIFY(body.contains(QStringLiteral("expires_at")));
    QVERIFY(body.contains(QStringLiteral("catalog")));
    QVERIFY(!body.value(QStringLiteral("expires_at")).toString().isEmpty());

    SandboxClient withToken(m_sandbox);
    withToken.useToken(token);
    QCOMPARE(withToken.get(tables()).status, 200);
    QCOMPARE(withToken.get(withToken.ds(QStringLiteral("apis"))).status, 200);
    withToken.useToken(token + "x");
    const HttpResult bad = withToken.get(tables());
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.errorCode(), QStringLiteral("APIGW.0301"));

    // nocatalog drops the catalog; a --user with a password gets a token too.
    const HttpResult dev =
        client.post(QStringLiteral("/v3/auth/tokens"),
                    tokenBody(QStringLiteral("dev1"), QStringLiteral("dev1-pass"),
                              m_sandbox.value(QStringLiteral("account")),
                              projectScope(QStringLiteral("id"), m_sandbox.projectId())),
                    {{QStringLiteral("nocatalog"), QStringLiteral("true")}});
    QCOMPARE(dev.status, 201);
    QVERIFY(
        !dev.json().value(QStringLiteral("token")).toObject().contains(QStringLiteral("catalog")));
}

void TestSandboxAuth::badPasswordIs401()
{
    SandboxClient client(m_sandbox);
    const QJsonObject scope = projectScope(QStringLiteral("name"), QStringLiteral("cn-north-4"));
    const QString account = m_sandbox.value(QStringLiteral("account"));
    for (const QByteArray &body :
         {tokenBody(QStringLiteral("sandbox_admin"), QStringLiteral("wrong"), account, scope),
          tokenBody(QStringLiteral("sandbox_admin"), m_sandbox.value(QStringLiteral("password")),
                    QStringLiteral("other_account"), scope),
          tokenBody(QStringLiteral("nopass"), QStringLiteral("anything"), account, scope)}) {
        const HttpResult r = client.post(QStringLiteral("/v3/auth/tokens"), body);
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("X-Subject-Token").isEmpty());
        QVERIFY(!r.errorMessage().isEmpty());
    }
    const HttpResult malformed = client.post(QStringLiteral("/v3/auth/tokens"), "{\"auth\":{}}");
    QCOMPARE(malformed.status, 400);
}

void TestSandboxAuth::tokenForAnotherProjectIsRefused()
{
    SandboxClient client(m_sandbox);
    const HttpResult r = client.post(
        QStringLiteral("/v3/auth/tokens"),
        tokenBody(QStringLiteral("sandbox_admin"), m_sandbox.value(QStringLiteral("password")),
                  m_sandbox.value(QStringLiteral("account")),
                  projectScope(QStringLiteral("name"), QStringLiteral("cn-east-3"))));
    QCOMPARE(r.status, 201);
    SandboxClient withToken(m_sandbox);
    withToken.useToken(r.header("X-Subject-Token"));
    const HttpResult refused = withToken.get(tables());
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorCode(), QStringLiteral("APIGW.0301"));
}

void TestSandboxAuth::projectsByRegionName()
{
    SandboxClient client(m_sandbox);
    const HttpResult r = client.get(QStringLiteral("/v3/projects"),
                                    {{QStringLiteral("name"), QStringLiteral("cn-north-4")}});
    QCOMPARE(r.status, 200);
    const QJsonArray projects = r.json().value(QStringLiteral("projects")).toArray();
    QCOMPARE(projects.size(), 1);
    QCOMPARE(projects.at(0).toObject().value(QStringLiteral("id")).toString(),
             m_sandbox.projectId());
    const HttpResult all = client.get(QStringLiteral("/v3/projects"));
    QVERIFY(all.json().value(QStringLiteral("projects")).toArray().size() > 1);
    const HttpResult none = client.get(QStringLiteral("/v3/projects"),
                                       {{QStringLiteral("name"), QStringLiteral("xx-nowhere-1")}});
    QCOMPARE(none.json().value(QStringLiteral("projects")).toArray().size(), 0);
    // It needs authentication.
    SandboxClient anonymous(m_sandbox);
    anonymous.setCredentials(QStringLiteral("NOPE"), "nope");
    QCOMPARE(anonymous.get(QStringLiteral("/v3/projects")).status, 401);
}

void TestSandboxAuth::extraUsersSignWithTheirKeys()
{
    SandboxClient dev(m_sandbox);
    dev.setCredentials(QStringLiteral("DEV1AK"), "DEV1SK");
    QCOMPARE(dev.get(tables()).status, 200);
    // The request log shows who sent what, without the Authorization header.
    const QJsonArray log =
        dev.controlJson("GET", QStringLiteral("/__sandbox/requests?path=approvals/users&limit=1"))
            .value(QStringLiteral("requests"))
            .toArray();
    QCOMPARE(log.size(), 1);
    const QJsonObject headers = log.at(0).toObject().value(QStringLiteral("headers")).toObject();
    QVERIFY(headers.contains(QStringLiteral("x-sdk-date")));
    QVERIFY(!headers.contains(QStringLiteral("authorization")));
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"
