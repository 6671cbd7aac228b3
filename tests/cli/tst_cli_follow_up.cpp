// The follow-up of deferred effects through the real CLI and sandbox (issue 23):
// - a STOP with the usual notice on pairs with authorized apps ends SCHEDULED at T;
//   `history --waiting` lists it; `refresh --run N` before T says it still waits (exit 7),
//   with T, the time left and the apps that have not acknowledged; a read refused (403) or
//   failing (503) leaves the items as they were, with the reason (exit 3 / 7);
//   once the sandbox clock passes T, `refresh` exits 0, the items are SUCCESS and the time
//   the journal records for each (took_effect_at, JSON and CSV) is the sandbox's own
//   transition time; `history --waiting` no longer lists them;
// - a batch offline without fast approval waits for the approval; a reviewer approves one
//   entity and rejects the other in the sandbox; `refresh` records one as taken effect at
//   the approval's time and the other as refused, and exits 0.
#include "CliRunner.h"
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliFollowUp : public QObject
{
    Q_OBJECT
private slots:
    void scheduledStopIsFollowedToItsEffect();
    void offlineWaitsForTheReviewer();

private:
    static CliRunner cliFor(const SandboxProcess &sandbox, const QTemporaryDir &dir);
    static QJsonArray rows(const CliResult &r) { return r.json().array(); }
    static QJsonObject rowOf(const QJsonArray &rows, const QString &key);
};

CliRunner TestCliFollowUp::cliFor(const SandboxProcess &sandbox, const QTemporaryDir &dir)
{
    CliRunner cli;
    cli.accessKey = sandbox.accessKey();
    cli.secretKey = sandbox.secretKey();
    cli.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    cli.home = dir.filePath(QStringLiteral("home"));
    cli.connection = {QStringLiteral("--endpoint"),   sandbox.url().toString(),
                      QStringLiteral("--project-id"), sandbox.projectId(),
                      QStringLiteral("--workspace"),  sandbox.workspace(),
                      QStringLiteral("--rate-limit"), QStringLiteral("off")};
    return cli;
}

QJsonObject TestCliFollowUp::rowOf(const QJsonArray &rows, const QString &key)
{
    for (const QJsonValue &v : rows) {
        if (v.toObject().value(QStringLiteral("key")).toString() == key)
            return v.toObject();
    }
    return {};
}

