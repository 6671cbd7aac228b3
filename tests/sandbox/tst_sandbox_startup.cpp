// dataarts-sandbox as a process: the start-up lines of the contract, loopback only, flag
// validation, deterministic seeding, the large start and clean exits on SIGINT/SIGTERM.
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QtTest>

#include <csignal>

using dataarts::QueryItems;

class TestSandboxStartup : public QObject
{
    Q_OBJECT

private slots:
    void printsUrlThenKeyValueLines();
    void helpExitsZero();
    void badFlagsExitTwo_data();
    void badFlagsExitTwo();
    void listensOnLoopbackOnly();
    void sameSeedSameData();
    void largeDataSetStartsAndServes();
    void stopsCleanly_data();
    void stopsCleanly();

private:
    static QProcess *run(const QStringList &args);
};

QProcess *TestSandboxStartup::run(const QStringList &args)
{
    auto *p = new QProcess;
    p->start(SandboxProcess::executablePath(), args);
    p->waitForFinished(20000);
    return p;
}

void TestSandboxStartup::printsUrlThenKeyValueLines()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QCOMPARE(sandbox.url().scheme(), QStringLiteral("http"));
    QCOMPARE(sandbox.url().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(sandbox.url().port() > 0);
    const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    QVERIFY(hex32.match(sandbox.projectId()).hasMatch());
    QVERIFY(hex32.match(sandbox.instanceId()).hasMatch());
    QVERIFY(hex32.match(sandbox.workspace()).hasMatch());
    QVERIFY(!sandbox.accessKey().isEmpty());
    QVERIFY(!sandbox.secretKey().isEmpty());
    QCOMPARE(sandbox.value(QStringLiteral("user")), QStringLiteral("sandbox_admin"));
    QVERIFY(!sandbox.value(QStringLiteral("password")).isEmpty());
    QVERIFY(!sandbox.value(QStringLiteral("account")).isEmpty());

    // --ak/--sk replace the default pair.
    SandboxProcess custom({QStringLiteral("--ak"), QStringLiteral("MYAK"), QStringLiteral("--sk"),
                           QStringLiteral("MYSK")});
    QVERIFY2(custom.start(), qPrintable(custom.errorString()));
    QCOMPARE(custom.accessKey(), QStringLiteral("MYAK"));
    QCOMPARE(custom.secretKey(), QByteArray("MYSK"));
    SandboxClient client(custom);
    QCOMPARE(client.get(client.arch(QStringLiteral("approvals/users"))).status, 200);
}

void TestSandboxStartup::helpExitsZero()
{
    std::unique_ptr<QProcess> p(run({QStringLiteral("--help")}));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), 0);
    const QByteArray out = p->readAllStandardOutput();
    QVERIFY(out.contains("--tables"));
    QVERIFY(out.contains("--fail-after-rate"));
}

void TestSandboxStartup::badFlagsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("rate above 1") << QStringList{QStringLiteral("--fail-rate"),
                                                 QStringLiteral("1.5")}
                                  << QStringLiteral("--fail-rate");
    QTest::newRow("latency order")
        << QStringList{QStringLiteral("--latency-ms"), QStringLiteral("50:10")}
        << QStringLiteral("--latency-ms");
    QTest::newRow("rate limit") << QStringList{QStringLiteral("--rate-limit"),
                                               QStringLiteral("ten")}
                                << QStringLiteral("--rate-limit");
    QTest::newRow("user role") << QStringList{QStringLiteral("--user"),
                                              QStringLiteral("a:b:c:boss")}
                               << QStringLiteral("--user");
    QTest::newRow("tls half") << QStringList{QStringLiteral("--tls-cert"),
                                             QStringLiteral("/nonexistent.pem")}
                              << QStringLiteral("--tls-key");
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("--no-such-flag")}
                                  << QStringLiteral("no-such-flag");
    QTest::newRow("negative tables")
        << QStringList{QStringLiteral("--tables"), QStringLiteral("-1")}
        << QStringLiteral("--tables");
    QTest::newRow("error shape") << QStringList{QStringLiteral("--error-shape"),
                                                QStringLiteral("xml")}
                                 << QStringLiteral("--error-shape");
}

void TestSandboxStartup::badFlagsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    std::unique_ptr<QProcess> p(run(args));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), 2);
    QVERIFY(p->readAllStandardOutput().isEmpty()); // no URL printed
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(err.contains(mentions), qPrintable(err));
}

