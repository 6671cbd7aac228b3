// Crash (issue 8): `api-action` on 1,000 pairs against a sandbox with latency is killed with
// SIGKILL midway; `resume --run ID` in a new process (connecting as the run did, from the
// journal's connection facts and the environment's keys) completes it. The sandbox's
// transition counts prove nothing was applied twice and nothing is missing.
#include "CliRunner.h"
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kPairs = 1000;
}

class TestCliCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedMidwayThenResumed()
    {
        SandboxProcess sandbox({QStringLiteral("--tables"), QStringLiteral("60"),
                                QStringLiteral("--apis"), QStringLiteral("600"),
                                QStringLiteral("--clusters"), QStringLiteral("4"),
                                QStringLiteral("--latency-ms"), QStringLiteral("5:15"),
                                QStringLiteral("--rate-limit"), QStringLiteral("off")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxClient client(sandbox);
        const QString user = sandbox.value(QStringLiteral("user"));
        QByteArray lines = "api_id,instance_id\n";
        const QJsonArray pairs = client.findPairs(
            QStringLiteral("status=PUBLISHED&manager=%1&limit=%2").arg(user).arg(kPairs));
        QCOMPARE(pairs.size(), kPairs);
        QStringList keys;
        for (const QJsonValue &v : pairs) {
            const QJsonObject p = v.toObject();
            const QString api = p.value(QStringLiteral("api_id")).toString();
            const QString instance = p.value(QStringLiteral("instance_id")).toString();
            lines += (api + QLatin1Char(',') + instance + QLatin1Char('\n')).toUtf8();
            keys.append(api + QLatin1Char('/') + instance);
        }
        QTemporaryDir dir;
        CliRunner cli;
        cli.accessKey = sandbox.accessKey();
        cli.secretKey = sandbox.secretKey();
        cli.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
        cli.home = dir.filePath(QStringLiteral("home"));

        // The first run, killed once a third of the pairs has been acted on.
        QProcess first;
        first.setProcessEnvironment(cli.environment());
        first.start(
            QStringLiteral(DESK_CLI_PATH),
            {QStringLiteral("api-action"), QStringLiteral("--endpoint"), sandbox.url().toString(),
             QStringLiteral("--project-id"), sandbox.projectId(), QStringLiteral("--workspace"),
             sandbox.workspace(), QStringLiteral("--rate-limit"), QStringLiteral("off"),
             QStringLiteral("--action"), QStringLiteral("STOP"), QStringLiteral("--notice-hours"),
             QStringLiteral("0"), QStringLiteral("--concurrency"), QStringLiteral("4"),
             QStringLiteral("--input"), QStringLiteral("-")});
        QVERIFY(first.waitForStarted());
        first.write(lines);
        first.closeWriteChannel();
        auto acted = [&client] {
            return client.stats()
                .value(QStringLiteral("requests"))
                .toObject()
                .value(QStringLiteral("by_kind"))
                .toObject()
                .value(QStringLiteral("dataservice.action"))
                .toInt();
        };
        QElapsedTimer waited;
        waited.start();
        while (acted() < kPairs / 3) {
            QVERIFY2(first.state() == QProcess::Running,
                     qPrintable(QString::fromUtf8(first.readAllStandardError())));
            QVERIFY2(waited.elapsed() < 120000, "the first run does not progress");
            QTest::qWait(20);
        }
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        const int actedAtKill = acted();
        QVERIFY2(actedAtKill < kPairs, "killed too late to prove anything");

        // history finds the unfinished run.
        const CliResult history =
            cli.run({QStringLiteral("history")},
                    {QStringLiteral("--format"), QStringLiteral("json")}, false);
        QVERIFY2(history.exitCode == 0, qPrintable(history.text()));
        const QJsonArray runs = history.json().array();
        QCOMPARE(runs.size(), 1);
        const QJsonObject run = runs.at(0).toObject();
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("RUNNING"));
        QVERIFY(run.value(QStringLiteral("not_done")).toString().toInt() +
                    run.value(QStringLiteral("unknown")).toString().toInt() >
                0);
        const QString runId = run.value(QStringLiteral("run_id")).toString();

        // resume, with no connection option: the run's recorded endpoint, the env's keys.
        const CliResult resumed =
            cli.run({QStringLiteral("resume")},
                    {QStringLiteral("--run"), runId, QStringLiteral("--rate-limit"),
                     QStringLiteral("off"), QStringLiteral("--format"), QStringLiteral("json"),
                     // The sandbox applies a write within its 15 ms latency: a grace period
                     // of two seconds is ample for the requests the kill left in flight.
                     QStringLiteral("--unknown-grace"), QStringLiteral("2")},
                    false, {}, 240000);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.text()));
        const QJsonObject doc = resumed.json().object();
        QCOMPARE(doc.value(QStringLiteral("status")).toString(), QStringLiteral("FINISHED"));
        const QJsonArray items = doc.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), kPairs);
        for (const QJsonValue &item : items)
            QCOMPARE(item.toObject().value(QStringLiteral("state")).toString(),
                     QStringLiteral("SUCCESS"));
        QCOMPARE(
            doc.value(QStringLiteral("totals")).toObject().value(QStringLiteral("success")).toInt(),
            kPairs);

        // Exactly once: every pair changed state once, and nothing else changed.
        const QJsonObject changed = client.stats().value(QStringLiteral("pairs")).toObject();
        QCOMPARE(changed.size(), kPairs);
        for (const QString &key : std::as_const(keys)) {
            const QJsonObject pair = changed.value(key).toObject();
            QVERIFY2(pair.value(QStringLiteral("transitions")).toInt() == 1, qPrintable(key));
        }
        // And history now shows it finished.
        const CliResult after = cli.run(
            {QStringLiteral("history")},
            {QStringLiteral("--run"), runId, QStringLiteral("--format"), QStringLiteral("csv")},
            false);
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.out.count("SUCCESS"), kPairs);
    }
};

QTEST_GUILESS_MAIN(TestCliCrash)
#include "tst_cli_crash.moc"
