#include "signing/Canonical.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace dataarts;

class TestCanonical : public QObject
{
    Q_OBJECT
private slots:
    void encodeKeepsUnreservedOnly();
    void encodeUsesUppercaseUtf8Hex();
    void uriAppendsTrailingSlash_data();
    void uriAppendsTrailingSlash();
    void sentPathHasNoExtraSlash();
    void queryVectorFromBothSdks();
    void querySortsKeysThenValues();
    void queryEmptyAndValuelessParameters();
    void payloadHashOfEmptyAndBody();
    void sdkDateRoundTrip();
    void sdkDateRejectsGarbage_data();
    void sdkDateRejectsGarbage();
    void normalizedNamesLowercaseSortedUnique();
    void urlParsingSplitsQueryLiterally();
};

void TestCanonical::encodeKeepsUnreservedOnly()
{
    QCOMPARE(canonical::encode(QStringLiteral("AZaz09-_.~")), QByteArray("AZaz09-_.~"));
    QCOMPARE(canonical::encode(QStringLiteral(" ")), QByteArray("%20"));
    QCOMPARE(canonical::encode(QStringLiteral("*")), QByteArray("%2A"));
    QCOMPARE(canonical::encode(QStringLiteral("/")), QByteArray("%2F"));
    QCOMPARE(canonical::encode(QStringLiteral("+")), QByteArray("%2B"));
    QCOMPARE(canonical::encode(QStringLiteral("%")), QByteArray("%25"));
}

void TestCanonical::encodeUsesUppercaseUtf8Hex()
{
    QCOMPARE(canonical::encode(QStringLiteral("一")), QByteArray("%E4%B8%80"));
    QCOMPARE(canonical::encode(QStringLiteral("表")), QByteArray("%E8%A1%A8"));
}

void TestCanonical::uriAppendsTrailingSlash_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("uri");
    QTest::newRow("simple") << QStringLiteral("/resources") << QByteArray("/resources/");
    QTest::newRow("already") << QStringLiteral("/resources/") << QByteArray("/resources/");
    QTest::newRow("root") << QStringLiteral("/") << QByteArray("/");
    QTest::newRow("empty") << QString() << QByteArray("/");
    QTest::newRow("nested") << QStringLiteral("/v2/abc/design/approvals/batch-offline")
                            << QByteArray("/v2/abc/design/approvals/batch-offline/");
    QTest::newRow("non-ascii") << QStringLiteral("/表/a b") << QByteArray("/%E8%A1%A8/a%20b/");
    QTest::newRow("literal percent") << QStringLiteral("/a%b") << QByteArray("/a%25b/");
}

void TestCanonical::uriAppendsTrailingSlash()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, uri);
    QCOMPARE(canonical::uri(path), uri);
}

void TestCanonical::sentPathHasNoExtraSlash()
{
    QCOMPARE(canonical::sentPath(QStringLiteral("/resources")), QByteArray("/resources"));
    QCOMPARE(canonical::sentPath(QStringLiteral("/表")), QByteArray("/%E8%A1%A8"));
}

void TestCanonical::queryVectorFromBothSdks()
{
    const QueryItems items = {
        {QStringLiteral("limit"), QStringLiteral("1")},
        {QStringLiteral("enable"), QStringLiteral("true")},
        {QStringLiteral("test"), QStringLiteral("一 (&=?!#%.*)")},
        {QStringLiteral("path"), QStringLiteral("/tmp/123")},
        {QStringLiteral("multi"), QStringLiteral("3")},
        {QStringLiteral("multi"), QStringLiteral("1")},
        {QStringLiteral("multi"), QStringLiteral("2")},
    };
    QCOMPARE(
        canonical::query(items),
        QByteArray("enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&test=%E4%B8%80%"
                   "20%28%26%3D%3F%21%23%25.%2A%29"));
}

