// SIGINT and SIGTERM during a run (issue 18): an `offline` run of 300 entities against a
// sandbox with latency is sent SIGTERM once some entities are offline. It sends nothing
// new, lets the request in flight finish and be recorded, says "resume --run N" and exits
// with 6, the run left resumable. `resume --run N` is then stopped by SIGINT the same way,
// and a second `resume` completes it: every entity ends OFFLINE, processed exactly once.
#include "CliRunner.h"
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

constexpr int kEntities = 300;
constexpr int kStoppedExit = 6;

QString idOf(const QJsonValue &v)
{
    return v.isString() ? v.toString() : v.toObject().value(QStringLiteral("id")).toString();
}

} // namespace

class TestCliSignals : public QObject
{
    Q_OBJECT
private slots:
    void stoppedBySignalThenResumed();
    void apiActionStoppedThenResumed();

private:
    // Starts the CLI, waits until the sandbox processed `atLeast` more entities, sends
    // `signal`, and returns the finished process's result.
    CliResult signalled(const CliRunner &cli, const QStringList &arguments, int atLeast,
                        int signal);
    int processedCount();

    std::unique_ptr<SandboxClient> m_client;
};

int TestCliSignals::processedCount()
{
    return int(m_client->stats().value(QStringLiteral("processed")).toObject().size());
}

