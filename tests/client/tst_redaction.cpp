// The redaction used for every logged header and body.
#include "client/Redaction.h"

#include <QTest>

using namespace dataarts;

class TestRedaction : public QObject
{
    Q_OBJECT
private slots:
    void secretHeaders();
    void jsonBodies();
    void textAndCutBodies();
};

void TestRedaction::secretHeaders()
{
    for (const char *name : {"Authorization", "authorization", "X-Auth-Token", "X-Subject-Token",
                             "x-security-token", "Proxy-Authorization", "Cookie", "Set-Cookie"}) {
        QVERIFY2(redact::isSecretHeader(name), name);
        QCOMPARE(redact::headerValue(name, "topsecret"), QByteArray(redact::kMask));
    }
    QCOMPARE(redact::headerValue("workspace", "ws1"), QByteArray("ws1"));
    const QByteArray lines =
        redact::headers({{"X-Auth-Token", "tok"}, {"X-Sdk-Date", "20260301T000000Z"}});
    QVERIFY(!lines.contains("tok"));
    QVERIFY(lines.contains("20260301T000000Z"));
}

void TestRedaction::jsonBodies()
{
    const QByteArray body =
        R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"alice",)"
        R"("password":"Pa55-w0rd","domain":{"name":"acme"}}}}},"sk":"SECRETKEY","list":[{"token":"t0k"}]})";
    const QByteArray out = redact::body(body);
    QVERIFY(!out.contains("Pa55-w0rd"));
    QVERIFY(!out.contains("SECRETKEY"));
    QVERIFY(!out.contains("t0k"));
    QVERIFY(out.contains("methods")); // the rest stays readable
    QVERIFY(out.contains(redact::kMask));
}

void TestRedaction::textAndCutBodies()
{
    QVERIFY(!redact::body("user=alice&password=hunter2&x=1").contains("hunter2"));
    // Not JSON (cut), the secret value runs to the end.
    const QByteArray cut = "{\"user\":{\"password\":\"hunter2-and-more";
    QVERIFY(!redact::body(cut).contains("hunter2"));
    // Longer than the limit: the value starts before the cut.
    QByteArray big =
        R"({"a":")" + QByteArray(100, 'x') + R"(","password":")" + QByteArray(3000, 'p') + "\"}";
    const QByteArray out = redact::body(big, 150);
    QVERIFY(!out.contains("ppp"));
    QVERIFY(out.size() < 400);
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