void TestCliFollowUp::scheduledStopIsFollowedToItsEffect()
{
    SandboxProcess sandbox({QStringLiteral("--apis"), QStringLiteral("40"),
                            QStringLiteral("--clusters"), QStringLiteral("2"),
                            QStringLiteral("--rate-limit"), QStringLiteral("off")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxClient client(sandbox);
    const QJsonArray found =
        client.findPairs(QStringLiteral("status=PUBLISHED&apps=yes&manager=%1&limit=2")
                             .arg(sandbox.value(QStringLiteral("user"))));
    QCOMPARE(found.size(), 2);
    QStringList keys;
    for (const QJsonValue &v : found)
        keys.append(v.toObject().value(QStringLiteral("api_id")).toString() + QLatin1Char('@') +
                    v.toObject().value(QStringLiteral("instance_id")).toString());
    const auto pairOf = [&client](const QString &key) {
        return client.pair(key.section(QLatin1Char('@'), 0, 0), key.section(QLatin1Char('@'), 1));
    };

    QTemporaryDir dir;
    const CliRunner cli = cliFor(sandbox, dir);
    QStringList args{QStringLiteral("--action"), QStringLiteral("STOP"), QStringLiteral("--format"),
                     QStringLiteral("json")};
    for (const QString &key : keys)
        args << QStringLiteral("--target") << key;
    const CliResult stop = cli.run({QStringLiteral("api-action")}, args);
    QVERIFY2(stop.exitCode == 0, qPrintable(stop.text()));
    const QString runId =
        QString::number(stop.json().object().value(QStringLiteral("run_id")).toInteger());
    const QJsonArray stopItems = stop.json().object().value(QStringLiteral("items")).toArray();
    QCOMPARE(stopItems.size(), 2);
    const QString due = stopItems.at(0).toObject().value(QStringLiteral("effective_at")).toString();
    const QDateTime dueAt = QDateTime::fromString(due, Qt::ISODateWithMs);
    QVERIFY2(dueAt.isValid(), qPrintable(stop.text()));
    for (const QJsonValue &v : stopItems)
        QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("SCHEDULED"));
    for (const QString &key : keys)
        QCOMPARE(pairOf(key).value(QStringLiteral("status")).toString(),
                 QStringLiteral("API_STATUS_WAITING_STOP"));

    // Listed as waiting, with T and a countdown.
    const CliResult waiting = cli.run({QStringLiteral("history")},
                                      {QStringLiteral("--waiting"), QStringLiteral("--format"),
                                       QStringLiteral("json")},
                                      false);
    QVERIFY2(waiting.exitCode == 0, qPrintable(waiting.text()));
    QCOMPARE(rows(waiting).size(), 2);
    for (const QString &key : keys) {
        const QJsonObject row = rowOf(rows(waiting), key);
        QCOMPARE(row.value(QStringLiteral("run_id")).toString(), runId);
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("SCHEDULED"));
        QCOMPARE(row.value(QStringLiteral("action")).toString(), QStringLiteral("STOP"));
        QCOMPARE(row.value(QStringLiteral("takes_effect_at")).toString(), due);
        QVERIFY2(row.value(QStringLiteral("time_left")).toString().contains(QStringLiteral(" d ")),
                 qPrintable(waiting.text()));
    }

    // Before T: still waiting (exit 7), with the apps that have not acknowledged.
    const QStringList refresh{QStringLiteral("--run"), runId, QStringLiteral("--format"),
                              QStringLiteral("json")};
    const CliResult early = cli.run({QStringLiteral("refresh")}, refresh, false);
    QVERIFY2(early.exitCode == 7, qPrintable(early.text()));
    for (const QString &key : keys) {
        const QJsonObject row = rowOf(rows(early), key);
        QCOMPARE(row.value(QStringLiteral("outcome")).toString(), QStringLiteral("WAITING"));
        QCOMPARE(row.value(QStringLiteral("at")).toString(), due);
        const QString apps = row.value(QStringLiteral("apps_to_acknowledge")).toString();
        const QJsonArray sandboxApps = pairOf(key).value(QStringLiteral("apps")).toArray();
        QVERIFY(!sandboxApps.isEmpty());
        for (const QJsonValue &app : sandboxApps)
            QVERIFY2(apps.contains(app.toObject().value(QStringLiteral("id")).toString()),
                     qPrintable(early.text()));
    }

    // A refused read (403): nothing decided, the reason given, exit 3.
    client.queueFault(QStringLiteral("forbidden"), QStringLiteral("publish-info|service/apis"), 20);
    const CliResult forbidden = cli.run({QStringLiteral("refresh")}, refresh, false);
    client.control("DELETE", QStringLiteral("/__sandbox/faults"));
    QVERIFY2(forbidden.exitCode == 3, qPrintable(forbidden.text()));
    for (const QString &key : keys) {
        const QJsonObject row = rowOf(rows(forbidden), key);
        QCOMPARE(row.value(QStringLiteral("outcome")).toString(), QStringLiteral("WAITING"));
        QVERIFY2(row.value(QStringLiteral("reason")).toString().contains(QStringLiteral("permission")),
                 qPrintable(forbidden.text()));
    }
    // A failing read (503, retried until the client gives up): exit 7, the reason given.
    client.queueFault(QStringLiteral("fail"), QStringLiteral("publish-info|service/apis"), 40);
    const CliResult failing = cli.run({QStringLiteral("refresh")}, refresh, false);
    client.control("DELETE", QStringLiteral("/__sandbox/faults"));
    QVERIFY2(failing.exitCode == 7, qPrintable(failing.text()));
    for (const QString &key : keys) {
        const QJsonObject row = rowOf(rows(failing), key);
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("SCHEDULED"));
        QVERIFY2(!row.value(QStringLiteral("reason")).toString().isEmpty(),
                 qPrintable(failing.text()));
    }

    // The sandbox clock passes T: the items took effect at T, as the sandbox says.
    client.advance(client.now().secsTo(dueAt) + 3600);
    for (const QString &key : keys)
        QCOMPARE(pairOf(key).value(QStringLiteral("status")).toString(),
                 QStringLiteral("API_STATUS_STOPPED"));
    const CliResult late = cli.run({QStringLiteral("refresh")}, refresh, false);
    QVERIFY2(late.exitCode == 0, qPrintable(late.text()));
    const CliResult record =
        cli.run({QStringLiteral("history")},
                {QStringLiteral("--run"), runId, QStringLiteral("--format"), QStringLiteral("json")},
                false);
    QVERIFY2(record.exitCode == 0, qPrintable(record.text()));
    const QJsonArray items = record.json().object().value(QStringLiteral("items")).toArray();
    for (const QString &key : keys) {
        QCOMPARE(rowOf(rows(late), key).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("TOOK_EFFECT"));
        const QJsonObject item = rowOf(items, key);
        QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("SUCCESS"));
        const QJsonArray times = pairOf(key).value(QStringLiteral("history_times")).toArray();
        QCOMPARE(times.size(), 2); // PUBLISHED -> WAITING_STOP -> STOPPED
        QCOMPARE(item.value(QStringLiteral("took_effect_at")).toString(), times.last().toString());
        QCOMPARE(item.value(QStringLiteral("took_effect_at")).toString(), due);
    }
    // The CSV export says it too.
    const CliResult csv =
        cli.run({QStringLiteral("history")},
                {QStringLiteral("--run"), runId, QStringLiteral("--format"), QStringLiteral("csv")},
                false);
    const QList<QByteArray> header = csv.out.split('\n').at(0).trimmed().split(',');
    const qsizetype tookColumn = header.indexOf("took_effect_at");
    QVERIFY2(tookColumn > 0, qPrintable(csv.text()));
    QCOMPARE(csv.out.split('\n').at(1).trimmed().split(',').value(tookColumn), due.toUtf8());

    // No longer waiting.
    const CliResult after = cli.run({QStringLiteral("history")},
                                    {QStringLiteral("--waiting"), QStringLiteral("--format"),
                                     QStringLiteral("json")},
                                    false);
    QVERIFY2(after.exitCode == 0 && rows(after).isEmpty(), qPrintable(after.text()));
    // Refreshing a run with nothing left to follow: exit 0.
    QCOMPARE(cli.run({QStringLiteral("refresh")}, refresh, false).exitCode, 0);
}