CliResult TestCliSignals::signalled(const CliRunner &cli, const QStringList &arguments, int atLeast,
                                    int signal)
{
    CliResult result;
    const int before = processedCount();
    QProcess process;
    process.setProcessEnvironment(cli.environment());
    process.start(QStringLiteral(DESK_CLI_PATH), arguments);
    if (!process.waitForStarted(10000))
        return result;
    process.closeWriteChannel();
    QElapsedTimer waited;
    waited.start();
    while (processedCount() < before + atLeast && process.state() == QProcess::Running &&
           waited.elapsed() < 60000)
        QTest::qWait(10);
    if (process.state() == QProcess::Running)
        ::kill(pid_t(process.processId()), signal);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        result.crashed = true;
    }
    result.crashed = result.crashed || process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestCliSignals::stoppedBySignalThenResumed()
{
    SandboxProcess sandbox({QStringLiteral("--tables"), QStringLiteral("1800"),
                            QStringLiteral("--latency-ms"), QStringLiteral("15:30"),
                            QStringLiteral("--rate-limit"), QStringLiteral("off")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    m_client = std::make_unique<SandboxClient>(sandbox);
    QStringList ids;
    for (const QJsonValue &v : m_client->findEntities(
             QStringLiteral("biz_type=TABLE_MODEL&status=PUBLISHED&limit=%1").arg(kEntities)))
        ids.append(idOf(v));
    QCOMPARE(ids.size(), kEntities);
    QByteArray lines = "biz_type,biz_id\n";
    for (const QString &id : std::as_const(ids))
        lines += "TABLE_MODEL," + id.toUtf8() + '\n';

    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("entities.csv"));
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(lines), lines.size());
    }
    CliRunner cli;
    cli.accessKey = sandbox.accessKey();
    cli.secretKey = sandbox.secretKey();
    cli.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    cli.home = dir.filePath(QStringLiteral("home"));

    // SIGTERM during `offline`, one entity per request.
    const CliResult first = signalled(cli,
                                      {QStringLiteral("offline"),
                                       QStringLiteral("--endpoint"),
                                       sandbox.url().toString(),
                                       QStringLiteral("--project-id"),
                                       sandbox.projectId(),
                                       QStringLiteral("--workspace"),
                                       sandbox.workspace(),
                                       QStringLiteral("--rate-limit"),
                                       QStringLiteral("off"),
                                       QStringLiteral("--approver-id"),
                                       sandbox.value(QStringLiteral("user_id")),
                                       QStringLiteral("--approver-name"),
                                       sandbox.value(QStringLiteral("user")),
                                       QStringLiteral("--fast"),
                                       QStringLiteral("--chunk-size"),
                                       QStringLiteral("1"),
                                       QStringLiteral("--format"),
                                       QStringLiteral("json"),
                                       QStringLiteral("--input"),
                                       input},
                                      20, SIGTERM);
    QVERIFY2(!first.crashed, qPrintable(first.text()));
    QVERIFY2(first.exitCode == kStoppedExit, qPrintable(first.text()));
    const QRegularExpressionMatch hint = QRegularExpression(QStringLiteral("resume --run (\\d+)"))
                                             .match(QString::fromUtf8(first.err));
    QVERIFY2(hint.hasMatch(), qPrintable(first.text()));
    const QString runId = hint.captured(1);
    QVERIFY2(first.err.contains("SIGTERM"), qPrintable(first.text()));
    // The report printed is the journal's: nothing left SENDING, some done, some not.
    QJsonObject totals = first.json().object().value(QStringLiteral("totals")).toObject();
    QCOMPARE(first.json().object().value(QStringLiteral("status")).toString(),
             QStringLiteral("RUNNING"));
    QCOMPARE(totals.value(QStringLiteral("sending")).toInt(), 0);
    QCOMPARE(totals.value(QStringLiteral("unknown")).toInt(), 0);
    const int doneFirst = totals.value(QStringLiteral("success")).toInt();
    QVERIFY2(doneFirst >= 20 && doneFirst < kEntities, qPrintable(first.text()));
    QCOMPARE(totals.value(QStringLiteral("queued")).toInt(), kEntities - doneFirst);
    // What the sandbox processed is exactly what the journal recorded: the request in
    // flight was waited for.
    QTRY_COMPARE(processedCount(), doneFirst);

    // SIGINT during the resume: stopped the same way.
    const QStringList resume{QStringLiteral("resume"),
                             QStringLiteral("--run"),
                             runId,
                             QStringLiteral("--rate-limit"),
                             QStringLiteral("off"),
                             QStringLiteral("--format"),
                             QStringLiteral("json"),
                             QStringLiteral("--unknown-grace"),
                             QStringLiteral("2")};
    const CliResult second = signalled(cli, resume, 20, SIGINT);
    QVERIFY2(!second.crashed, qPrintable(second.text()));
    QVERIFY2(second.exitCode == kStoppedExit, qPrintable(second.text()));
    QVERIFY2(second.err.contains(QByteArray(QByteArray("resume --run ") + runId.toUtf8())),
             qPrintable(second.text()));
    totals = second.json().object().value(QStringLiteral("totals")).toObject();
    const int doneSecond = totals.value(QStringLiteral("success")).toInt();
    QVERIFY2(doneSecond >= doneFirst + 20 && doneSecond < kEntities, qPrintable(second.text()));
    QCOMPARE(totals.value(QStringLiteral("sending")).toInt(), 0);
    QTRY_COMPARE(processedCount(), doneSecond);

    // history offers it for resume.
    const CliResult history = cli.run({QStringLiteral("history")},
                                      {QStringLiteral("--format"), QStringLiteral("json")}, false);
    QVERIFY2(history.exitCode == 0, qPrintable(history.text()));
    QCOMPARE(history.json().array().at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("RUNNING"));

    // The last resume completes it.
    const CliResult last = cli.run({}, resume, false, {}, 240000);
    QVERIFY2(last.exitCode == 0, qPrintable(last.text()));
    const QJsonObject doc = last.json().object();
    QCOMPARE(doc.value(QStringLiteral("status")).toString(), QStringLiteral("FINISHED"));
    QCOMPARE(
        doc.value(QStringLiteral("totals")).toObject().value(QStringLiteral("success")).toInt(),
        kEntities);
    const QJsonObject processed = m_client->stats().value(QStringLiteral("processed")).toObject();
    for (const QString &id : std::as_const(ids)) {
        QVERIFY2(processed.value(id).toInt() == 1,
                 qPrintable(
                     id + QStringLiteral(" processed %1 times").arg(processed.value(id).toInt())));
        QCOMPARE(m_client->entity(id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("OFFLINE"));
    }
}