void TestSandboxStartup::listensOnLoopbackOnly()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QHostAddress external;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol)
            external = a;
    }
    if (external.isNull())
        QSKIP("this machine has no non-loopback IPv4 address to try");
    QTcpSocket socket;
    socket.connectToHost(external, quint16(sandbox.url().port()));
    QVERIFY(!socket.waitForConnected(3000));
    // ...while loopback answers.
    QTcpSocket local;
    local.connectToHost(QHostAddress::LocalHost, quint16(sandbox.url().port()));
    QVERIFY(local.waitForConnected(3000));
}

void TestSandboxStartup::sameSeedSameData()
{
    const QStringList args = {QStringLiteral("--seed"),   QStringLiteral("7"),
                              QStringLiteral("--tables"), QStringLiteral("300"),
                              QStringLiteral("--apis"),   QStringLiteral("30")};
    SandboxProcess a(args);
    SandboxProcess b(args);
    SandboxProcess c({QStringLiteral("--seed"), QStringLiteral("8"), QStringLiteral("--tables"),
                      QStringLiteral("300"), QStringLiteral("--apis"), QStringLiteral("30")});
    QVERIFY(a.start());
    QVERIFY(b.start());
    QVERIFY(c.start());
    QCOMPARE(a.projectId(), b.projectId());
    QCOMPARE(a.workspace(), b.workspace());
    QVERIFY(a.projectId() != c.projectId());

    const auto page = [](SandboxProcess &s) {
        SandboxClient client(s);
        const HttpResult tables =
            client.get(client.arch(QStringLiteral("all-tables")),
                       {{QStringLiteral("biz_type_list"), QStringLiteral("TABLE_MODEL")},
                        {QStringLiteral("limit"), QStringLiteral("100")}});
        const HttpResult apis = client.get(client.ds(QStringLiteral("apis")),
                                           {{QStringLiteral("limit"), QStringLiteral("100")}});
        QJsonArray names;
        for (const QJsonValue &r :
             tables.value().toObject().value(QStringLiteral("records")).toArray())
            names.append(
                QString(r.toObject().value(QStringLiteral("id")).toString() + QLatin1Char('|') +
                        r.toObject().value(QStringLiteral("name")).toString() + QLatin1Char('|') +
                        r.toObject().value(QStringLiteral("status")).toString()));
        for (const QJsonValue &r : apis.json().value(QStringLiteral("records")).toArray())
            names.append(QString(r.toObject().value(QStringLiteral("id")).toString() +
                                 QLatin1Char('|') +
                                 r.toObject().value(QStringLiteral("name")).toString()));
        return names;
    };
    const QJsonArray pa = page(a);
    QVERIFY(pa.size() > 50);
    QCOMPARE(pa, page(b));
    QVERIFY(pa != page(c));
}

void TestSandboxStartup::largeDataSetStartsAndServes()
{
    SandboxProcess sandbox({QStringLiteral("--tables"), QStringLiteral("100000"),
                            QStringLiteral("--apis"), QStringLiteral("2000"),
                            QStringLiteral("--clusters"), QStringLiteral("3")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxClient client(sandbox);
    QueryItems all;
    for (const char *t : {"TABLE_MODEL_LOGIC", "TABLE_MODEL", "DIMENSION_LOGIC_TABLE",
                          "FACT_LOGIC_TABLE", "AGGREGATION_LOGIC_TABLE"})
        all.append({QStringLiteral("biz_type_list"), QString::fromLatin1(t)});
    all.append({QStringLiteral("limit"), QStringLiteral("100")});
    all.append({QStringLiteral("offset"), QStringLiteral("99900")});
    const HttpResult tables = client.get(client.arch(QStringLiteral("all-tables")), all);
    QCOMPARE(tables.status, 200);
    QCOMPARE(tables.value().toObject().value(QStringLiteral("total")).toInt(), 100000);
    QCOMPARE(tables.value().toObject().value(QStringLiteral("records")).toArray().size(), 100);

    const HttpResult apis = client.get(client.ds(QStringLiteral("apis")));
    QCOMPARE(apis.json().value(QStringLiteral("total")).toInt(), 2000);
    const HttpResult clusters = client.get(client.ds(QStringLiteral("instances")));
    QCOMPARE(clusters.json().value(QStringLiteral("total")).toInt(), 3);
}

void TestSandboxStartup::stopsCleanly_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestSandboxStartup::stopsCleanly()
{
    QFETCH(int, signal);
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    SandboxClient client(sandbox);
    QCOMPARE(client.get(client.arch(QStringLiteral("approvals/users"))).status, 200);
    QProcess &p = sandbox.process();
    QCOMPARE(::kill(pid_t(p.processId()), signal), 0);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxStartup)
#include "tst_sandbox_startup.moc"
