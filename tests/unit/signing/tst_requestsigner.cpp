#include "signing/Canonical.h"
#include "signing/RequestSigner.h"

#include <QCryptographicHash>
#include <QTest>
#include <QTimeZone>

using namespace dataarts;

namespace {

Credentials vectorKeys()
{
    return Credentials{QStringLiteral("AccessKey"), QByteArrayLiteral("SecretKey"), {}};
}

// The Python SDK signs every header without '_' (here Host and X-Sdk-Date).
const QList<QByteArray> kPythonPolicy = {"host", "x-sdk-date"};
// The Go SDK's tests sign X-Sdk-Date only.
const QList<QByteArray> kGoPolicy = {"x-sdk-date"};

SignableRequest pythonRequest(const QByteArray &method, const QByteArray &body)
{
    SignableRequest r = SignableRequest::fromUrl(
        method,
        QUrl(QStringLiteral("https://service.endpoint.myhuaweicloud.com/resources?size=1")));
    r.setHeader("X-Sdk-Date", "20200608T023900Z");
    r.setHeader("TEST_UNDERSCORE", "TEST_VALUE");
    r.body = body;
    return r;
}

SignableRequest goRequest(const QByteArray &method, const QString &query, const QByteArray &body)
{
    SignableRequest r = SignableRequest::fromUrl(
        method, QUrl(QStringLiteral("https://example.huaweicloud.com/path?") + query));
    r.setHeader("X-Sdk-Date", "20060102T150405Z");
    r.body = body;
    return r;
}

// A DataArts-shaped request under the default policy.
SignableRequest dataartsRequest()
{
    SignableRequest r = SignableRequest::fromUrl(
        "POST", QUrl(QStringLiteral("https://dayu.cn-north-4.myhuaweicloud.com/v2/"
                                    "0833a5737480d53b2f25c010dc1a7b88/design/approvals/"
                                    "batch-offline")));
    r.setHeader("Content-Type", "application/json;charset=UTF-8");
    r.setHeader("workspace", "e6a6b5d4f1b0419f9ea3f0bd0c08ef2e");
    r.setHeader("X-Project-Id", "0833a5737480d53b2f25c010dc1a7b88");
    r.setHeader("X-Sdk-Date", "20261122T101500Z");
    r.body = R"({"biz_infos":[{"biz_type":"TABLE_MODEL","biz_id":"885123875376193536"}],)"
             R"("approver_user_id":"u1","approver_user_name":"reviewer"})";
    return r;
}

} // namespace

class TestRequestSigner : public QObject
{
    Q_OBJECT
private slots:
    void pythonVectorP1GetWithIntermediates();
    void pythonVectorP2Post();
    void goVectorG1Get();
    void goVectorG2PostWithTrailingNewline();
    void authorizationHeaderFormat();
    void defaultPolicySignsThePresentHeaders();
    void securityTokenIsSentAndSigned();
    void dateComesFromTheInjectedClock();
    void existingDateIsKept();
    void everySignedByteMatters_data();
    void everySignedByteMatters();
    void unsignedHeaderDoesNotMatter();
    void headerValuesAreTrimmed();
    void nonAsciiPathAndQuery();
    void authorizationHeaderParsesBack();
    void authorizationHeaderRejectsGarbage_data();
    void authorizationHeaderRejectsGarbage();
};

