// One key check before fan-out (issue 18): a run that would send writes in parallel first
// sends one cheap signed read. With a wrong SK and --concurrency 8 the sandbox sees exactly
// one request, with a bad signature, and no write; with a skewed clock as well, the
// "signature expired" answer is re-signed once and the bad signature then stops the run:
// two requests, no write. The key is not locked (five bad signatures would lock it).
#include "CliRunner.h"
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

int statCount(const QJsonObject &stats, const QString &group, const QString &key)
{
    const QJsonObject requests = stats.value(QStringLiteral("requests")).toObject();
    if (group.isEmpty())
        return requests.value(key).toInt();
    return requests.value(group).toObject().value(key).toInt();
}

} // namespace

class TestCliFanout : public QObject
{
    Q_OBJECT
private slots:
    void wrongKeyIsCheckedOnce_data();
    void wrongKeyIsCheckedOnce();
};

void TestCliFanout::wrongKeyIsCheckedOnce_data()
{
    QTest::addColumn<int>("clockOffsetS");
    QTest::addColumn<int>("expectedRequests");
    QTest::newRow("clock right") << 0 << 1;
    // Expired, re-signed once with the server's clock, then the bad signature.
    QTest::newRow("clock an hour behind the server") << 3600 << 2;
}

void TestCliFanout::wrongKeyIsCheckedOnce()
{
    QFETCH(int, clockOffsetS);
    QFETCH(int, expectedRequests);
    SandboxProcess sandbox({QStringLiteral("--apis"), QStringLiteral("60"),
                            QStringLiteral("--clusters"), QStringLiteral("8"),
                            QStringLiteral("--rate-limit"), QStringLiteral("off"),
                            QStringLiteral("--clock-offset-s"), QString::number(clockOffsetS)});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxClient client(sandbox);
    QTemporaryDir dir;
    // 80 API x cluster pairs on eight clusters: eight requests could leave at once.
    const QJsonArray found = client.findPairs(QStringLiteral("status=PUBLISHED&manager=%1&limit=80")
                                                  .arg(sandbox.value(QStringLiteral("user"))));
    QCOMPARE(found.size(), 80);
    QByteArray lines = "api_id,instance_id\n";
    for (const QJsonValue &v : found) {
        const QJsonObject p = v.toObject();
        lines += (p.value(QStringLiteral("api_id")).toString() + QLatin1Char(',') +
                  p.value(QStringLiteral("instance_id")).toString() + QLatin1Char('\n'))
                     .toUtf8();
    }
    const QString input = dir.filePath(QStringLiteral("pairs.csv"));
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(lines), lines.size());
    }
    const int before = statCount(client.stats(), QString(), QStringLiteral("total"));

    CliRunner cli;
    cli.accessKey = sandbox.accessKey();
    cli.secretKey = "a-wrong-secret-key-of-the-right-length-0001";
    cli.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    cli.home = dir.filePath(QStringLiteral("home"));
    cli.connection = {QStringLiteral("--endpoint"),   sandbox.url().toString(),
                      QStringLiteral("--project-id"), sandbox.projectId(),
                      QStringLiteral("--workspace"),  sandbox.workspace()};
    const CliResult r = cli.run({QStringLiteral("api-action")},
                                {QStringLiteral("--action"), QStringLiteral("STOP"),
                                 QStringLiteral("--notice-hours"), QStringLiteral("0"),
                                 QStringLiteral("--concurrency"), QStringLiteral("8"),
                                 QStringLiteral("--input"), input});
    QVERIFY2(r.exitCode == 3, qPrintable(r.text()));
    // The server's own words reach the user.
    QVERIFY2(r.err.contains("APIGW.0301") || r.err.contains("verify aksk signature fail"),
             qPrintable(r.text()));
    QVERIFY(!r.err.contains(cli.secretKey));

    const QJsonObject stats = client.stats();
    QCOMPARE(statCount(stats, QString(), QStringLiteral("total")) - before, expectedRequests);
    QCOMPARE(statCount(stats, QStringLiteral("by_status"), QStringLiteral("401")),
             expectedRequests);
    QCOMPARE(statCount(stats, QStringLiteral("by_kind"), QStringLiteral("dataservice.action")), 0);
    QVERIFY(stats.value(QStringLiteral("pairs")).toObject().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliFanout)
#include "tst_cli_fanout.moc"
