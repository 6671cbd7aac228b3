#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result runCli(const QStringList &args, bool withKeys = true)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DATAARTS_AK"));
    env.remove(QStringLiteral("DATAARTS_SK"));
    if (withKeys) {
        env.insert(QStringLiteral("DATAARTS_AK"), QStringLiteral("AccessKey"));
        env.insert(QStringLiteral("DATAARTS_SK"), QStringLiteral("SecretKey"));
    }
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DESK_CLI_PATH),
                  QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestCliSign : public QObject
{
    Q_OBJECT
private slots:
    void reproducesPythonVectorP2();
    void reproducesGoVectorG2();
    void printsTheCanonicalRequestAndStringToSign();
    void missingKeysIsAUsageError();
    void badDateIsAUsageError();
    void badHeaderIsAUsageError();
    void secretNeverPrinted();

private:
    QTemporaryDir m_dir;
    QString writeFile(const QString &name, const QByteArray &bytes);
};

QString TestCliSign::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write fixture");
    return path;
}

void TestCliSign::reproducesPythonVectorP2()
{
    const QString body = writeFile(QStringLiteral("p2.json"), R"({"name":"test","id":1})");
    const Result r =
        runCli({QStringLiteral("sign"), QStringLiteral("--method"), QStringLiteral("POST"),
                QStringLiteral("--url"),
                QStringLiteral("https://service.endpoint.myhuaweicloud.com/resources?size=1"),
                QStringLiteral("--data-file"), body, QStringLiteral("--date"),
                QStringLiteral("20200608T023900Z")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(
                 "Authorization: SDK-HMAC-SHA256 Access=AccessKey, "
                 "SignedHeaders=host;x-sdk-date, "
                 "Signature=436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f\n"),
             r.out.constData());
    QVERIFY(r.out.contains("Host: service.endpoint.myhuaweicloud.com\n"));
    QVERIFY(r.out.contains("X-Sdk-Date: 20200608T023900Z\n"));
}

void TestCliSign::reproducesGoVectorG2()
{
    const QString body = writeFile(QStringLiteral("g2.json"), "{\"Name\":\"test\",\"Id\":1}\n");
    const Result r = runCli(
        {QStringLiteral("sign"), QStringLiteral("--method"), QStringLiteral("POST"),
         QStringLiteral("--url"), QStringLiteral("https://example.huaweicloud.com/path?key=value"),
         QStringLiteral("--header"), QStringLiteral("Content-Type: application/json"),
         QStringLiteral("--data-file"), body, QStringLiteral("--date"),
         QStringLiteral("20060102T150405Z"), QStringLiteral("--signed-headers"),
         QStringLiteral("x-sdk-date")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(
                 "Signature=cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59\n"),
             r.out.constData());
    QVERIFY(r.out.contains("Content-Type: application/json\n"));
    QVERIFY(!r.out.contains("Host:"));
}

void TestCliSign::printsTheCanonicalRequestAndStringToSign()
{
    const Result r =
        runCli({QStringLiteral("sign"), QStringLiteral("--url"),
                QStringLiteral("https://service.endpoint.myhuaweicloud.com/resources?size=1"),
                QStringLiteral("--date"), QStringLiteral("20200608T023900Z")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("GET\n/resources/\nsize=1\nhost:service.endpoint.myhuaweicloud.com\n"
                           "x-sdk-date:20200608T023900Z\n\nhost;x-sdk-date\n"
                           "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"));
    QVERIFY(r.out.contains("SDK-HMAC-SHA256\n20200608T023900Z\n"
                           "de94dd1e1ccdb730b403ce35d7e14f7c7b04337f6def1c3a3a2ba936852b133f\n"));
    QVERIFY(r.out.contains(
        "Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842"));
}

void TestCliSign::missingKeysIsAUsageError()
{
    const Result r = runCli({QStringLiteral("sign"), QStringLiteral("--url"),
                             QStringLiteral("https://example.huaweicloud.com/path")},
                            false);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("DATAARTS_AK"));
    QVERIFY(r.out.isEmpty());
}

void TestCliSign::badDateIsAUsageError()
{
    const Result r = runCli({QStringLiteral("sign"), QStringLiteral("--url"),
                             QStringLiteral("https://example.huaweicloud.com/path"),
                             QStringLiteral("--date"), QStringLiteral("2020-06-08")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("YYYYMMDDTHHMMSSZ"));
}

void TestCliSign::badHeaderIsAUsageError()
{
    const Result r = runCli({QStringLiteral("sign"), QStringLiteral("--url"),
                             QStringLiteral("https://example.huaweicloud.com/path"),
                             QStringLiteral("--header"), QStringLiteral("no-colon")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("Name: value"));
}

void TestCliSign::secretNeverPrinted()
{
    const Result r = runCli({QStringLiteral("sign"), QStringLiteral("--url"),
                             QStringLiteral("https://example.huaweicloud.com/path")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains("SecretKey"));
    QVERIFY(!r.err.contains("SecretKey"));
}

QTEST_GUILESS_MAIN(TestCliSign)
#include "tst_cli_sign.moc"
