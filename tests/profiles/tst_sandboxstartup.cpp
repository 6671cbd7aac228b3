#include "profiles/ConnectionSettingsBuilder.h"
#include "profiles/SandboxStartup.h"
#include "profiles/SecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace dataarts;

namespace {

const QByteArray kOutput = "http://127.0.0.1:40123\n"
                           "project_id=0123456789abcdef0123456789abcdef\n"
                           "instance_id=inst-sandbox\n"
                           "workspace=ws-sandbox\n"
                           "ak=SANDBOXAK\n"
                           "sk=sandbox-sk\n";

} // namespace

class TestSandboxStartup : public QObject
{
    Q_OBJECT
private slots:
    void parsesTheContractLines();
    void rejectsBadOutput_data();
    void rejectsBadOutput();
    void sandboxSettingsNeedNoKeychain();
    void sandboxProfileWithoutStartupFails();
};

void TestSandboxStartup::parsesTheContractLines()
{
    QString error;
    const auto startup = SandboxStartup::parse(kOutput + "extra=ignored\n", &error);
    QVERIFY2(startup.has_value(), qPrintable(error));
    QCOMPARE(startup->url, QUrl(QStringLiteral("http://127.0.0.1:40123")));
    QCOMPARE(startup->projectId, QStringLiteral("0123456789abcdef0123456789abcdef"));
    QCOMPARE(startup->instanceId, QStringLiteral("inst-sandbox"));
    QCOMPARE(startup->workspace, QStringLiteral("ws-sandbox"));
    QCOMPARE(startup->accessKey, QStringLiteral("SANDBOXAK"));
    QCOMPARE(startup->secretKey, QByteArray("sandbox-sk"));
    QVERIFY(SandboxStartup::parse(QByteArray(kOutput).replace('\n', "\r\n")).has_value());
}

void TestSandboxStartup::rejectsBadOutput_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("remote url") << QByteArray(kOutput).replace("127.0.0.1", "example.com");
    QTest::newRow("not a url") << QByteArray("listening…\n") + kOutput;
    QTest::newRow("no keys") << QByteArray("http://127.0.0.1:1\nproject_id=x\nworkspace=w\n");
    QTest::newRow("no sk") << QByteArray(kOutput).replace("sk=sandbox-sk\n", "");
}

void TestSandboxStartup::rejectsBadOutput()
{
    QFETCH(QByteArray, output);
    QString error;
    QVERIFY(!SandboxStartup::parse(output, &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestSandboxStartup::sandboxSettingsNeedNoKeychain()
{
    SecretStore secrets; // never asked: no availability check happens
    ConnectionSettingsBuilder builder(&secrets);
    builder.setSandboxStartup(*SandboxStartup::parse(kOutput));
    QSignalSpy finished(&builder, &ConnectionSettingsBuilder::finished);
    builder.start(Profile::sandbox());
    QCOMPARE(finished.size(), 0); // never synchronously
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.at(0).at(0).toBool());
    const ConnectionSettings &s = builder.settings();
    QCOMPARE(s.endpoint, QUrl(QStringLiteral("http://127.0.0.1:40123")));
    QCOMPARE(s.iamEndpoint, s.endpoint);
    QCOMPARE(s.projectId, QStringLiteral("0123456789abcdef0123456789abcdef"));
    QCOMPARE(s.workspace, QStringLiteral("ws-sandbox"));
    QCOMPARE(s.instanceId, QStringLiteral("inst-sandbox"));
    QCOMPARE(s.akSk.accessKey, QStringLiteral("SANDBOXAK"));
    QCOMPARE(s.akSk.secretKey, QByteArray("sandbox-sk"));
    QCOMPARE(s.proxyMode, ProxyMode::None);
    QCOMPARE(secrets.availability(), SecretStore::Availability::Unknown);
}

void TestSandboxStartup::sandboxProfileWithoutStartupFails()
{
    SecretStore secrets;
    ConnectionSettingsBuilder builder(&secrets);
    QSignalSpy finished(&builder, &ConnectionSettingsBuilder::finished);
    builder.start(Profile::sandbox());
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(!builder.errorString().isEmpty());
    QCOMPARE(secrets.availability(), SecretStore::Availability::Unknown);
}

QTEST_GUILESS_MAIN(TestSandboxStartup)
#include "tst_sandboxstartup.moc"