void TestCliSignals::apiActionStoppedThenResumed()
{
    constexpr int kPairs = 200;
    SandboxProcess sandbox({QStringLiteral("--apis"), QStringLiteral("300"),
                            QStringLiteral("--clusters"), QStringLiteral("4"),
                            QStringLiteral("--latency-ms"), QStringLiteral("15:30"),
                            QStringLiteral("--rate-limit"), QStringLiteral("off")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    m_client = std::make_unique<SandboxClient>(sandbox);
    const QJsonArray pairs =
        m_client->findPairs(QStringLiteral("status=PUBLISHED&manager=%1&limit=%2")
                                .arg(sandbox.value(QStringLiteral("user")))
                                .arg(kPairs));
    QCOMPARE(pairs.size(), kPairs);
    QByteArray lines = "api_id,instance_id\n";
    QStringList keys;
    for (const QJsonValue &v : pairs) {
        const QJsonObject p = v.toObject();
        const QString api = p.value(QStringLiteral("api_id")).toString();
        const QString instance = p.value(QStringLiteral("instance_id")).toString();
        lines += (api + QLatin1Char(',') + instance + QLatin1Char('\n')).toUtf8();
        keys.append(api + QLatin1Char('/') + instance);
    }
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("pairs.csv"));
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(lines), lines.size());
    }
    CliRunner cli;
    cli.accessKey = sandbox.accessKey();
    cli.secretKey = sandbox.secretKey();
    cli.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    cli.home = dir.filePath(QStringLiteral("home"));

    const CliResult first = signalled(
        cli,
        {QStringLiteral("api-action"), QStringLiteral("--endpoint"), sandbox.url().toString(),
         QStringLiteral("--project-id"), sandbox.projectId(), QStringLiteral("--workspace"),
         sandbox.workspace(), QStringLiteral("--rate-limit"), QStringLiteral("off"),
         QStringLiteral("--action"), QStringLiteral("STOP"), QStringLiteral("--notice-hours"),
         QStringLiteral("0"), QStringLiteral("--concurrency"), QStringLiteral("4"),
         QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--input"), input},
        20, SIGINT);
    QVERIFY2(!first.crashed, qPrintable(first.text()));
    QVERIFY2(first.exitCode == kStoppedExit, qPrintable(first.text()));
    const QRegularExpressionMatch hint = QRegularExpression(QStringLiteral("resume --run (\\d+)"))
                                             .match(QString::fromUtf8(first.err));
    QVERIFY2(hint.hasMatch(), qPrintable(first.text()));
    const QJsonObject totals = first.json().object().value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.value(QStringLiteral("sending")).toInt(), 0);
    // The accepted actions were read once before the command ended: done.
    const int done = totals.value(QStringLiteral("success")).toInt();
    QVERIFY2(done >= 20 && done < kPairs,
             qPrintable(QString::fromUtf8(first.err) +
                        QString::fromUtf8(QJsonDocument(totals).toJson())));
    QTRY_COMPARE(processedCount(), done + totals.value(QStringLiteral("unknown")).toInt());

    const CliResult last =
        cli.run({QStringLiteral("resume")},
                {QStringLiteral("--run"), hint.captured(1), QStringLiteral("--rate-limit"),
                 QStringLiteral("off"), QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--unknown-grace"), QStringLiteral("2")},
                false, {}, 240000);
    QVERIFY2(last.exitCode == 0, qPrintable(last.text()));
    QCOMPARE(last.json()
                 .object()
                 .value(QStringLiteral("totals"))
                 .toObject()
                 .value(QStringLiteral("success"))
                 .toInt(),
             kPairs);
    const QJsonObject processed = m_client->stats().value(QStringLiteral("processed")).toObject();
    const QJsonObject changed = m_client->stats().value(QStringLiteral("pairs")).toObject();
    for (const QString &key : std::as_const(keys)) {
        QVERIFY2(processed.value(key).toInt() == 1, qPrintable(key));
        QCOMPARE(changed.value(key).toObject().value(QStringLiteral("transitions")).toInt(), 1);
    }
}

QTEST_GUILESS_MAIN(TestCliSignals)
#include "tst_cli_signals.moc"