void TestCliFollowUp::offlineWaitsForTheReviewer()
{
    SandboxProcess sandbox({QStringLiteral("--tables"), QStringLiteral("300"),
                            QStringLiteral("--apis"), QStringLiteral("10"),
                            QStringLiteral("--rate-limit"), QStringLiteral("off"),
                            QStringLiteral("--user"),
                            QStringLiteral("wang_fang:WFAK:WFSK:approver")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxClient client(sandbox);
    QStringList ids;
    for (const QJsonValue &v : client.findEntities(
             QStringLiteral("biz_type=TABLE_MODEL&status=PUBLISHED&limit=2&skip=20")))
        ids.append(v.isString() ? v.toString() : v.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(ids.size(), 2);

    QTemporaryDir dir;
    const CliRunner cli = cliFor(sandbox, dir);
    // Without --fast: the entities wait for the approver.
    QStringList args{QStringLiteral("--approver-id"), sandbox.value(QStringLiteral("user_id")),
                     QStringLiteral("--approver-name"), sandbox.value(QStringLiteral("user")),
                     QStringLiteral("--format"), QStringLiteral("json")};
    for (const QString &id : ids)
        args << QStringLiteral("--entity") << QStringLiteral("TABLE_MODEL:") + id;
    const CliResult offline = cli.run({QStringLiteral("offline")}, args);
    QVERIFY2(offline.exitCode == 0, qPrintable(offline.text()));
    const QString runId =
        QString::number(offline.json().object().value(QStringLiteral("run_id")).toInteger());

    const CliResult waiting = cli.run({QStringLiteral("history")},
                                      {QStringLiteral("--waiting"), QStringLiteral("--format"),
                                       QStringLiteral("json")},
                                      false);
    QVERIFY2(waiting.exitCode == 0 && rows(waiting).size() == 2, qPrintable(waiting.text()));
    for (const QString &id : ids)
        QCOMPARE(rowOf(rows(waiting), QStringLiteral("TABLE_MODEL:") + id)
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("PENDING_APPROVAL"));
    const QStringList refresh{QStringLiteral("--run"), runId, QStringLiteral("--format"),
                              QStringLiteral("json")};
    const CliResult early = cli.run({QStringLiteral("refresh")}, refresh, false);
    QVERIFY2(early.exitCode == 7, qPrintable(early.text()));
    QCOMPARE(rows(early).size(), 2);
    for (const QJsonValue &row : rows(early))
        QCOMPARE(row.toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("WAITING"));

    // A reviewer approves the first and rejects the second.
    SandboxClient reviewer(sandbox);
    reviewer.setCredentials(QStringLiteral("WFAK"), "WFSK");
    const auto decide = [&reviewer](const QString &bizId, const QString &action) {
        return reviewer.decidePendingApproval(bizId, action,
                                              action == QLatin1String("reject")
                                                  ? QStringLiteral("请先迁移下游")
                                                  : QStringLiteral("同意"));
    };
    QCOMPARE(decide(ids.at(0), QStringLiteral("resolve")), 200);
    QCOMPARE(decide(ids.at(1), QStringLiteral("reject")), 200);

    const CliResult late = cli.run({QStringLiteral("refresh")}, refresh, false);
    QVERIFY2(late.exitCode == 0, qPrintable(late.text()));
    const QJsonObject approved = rowOf(rows(late), QStringLiteral("TABLE_MODEL:") + ids.at(0));
    const QJsonObject rejected = rowOf(rows(late), QStringLiteral("TABLE_MODEL:") + ids.at(1));
    QCOMPARE(approved.value(QStringLiteral("outcome")).toString(), QStringLiteral("TOOK_EFFECT"));
    QCOMPARE(rejected.value(QStringLiteral("outcome")).toString(), QStringLiteral("REFUSED"));
    QVERIFY2(rejected.value(QStringLiteral("reason")).toString().contains(QStringLiteral("请先迁移下游")),
             qPrintable(late.text()));

    // Took effect when the reviewer approved it (the approval's time is to the second).
    const QJsonObject entity = client.entity(ids.at(0));
    QCOMPARE(entity.value(QStringLiteral("status")).toString(), QStringLiteral("OFFLINE"));
    const qint64 sandboxMs =
        qint64(entity.value(QStringLiteral("history_times_ms")).toArray().last().toDouble());
    const CliResult record =
        cli.run({QStringLiteral("history")},
                {QStringLiteral("--run"), runId, QStringLiteral("--format"), QStringLiteral("json")},
                false);
    const QJsonArray items = record.json().object().value(QStringLiteral("items")).toArray();
    const QDateTime took = QDateTime::fromString(
        rowOf(items, QStringLiteral("TABLE_MODEL:") + ids.at(0))
            .value(QStringLiteral("took_effect_at"))
            .toString(),
        Qt::ISODateWithMs);
    QVERIFY2(took.isValid(), qPrintable(record.text()));
    QCOMPARE(took.toMSecsSinceEpoch() / 1000, sandboxMs / 1000);
    QCOMPARE(rowOf(items, QStringLiteral("TABLE_MODEL:") + ids.at(1))
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("FAILED"));

    const CliResult after = cli.run({QStringLiteral("history")},
                                    {QStringLiteral("--waiting"), QStringLiteral("--format"),
                                     QStringLiteral("json")},
                                    false);
    QVERIFY2(after.exitCode == 0 && rows(after).isEmpty(), qPrintable(after.text()));
}

QTEST_GUILESS_MAIN(TestCliFollowUp)
#include "tst_cli_follow_up.moc"