void TestCanonical::querySortsKeysThenValues()
{
    const QueryItems items = {{QStringLiteral("b"), QStringLiteral("2")},
                              {QStringLiteral("B"), QStringLiteral("1")},
                              {QStringLiteral("a"), QStringLiteral("z")},
                              {QStringLiteral("a"), QStringLiteral("y")}};
    // Byte order: uppercase before lowercase.
    QCOMPARE(canonical::query(items), QByteArray("B=1&a=y&a=z&b=2"));
}

void TestCanonical::queryEmptyAndValuelessParameters()
{
    QCOMPARE(canonical::query({}), QByteArray());
    const QueryItems items = {{QStringLiteral("flag"), QString()},
                              {QStringLiteral("empty"), QStringLiteral("")}};
    QCOMPARE(canonical::query(items), QByteArray("empty=&flag="));
}

void TestCanonical::payloadHashOfEmptyAndBody()
{
    QCOMPARE(canonical::payloadHash({}),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(canonical::payloadHash(QByteArray(R"({"name":"test","id":1})")),
             QByteArray("8ed555081b9961769014bc1182c629bb0fe68d7b01c1fc1caab4dc791f377e8c"));
}

void TestCanonical::sdkDateRoundTrip()
{
    const QDateTime when(QDate(2020, 6, 8), QTime(2, 39, 0), QTimeZone::utc());
    QCOMPARE(canonical::sdkDate(when), QByteArray("20200608T023900Z"));
    QCOMPARE(canonical::parseSdkDate("20200608T023900Z"), when);
    // A local time is converted to UTC first.
    const QDateTime plus8 = when.toTimeZone(QTimeZone(8 * 3600));
    QCOMPARE(canonical::sdkDate(plus8), QByteArray("20200608T023900Z"));
}

void TestCanonical::sdkDateRejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no Z") << QByteArray("20200608T023900");
    QTest::newRow("bad month") << QByteArray("20201308T023900Z");
    QTest::newRow("bad hour") << QByteArray("20200608T253900Z");
    QTest::newRow("letters") << QByteArray("2020O608T023900Z");
    QTest::newRow("rfc1123") << QByteArray("Mon, 08 Jun 2020 02:39:00 GMT");
}

void TestCanonical::sdkDateRejectsGarbage()
{
    QFETCH(QByteArray, text);
    QVERIFY(!canonical::parseSdkDate(text).isValid());
}

void TestCanonical::normalizedNamesLowercaseSortedUnique()
{
    QCOMPARE(canonical::normalizedNames({"X-Sdk-Date", "Host", "host", " Workspace ", ""}),
             (QList<QByteArray>{"host", "workspace", "x-sdk-date"}));
}

void TestCanonical::urlParsingSplitsQueryLiterally()
{
    const auto request = SignableRequest::fromUrl(
        "GET", QUrl(QStringLiteral("https://h.example/a%20b?x=1+2&flag&y=%E4%B8%80&z=")));
    QCOMPARE(request.path, QStringLiteral("/a b"));
    const QueryItems expected = {{QStringLiteral("x"), QStringLiteral("1+2")},
                                 {QStringLiteral("flag"), QString()},
                                 {QStringLiteral("y"), QStringLiteral("一")},
                                 {QStringLiteral("z"), QString()}};
    QCOMPARE(request.query, expected);
    QCOMPARE(request.url().toEncoded(),
             QByteArray("https://h.example/a%20b?flag=&x=1%2B2&y=%E4%B8%80&z="));
    QCOMPARE(request.hostHeader(), QStringLiteral("h.example"));
    const auto local =
        SignableRequest::fromUrl("GET", QUrl(QStringLiteral("http://127.0.0.1:8123/x")));
    QCOMPARE(local.hostHeader(), QStringLiteral("127.0.0.1:8123"));
    const auto https443 =
        SignableRequest::fromUrl("GET", QUrl(QStringLiteral("https://h.example:443/x")));
    QCOMPARE(https443.hostHeader(), QStringLiteral("h.example"));
}

QTEST_APPLESS_MAIN(TestCanonical)
#include "tst_canonical.moc"
