// The token buckets of the sandbox's gateway: the documented defaults per access key,
// the --rate-limit override, "off", and 429 APIGW.0308 with Retry-After.
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QtTest>

#include <cmath>

class TestSandboxThrottle : public QObject
{
    Q_OBJECT

private slots:
    void documentedDefaults_data();
    void documentedDefaults();
    void overrideAppliesToEveryBucket();
    void bucketsArePerAccessKey();
    void offDisablesThrottling();

private:
    struct Burst {
        int accepted = 0;
        HttpResult first429;
        double seconds = 0;
    };
    // Sends until the first 429 (or `max` requests).
    static Burst burst(SandboxClient &client, const QByteArray &method, const QString &path,
                       int max);
};

TestSandboxThrottle::Burst TestSandboxThrottle::burst(SandboxClient &client,
                                                      const QByteArray &method, const QString &path,
                                                      int max)
{
    Burst b;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < max; ++i) {
        const HttpResult r =
            client.send(method, path, {}, method == "GET" ? QByteArray() : QByteArray("{}"));
        if (r.status == 429) {
            b.first429 = r;
            break;
        }
        ++b.accepted;
    }
    b.seconds = timer.elapsed() / 1000.0;
    return b;
}

void TestSandboxThrottle::documentedDefaults_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("capacity");
    QTest::addColumn<double>("perSecond");
    QTest::addColumn<QString>("bucket");
    QTest::newRow("DataService 120/10s") << QByteArray("GET") << QStringLiteral("ds:apis") << 120
                                         << 12.0 << QStringLiteral("dataservice");
    QTest::newRow("Architecture reads 240/min")
        << QByteArray("GET") << QStringLiteral("arch:approvals/users") << 240 << 4.0
        << QStringLiteral("architecture_read");
    QTest::newRow("Architecture writes 120/min")
        << QByteArray("POST") << QStringLiteral("arch:approvals/batch-offline") << 120 << 2.0
        << QStringLiteral("architecture_write");
}

void TestSandboxThrottle::documentedDefaults()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, suffix);
    QFETCH(int, capacity);
    QFETCH(double, perSecond);
    QFETCH(QString, bucket);
    SandboxProcess sandbox({QStringLiteral("--tables"), QStringLiteral("50"),
                            QStringLiteral("--apis"), QStringLiteral("10")});
    QVERIFY(sandbox.start());
    SandboxClient client(sandbox);
    const QString path = suffix.startsWith(QLatin1String("ds:")) ? client.ds(suffix.mid(3))
                                                                 : client.arch(suffix.mid(5));
    const Burst b = burst(client, method, path, capacity + 200);
    QCOMPARE(b.first429.status, 429);
    QCOMPARE(b.first429.errorCode(), QStringLiteral("APIGW.0308"));
    QVERIFY(b.first429.errorMessage().contains(QLatin1String("throttling threshold")));
    // A full bucket, plus what refilled while we were sending.
    QVERIFY2(b.accepted >= capacity, qPrintable(QString::number(b.accepted)));
    QVERIFY2(b.accepted <= capacity + int(std::ceil(b.seconds * perSecond)) + 1,
             qPrintable(QStringLiteral("%1 in %2 s").arg(b.accepted).arg(b.seconds)));
    const int retryAfter = b.first429.header("Retry-After").toInt();
    QVERIFY(retryAfter >= 1 && retryAfter <= int(std::ceil(1.0 / perSecond)) + 1);
    const QJsonObject throttled = client.stats().value(QStringLiteral("throttled")).toObject();
    QCOMPARE(throttled.value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(throttled.value(QStringLiteral("by_class")).toObject().value(bucket).toInt(), 1);
    QCOMPARE(client.stats()
                 .value(QStringLiteral("requests"))
                 .toObject()
                 .value(QStringLiteral("by_status"))
                 .toObject()
                 .value(QStringLiteral("429"))
                 .toInt(),
             1);
}

void TestSandboxThrottle::overrideAppliesToEveryBucket()
{
    SandboxProcess sandbox({QStringLiteral("--rate-limit"), QStringLiteral("5/60"),
                            QStringLiteral("--tables"), QStringLiteral("50")});
    QVERIFY(sandbox.start());
    SandboxClient client(sandbox);
    for (const QString &path :
         {client.ds(QStringLiteral("apis")), client.arch(QStringLiteral("approvals/users"))}) {
        const Burst b = burst(client, "GET", path, 50);
        QCOMPARE(b.accepted, 5);
        const int retryAfter = b.first429.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 12, b.first429.header("Retry-After").constData());
    }
    // IAM is not throttled.
    for (int i = 0; i < 10; ++i)
        QCOMPARE(client.get(QStringLiteral("/v3/projects")).status, 200);
}

void TestSandboxThrottle::bucketsArePerAccessKey()
{
    SandboxProcess sandbox({QStringLiteral("--rate-limit"), QStringLiteral("3/60"),
                            QStringLiteral("--user"),
                            QStringLiteral("other:OTHERAK:OTHERSK:developer"),
                            QStringLiteral("--tables"), QStringLiteral("50")});
    QVERIFY(sandbox.start());
    SandboxClient first(sandbox);
    QCOMPARE(burst(first, "GET", first.ds(QStringLiteral("apis")), 10).accepted, 3);
    SandboxClient second(sandbox);
    second.setCredentials(QStringLiteral("OTHERAK"), "OTHERSK");
    QCOMPARE(burst(second, "GET", second.ds(QStringLiteral("apis")), 10).accepted, 3);
    const QJsonObject byPrincipal = first.stats()
                                        .value(QStringLiteral("throttled"))
                                        .toObject()
                                        .value(QStringLiteral("by_principal"))
                                        .toObject();
    QCOMPARE(byPrincipal.value(QStringLiteral("OTHERAK")).toInt(), 1);
    QCOMPARE(byPrincipal.value(sandbox.accessKey()).toInt(), 1);
}

void TestSandboxThrottle::offDisablesThrottling()
{
    SandboxProcess sandbox({QStringLiteral("--rate-limit"), QStringLiteral("off"),
                            QStringLiteral("--tables"), QStringLiteral("50")});
    QVERIFY(sandbox.start());
    SandboxClient client(sandbox);
    QCOMPARE(burst(client, "GET", client.ds(QStringLiteral("apis")), 300).accepted, 300);
}

QTEST_GUILESS_MAIN(TestSandboxThrottle)
#include "tst_sandbox_throttle.moc"