void TestRequestSigner::pythonVectorP1GetWithIntermediates()
{
    const SignedRequest s =
        RequestSigner(kPythonPolicy).sign(pythonRequest("GET", {}), vectorKeys());
    QCOMPARE(s.canonicalRequest,
             QByteArray("GET\n/resources/\nsize=1\nhost:service.endpoint.myhuaweicloud.com\n"
                        "x-sdk-date:20200608T023900Z\n\nhost;x-sdk-date\n"
                        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(QCryptographicHash::hash(s.canonicalRequest, QCryptographicHash::Sha256).toHex(),
             QByteArray("de94dd1e1ccdb730b403ce35d7e14f7c7b04337f6def1c3a3a2ba936852b133f"));
    QCOMPARE(s.stringToSign,
             QByteArray("SDK-HMAC-SHA256\n20200608T023900Z\n"
                        "de94dd1e1ccdb730b403ce35d7e14f7c7b04337f6def1c3a3a2ba936852b133f"));
    QCOMPARE(s.signedHeaders, QByteArray("host;x-sdk-date"));
    QCOMPARE(s.signature,
             QByteArray("cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842"));
}

void TestRequestSigner::pythonVectorP2Post()
{
    const SignedRequest s =
        RequestSigner(kPythonPolicy)
            .sign(pythonRequest("POST", R"({"name":"test","id":1})"), vectorKeys());
    QVERIFY(s.canonicalRequest.endsWith(
        "8ed555081b9961769014bc1182c629bb0fe68d7b01c1fc1caab4dc791f377e8c"));
    QCOMPARE(s.signature,
             QByteArray("436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f"));
}

void TestRequestSigner::goVectorG1Get()
{
    const SignedRequest s = RequestSigner(kGoPolicy).sign(
        goRequest("GET", QStringLiteral("limit=1"), {}), vectorKeys());
    QCOMPARE(s.canonicalRequest,
             QByteArray("GET\n/path/\nlimit=1\nx-sdk-date:20060102T150405Z\n\nx-sdk-date\n"
                        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(s.signature,
             QByteArray("5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624"));
}

void TestRequestSigner::goVectorG2PostWithTrailingNewline()
{
    SignableRequest r =
        goRequest("POST", QStringLiteral("key=value"), "{\"Name\":\"test\",\"Id\":1}\n");
    r.setHeader("Content-Type", "application/json"); // not in the Go policy: unsigned
    const SignedRequest s = RequestSigner(kGoPolicy).sign(r, vectorKeys());
    QCOMPARE(s.signedHeaders, QByteArray("x-sdk-date"));
    QCOMPARE(s.signature,
             QByteArray("cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59"));
}

void TestRequestSigner::authorizationHeaderFormat()
{
    const SignedRequest s =
        RequestSigner(kPythonPolicy).sign(pythonRequest("GET", {}), vectorKeys());
    QCOMPARE(
        s.authorization,
        QByteArray("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
                   "Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842"));
    QCOMPARE(s.request.header("Authorization"), s.authorization);
    QVERIFY(s.headersToSend.contains(HeaderItem("Authorization", s.authorization)));
    QVERIFY(s.headersToSend.contains(HeaderItem("X-Sdk-Date", "20200608T023900Z")));
}

void TestRequestSigner::defaultPolicySignsThePresentHeaders()
{
    SignableRequest r = dataartsRequest();
    r.setHeader("Accept", "application/json"); // present but not in the policy
    const SignedRequest s = RequestSigner().sign(r, vectorKeys());
    QCOMPARE(s.signedHeaders, QByteArray("content-type;host;workspace;x-project-id;x-sdk-date"));
    QVERIFY(s.canonicalRequest.contains("\ncontent-type:application/json;charset=UTF-8\n"));
    QVERIFY(s.canonicalRequest.contains("\nhost:dayu.cn-north-4.myhuaweicloud.com\n"));
    QVERIFY(!s.canonicalRequest.contains("accept"));
}

void TestRequestSigner::securityTokenIsSentAndSigned()
{
    Credentials temporary = vectorKeys();
    temporary.securityToken = "token-value";
    const SignedRequest s = RequestSigner().sign(dataartsRequest(), temporary);
    QVERIFY(s.signedHeaders.endsWith(";x-security-token"));
    QCOMPARE(s.request.header("X-Security-Token"), QByteArray("token-value"));
    const SignedRequest permanent = RequestSigner().sign(dataartsRequest(), vectorKeys());
    QVERIFY(!permanent.signedHeaders.contains("x-security-token"));
    QVERIFY(s.signature != permanent.signature);
}

void TestRequestSigner::dateComesFromTheInjectedClock()
{
    SignableRequest r = dataartsRequest();
    r.headers.removeIf([](const HeaderItem &h) { return h.first == "X-Sdk-Date"; });
    const QDateTime fixed(QDate(2026, 11, 22), QTime(8, 30, 5), QTimeZone::utc());
    RequestSigner signer(RequestSigner::defaultPolicy(), [fixed] { return fixed; });
    const SignedRequest s = signer.sign(r, vectorKeys());
    QCOMPARE(s.sdkDate, QByteArray("20261122T083005Z"));
    QCOMPARE(s.request.header("X-Sdk-Date"), QByteArray("20261122T083005Z"));

    RequestSigner later(RequestSigner::defaultPolicy(), [fixed] { return fixed.addSecs(1); });
    QVERIFY(later.sign(r, vectorKeys()).signature != s.signature);
}

void TestRequestSigner::existingDateIsKept()
{
    RequestSigner signer(RequestSigner::defaultPolicy(), [] { return QDateTime(); });
    QCOMPARE(signer.sign(dataartsRequest(), vectorKeys()).sdkDate, QByteArray("20261122T101500Z"));
}

void TestRequestSigner::everySignedByteMatters_data()
{
    QTest::addColumn<int>("what");
    QTest::newRow("method") << 0;
    QTest::newRow("path") << 1;
    QTest::newRow("query") << 2;
    QTest::newRow("workspace header") << 3;
    QTest::newRow("content-type header") << 4;
    QTest::newRow("project header") << 5;
    QTest::newRow("body") << 6;
    QTest::newRow("date") << 7;
    QTest::newRow("host") << 8;
    QTest::newRow("secret key") << 9;
}

void TestRequestSigner::everySignedByteMatters()
{
    QFETCH(int, what);
    const RequestSigner signer;
    SignableRequest r = dataartsRequest();
    r.query = {{QStringLiteral("limit"), QStringLiteral("100")}};
    Credentials keys = vectorKeys();
    const QByteArray before = signer.sign(r, keys).signature;
    switch (what) {
    case 0:
        r.method = "PUT";
        break;
    case 1:
        r.path.replace(QStringLiteral("offline"), QStringLiteral("offlinf"));
        break;
    case 2:
        r.query[0].second = QStringLiteral("101");
        break;
    case 3:
        r.setHeader("workspace", "e6a6b5d4f1b0419f9ea3f0bd0c08ef2f");
        break;
    case 4:
        r.setHeader("Content-Type", "application/json;charset=UTF-9");
        break;
    case 5:
        r.setHeader("X-Project-Id", "1833a5737480d53b2f25c010dc1a7b88");
        break;
    case 6:
        r.body[r.body.size() - 2] = '_';
        break;
    case 7:
        r.setHeader("X-Sdk-Date", "20261122T101501Z");
        break;
    case 8:
        r.host = QStringLiteral("dayu.cn-north-1.myhuaweicloud.com");
        break;
    case 9:
        keys.secretKey[0] = 't';
        break;
    }
    QVERIFY(signer.sign(r, keys).signature != before);
}

void TestRequestSigner::unsignedHeaderDoesNotMatter()
{
    const RequestSigner signer;
    SignableRequest r = dataartsRequest();
    const QByteArray before = signer.sign(r, vectorKeys()).signature;
    r.setHeader("User-Agent", "something else");
    r.setHeader("Dlm-Type", "EXCLUSIVE");
    QCOMPARE(signer.sign(r, vectorKeys()).signature, before);
}

void TestRequestSigner::headerValuesAreTrimmed()
{
    const RequestSigner signer;
    SignableRequest r = dataartsRequest();
    const QByteArray before = signer.sign(r, vectorKeys()).signature;
    r.setHeader("workspace", "  e6a6b5d4f1b0419f9ea3f0bd0c08ef2e \t");
    QCOMPARE(signer.sign(r, vectorKeys()).signature, before);
}

void TestRequestSigner::nonAsciiPathAndQuery()
{
    SignableRequest r = SignableRequest::fromUrl(
        "GET", QUrl(QStringLiteral("https://example.huaweicloud.com/表/a b")));
    r.query = {{QStringLiteral("name"), QStringLiteral("客户 表")},
               {QStringLiteral("flag"), QString()}};
    r.setHeader("X-Sdk-Date", "20060102T150405Z");
    const SignedRequest s = RequestSigner(kGoPolicy).sign(r, vectorKeys());
    QVERIFY(s.canonicalRequest.startsWith(
        "GET\n/%E8%A1%A8/a%20b/\nflag=&name=%E5%AE%A2%E6%88%B7%20%E8%A1%A8\n"));
    QCOMPARE(r.url().toEncoded(),
             QByteArray("https://example.huaweicloud.com/%E8%A1%A8/a%20b?flag=&name=%E5%AE%A2%E6%"
                        "88%B7%20%E8%A1%A8"));
    // What a server parses back from the sent URL signs identically.
    SignableRequest parsed = SignableRequest::fromUrl("GET", r.url());
    parsed.headers = r.headers;
    QCOMPARE(RequestSigner(kGoPolicy).sign(parsed, vectorKeys()).signature, s.signature);
}

void TestRequestSigner::authorizationHeaderParsesBack()
{
    const SignedRequest s = RequestSigner().sign(dataartsRequest(), vectorKeys());
    const AuthorizationHeader parsed = AuthorizationHeader::parse(s.authorization);
    QVERIFY(parsed.valid);
    QCOMPARE(parsed.algorithm, QByteArray("SDK-HMAC-SHA256"));
    QCOMPARE(parsed.accessKey, QStringLiteral("AccessKey"));
    QCOMPARE(parsed.signature, s.signature);
    // The verifier re-signs with the names it was told and gets the same signature.
    QCOMPARE(RequestSigner::signWithHeaders(dataartsRequest(), vectorKeys(), parsed.signedHeaders)
                 .signature,
             s.signature);
}

void TestRequestSigner::authorizationHeaderRejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("algorithm only") << QByteArray("SDK-HMAC-SHA256");
    QTest::newRow("no signature") << QByteArray("SDK-HMAC-SHA256 Access=a, SignedHeaders=host");
    QTest::newRow("empty access") << QByteArray(
        "SDK-HMAC-SHA256 Access=, SignedHeaders=host, Signature=00");
    QTest::newRow("no equals") << QByteArray("SDK-HMAC-SHA256 Access, SignedHeaders, Signature");
    QTest::newRow("bearer") << QByteArray("Bearer abc.def");
}

void TestRequestSigner::authorizationHeaderRejectsGarbage()
{
    QFETCH(QByteArray, value);
    QVERIFY(!AuthorizationHeader::parse(value).valid);
}

QTEST_APPLESS_MAIN(TestRequestSigner)
#include "tst_requestsigner.moc"
