// Undo of a run (issue 23, first part): a STOP run of four API x cluster pairs, one of them
// recovered since by another run; `undo --run N --dry-run` sends nothing and shows the three
// RECOVER requests and the skipped pair with its reason; `undo --run N` recovers the three
// and leaves the fourth alone (the sandbox processed it twice, never three times); undoing
// again finds nothing left (exit 1). The STOP run says before sending what undoes it; the
// undo and the STOP run link to each other in history and the exports. A run id that does
// not exist is refused with exit 2.
// A batch-offline run (issue 23, second part) of four tables with fast approval, one of them
// published again by someone else since, and a subject (a type whose status cannot be
// listed): `undo --run N --dry-run` prints the batch-publish request of the other three
// and the subject (sent unread, said so), the skip with its reason, and the sandbox's
// state does not change; `undo --run N` publishes the four again (tables named from the
// server's listing), each with the history PUBLISHED->OFFLINE->PUBLISHED; undoing again
// skips the tables and the server refuses the subject, already published (exit 1, no
// history changes), and the undo run itself is refused (exit 2: taking entities offline
// again is for "offline", with its impact check).
// An UNPUBLISH run (issue 23, third part) of two pairs with authorized apps: the run
// records the apps before it sends; once the unpublish has taken effect (the sandbox clock
// moved past it, `refresh`), the pairs are OFFLINE with no app. `undo --dry-run` names the
// apps each pair gets back and sends nothing; `undo` publishes both again and authorizes
// the same apps until the same ends (the sandbox's own records); undoing again skips both
// (published with their apps: undone already) with exit 1 and sends nothing.
// A slow gateway (issue 18's rule for the undo): the publish of the undo is held past the
// client's answer timeout and applied later; the pair is published once, and the apps are
// authorized after the grace period's reads, in a second request that only authorizes.
#include "CliRunner.h"
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestCliUndo : public QObject
{
    Q_OBJECT
private slots:
    void undoesAStopRunSkippingWhatChangedSince();
    void undoesABatchOfflineRunByPublishingAgain();
    void undoesAnUnpublishRunByPublishingAndAuthorizingAgain();
    void heldPublishOfAnUndoIsNotSentAgain();
};

namespace {

// The links between a run and its undo in `history` and `export`, both ways (issue 23).
void checkUndoLinks(const CliRunner &cli, qint64 undone, qint64 undo)
{
    const QString undoneId = QString::number(undone);
    const QString undoId = QString::number(undo);
    const CliResult list = cli.run({QStringLiteral("history")},
                                   {QStringLiteral("--format"), QStringLiteral("json")}, false);
    QVERIFY2(list.exitCode == 0, qPrintable(list.text()));
    int found = 0;
    for (const QJsonValue &v : list.json().array()) {
        const QJsonObject row = v.toObject();
        const QString id = row.value(QStringLiteral("run_id")).toString();
        if (id == undoId) {
            QCOMPARE(row.value(QStringLiteral("undo_of")).toString(), undoneId);
            QCOMPARE(row.value(QStringLiteral("undone_by")).toString(), QString());
            ++found;
        } else if (id == undoneId) {
            QCOMPARE(row.value(QStringLiteral("undo_of")).toString(), QString());
            QCOMPARE(row.value(QStringLiteral("undone_by")).toString(), undoId);
            ++found;
        }
    }
    QVERIFY2(found == 2, qPrintable(list.text()));
    const CliResult text = cli.run({QStringLiteral("history")},
                                   {QStringLiteral("--run"), undoneId}, false);
    QVERIFY2(text.out.contains(QByteArray("Undone by run " + undoId.toUtf8())), qPrintable(text.text()));
    const CliResult one =
        cli.run({QStringLiteral("history")},
                {QStringLiteral("--run"), undoId, QStringLiteral("--format"), QStringLiteral("json")},
                false);
    QCOMPARE(one.json().object().value(QStringLiteral("undo_of")).toInteger(), undone);

    const CliResult json =
        cli.run({QStringLiteral("export")},
                {QStringLiteral("--run"), undoneId, QStringLiteral("--format"), QStringLiteral("json")},
                false);
    QVERIFY2(json.exitCode == 0, qPrintable(json.text()));
    const QJsonObject run = json.json().object().value(QStringLiteral("run")).toObject();
    QCOMPARE(run.value(QStringLiteral("undone_by")).toArray(), QJsonArray{undo});
    QVERIFY(run.value(QStringLiteral("undo_of")).isNull());
    const CliResult csv =
        cli.run({QStringLiteral("export")},
                {QStringLiteral("--run"), undoId, QStringLiteral("--format"), QStringLiteral("csv")},
                false);
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.text()));
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QVERIFY2(lines.size() > 1 && lines.at(0).trimmed().endsWith(",undo_of,undone_by") &&
                 lines.at(1).trimmed().endsWith(QByteArray(',' + undoneId.toUtf8() + ',')),
             qPrintable(csv.text()));
}

QString statusOf(SandboxClient &client, const QString &api, const QString &instance)
{
    QString s = client.pair(api, instance).value(QStringLiteral("status")).toString();
    s.remove(QStringLiteral("API_STATUS_"));
    return s;
}

// "id until" of each app, sorted.
QStringList appIds(const QJsonArray &apps)
{
    QStringList ids;
    for (const QJsonValue &a : apps)
        ids.append(a.toObject().value(QStringLiteral("id")).toString() + QLatin1Char(' ') +
                   QString::number(a.toObject().value(QStringLiteral("until")).toInteger()));
    ids.sort();
    return ids;
}

} // namespace

void TestCliUndo::undoesAStopRunSkippingWhatChangedSince()
{
    SandboxProcess sandbox({QStringLiteral("--apis"), QStringLiteral("40"),
                            QStringLiteral("--clusters"), QStringLiteral("2"),
                            QStringLiteral("--rate-limit"), QStringLiteral("off")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxClient client(sandbox);
    const QJsonArray found =
        client.findPairs(QStringLiteral("status=PUBLISHED&apps=no&manager=%1&limit=4")
                             .arg(sandbox.value(QStringLiteral("user"))));
    QCOMPARE(found.size(), 4);
    QList<QPair<QString, QString>> pairs;
    for (const QJsonValue &v : found)
        pairs.append({v.toObject().value(QStringLiteral("api_id")).toString(),
                      v.toObject().value(QStringLiteral("instance_id")).toString()});

    QTemporaryDir dir;
    CliRunner cli;
    cli.accessKey = sandbox.accessKey();
    cli.secretKey = sandbox.secretKey();
    cli.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    cli.home = dir.filePath(QStringLiteral("home"));
    cli.connection = {QStringLiteral("--endpoint"),   sandbox.url().toString(),
                      QStringLiteral("--project-id"), sandbox.projectId(),
                      QStringLiteral("--workspace"),  sandbox.workspace(),
                      QStringLiteral("--rate-limit"), QStringLiteral("off")};
    const auto action = [&](const QString &name, const QList<QPair<QString, QString>> &targets) {
        QStringList args{QStringLiteral("--action"),       name,
                         QStringLiteral("--notice-hours"), QStringLiteral("0"),
                         QStringLiteral("--format"),       QStringLiteral("json")};
        for (const auto &p : targets)
            args << QStringLiteral("--target") << p.first + QLatin1Char('@') + p.second;
        return cli.run({QStringLiteral("api-action")}, args);
    };

    const CliResult stop = action(QStringLiteral("STOP"), pairs);
    QVERIFY2(stop.exitCode == 0, qPrintable(stop.text()));
    // Said before sending, on standard error (the JSON on standard output stays a document):
    // what undoes it afterwards.
    QVERIFY2(stop.err.contains("Undo afterwards: a RECOVER"), qPrintable(stop.text()));
    const qint64 stopRun = stop.json().object().value(QStringLiteral("run_id")).toInteger();
    QVERIFY2(stopRun > 0, qPrintable(stop.text()));
    for (const auto &p : pairs)
        QCOMPARE(statusOf(client, p.first, p.second), QStringLiteral("STOPPED"));
    // Someone recovers the fourth pair since.
    const CliResult other = action(QStringLiteral("RECOVER"), {pairs.at(3)});
    QVERIFY2(other.exitCode == 0, qPrintable(other.text()));
    QCOMPARE(statusOf(client, pairs.at(3).first, pairs.at(3).second), QStringLiteral("PUBLISHED"));
    const QJsonObject before = client.stats().value(QStringLiteral("processed")).toObject();

    // Dry run: the three requests, the skip and its reason; nothing sent.
    const CliResult dry =
        cli.run({QStringLiteral("undo")},
                {QStringLiteral("--run"), QString::number(stopRun), QStringLiteral("--dry-run"),
                 QStringLiteral("--format"), QStringLiteral("json")},
                false);
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.text()));
    const QString dryErr = QString::fromUtf8(dry.err);
    QVERIFY2(dryErr.contains(QStringLiteral("skip ") + pairs.at(3).first) &&
                 dryErr.contains(QStringLiteral("changed since the run")),
             qPrintable(dry.text()));
    for (int i = 0; i < 3; ++i)
        QVERIFY2(dry.out.contains(pairs.at(i).first.toUtf8()), qPrintable(dry.text()));
    QVERIFY(!dry.out.contains(pairs.at(3).first.toUtf8()));
    QVERIFY(dry.out.contains("RECOVER"));
    QCOMPARE(client.stats().value(QStringLiteral("processed")).toObject(), before);

    // The undo: the three back to PUBLISHED, the fourth not touched again.
    const CliResult undo = cli.run({QStringLiteral("undo")},
                                   {QStringLiteral("--run"), QString::number(stopRun),
                                    QStringLiteral("--format"), QStringLiteral("json")},
                                   false);
    QVERIFY2(undo.exitCode == 0, qPrintable(undo.text()));
    QCOMPARE(undo.json()
                 .object()
                 .value(QStringLiteral("totals"))
                 .toObject()
                 .value(QStringLiteral("success"))
                 .toInt(),
             3);
    const QJsonObject processed = client.stats().value(QStringLiteral("processed")).toObject();
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(statusOf(client, pairs.at(i).first, pairs.at(i).second),
                 QStringLiteral("PUBLISHED"));
        QCOMPARE(processed.value(pairs.at(i).first + QLatin1Char('/') + pairs.at(i).second).toInt(),
                 2); // STOP, then RECOVER: by the undo, or by the other run for the fourth
    }

    // The undo and the STOP run link to each other: in history (listing, text and JSON of
    // one run) and in the exports.
    const qint64 undoRun = undo.json().object().value(QStringLiteral("run_id")).toInteger();
    QVERIFY(undoRun > stopRun);
    checkUndoLinks(cli, stopRun, undoRun);
    if (QTest::currentTestFailed())
        return;

    // Nothing is left to undo: exit 1, nothing sent.
    const CliResult again = cli.run({QStringLiteral("undo")},
                                    {QStringLiteral("--run"), QString::number(stopRun)}, false);
    QVERIFY2(again.exitCode == 1, qPrintable(again.text()));
    QCOMPARE(client.stats().value(QStringLiteral("processed")).toObject(), processed);

    // No such run: usage error.
    const CliResult missing =
        cli.run({QStringLiteral("undo")}, {QStringLiteral("--run"), QStringLiteral("999")}, false);
    QVERIFY2(missing.exitCode == 2, qPrintable(missing.text()));
}

void TestCliUndo::undoesABatchOfflineRunByPublishingAgain()
{
    SandboxProcess sandbox({QStringLiteral("--tables"), QStringLiteral("300"),
                            QStringLiteral("--rate-limit"), QStringLiteral("off")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxClient client(sandbox);
    const QJsonArray found =
        client.findEntities(QStringLiteral("biz_type=TABLE_MODEL&status=PUBLISHED&limit=4"));
    QCOMPARE(found.size(), 4);
    QStringList ids;
    QStringList names;
    for (const QJsonValue &v : found) {
        ids.append(v.toObject().value(QStringLiteral("id")).toString());
        names.append(client.entity(ids.last()).value(QStringLiteral("name")).toString());
        QVERIFY(!names.last().isEmpty());
    }
    // And a subject: a type whose status cannot be listed, so it is sent unread.
    const QJsonArray subjects =
        client.findEntities(QStringLiteral("biz_type=SUBJECT&status=PUBLISHED&limit=1"));
    QCOMPARE(subjects.size(), 1);
    const QString subject = subjects.at(0).toObject().value(QStringLiteral("id")).toString();
    const auto statusOf = [&](const QString &id) {
        return client.entity(id).value(QStringLiteral("status")).toString();
    };
    const auto historyOf = [&](const QString &id) {
        QStringList out;
        for (const QJsonValue &v : client.entity(id).value(QStringLiteral("history")).toArray())
            out.append(v.toString());
        return out;
    };
    const QString userId = sandbox.value(QStringLiteral("user_id"));
    const QString user = sandbox.value(QStringLiteral("user"));
    QVERIFY(!userId.isEmpty() && !user.isEmpty());

    QTemporaryDir dir;
    CliRunner cli;
    cli.accessKey = sandbox.accessKey();
    cli.secretKey = sandbox.secretKey();
    cli.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    cli.home = dir.filePath(QStringLiteral("home"));
    cli.connection = {QStringLiteral("--endpoint"),   sandbox.url().toString(),
                      QStringLiteral("--project-id"), sandbox.projectId(),
                      QStringLiteral("--workspace"),  sandbox.workspace(),
                      QStringLiteral("--rate-limit"), QStringLiteral("off")};
    QStringList offlineArgs{QStringLiteral("--approver-id"),
                            userId,
                            QStringLiteral("--approver-name"),
                            user,
                            QStringLiteral("--fast"),
                            QStringLiteral("--format"),
                            QStringLiteral("json")};
    for (const QString &id : ids)
        offlineArgs << QStringLiteral("--entity") << QStringLiteral("TABLE_MODEL:") + id;
    offlineArgs << QStringLiteral("--entity") << QStringLiteral("SUBJECT:") + subject;
    const CliResult offline = cli.run({QStringLiteral("offline")}, offlineArgs);
    QVERIFY2(offline.exitCode == 0, qPrintable(offline.text()));
    QVERIFY2(offline.err.contains("a batch publish puts the entities back"),
             qPrintable(offline.text()));
    const qint64 offlineRun = offline.json().object().value(QStringLiteral("run_id")).toInteger();
    QVERIFY2(offlineRun > 0, qPrintable(offline.text()));
    for (const QString &id : ids + QStringList{subject})
        QCOMPARE(statusOf(id), QStringLiteral("OFFLINE"));

    // Someone publishes the fourth again since.
    const QJsonObject body{
        {QStringLiteral("biz_infos"),
         QJsonArray{QJsonObject{{QStringLiteral("biz_id"), ids.at(3)},
                                {QStringLiteral("biz_type"), QStringLiteral("TABLE_MODEL")}}}},
        {QStringLiteral("approver_user_id"), userId},
        {QStringLiteral("approver_user_name"), user},
        {QStringLiteral("fast_approval"), true}};
    const HttpResult other = client.post(client.arch(QStringLiteral("approvals/batch-publish")),
                                         QJsonDocument(body).toJson(QJsonDocument::Compact));
    QCOMPARE(other.status, 200);
    QCOMPARE(statusOf(ids.at(3)), QStringLiteral("PUBLISHED"));
    QList<QStringList> histories;
    for (const QString &id : ids)
        histories.append(historyOf(id));

    // An approver half given is a usage error.
    const CliResult half = cli.run({QStringLiteral("undo")},
                                   {QStringLiteral("--run"), QString::number(offlineRun),
                                    QStringLiteral("--approver-id"), userId},
                                   false);
    QVERIFY2(half.exitCode == 2, qPrintable(half.text()));

    // Dry run: the batch-publish request of the three, the fourth skipped; nothing sent.
    const CliResult dry = cli.run(
        {QStringLiteral("undo")},
        {QStringLiteral("--run"), QString::number(offlineRun), QStringLiteral("--dry-run")}, false);
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.text()));
    const QString dryErr = QString::fromUtf8(dry.err);
    QVERIFY2(dryErr.contains(QStringLiteral("skip TABLE_MODEL:") + ids.at(3)) &&
                 dryErr.contains(QStringLiteral("published again since the run")),
             qPrintable(dry.text()));
    QVERIFY2(dry.out.contains("approvals/batch-publish"), qPrintable(dry.text()));
    QVERIFY2(dry.out.contains("\"fast_approval\":true") &&
                 dry.out.contains(QByteArray("\"approver_user_id\":\"" + userId.toUtf8() + '"')),
             qPrintable(dry.text()));
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(dry.out.contains(QByteArray("\"biz_id\":\"" + ids.at(i).toUtf8() + '"')),
                 qPrintable(dry.text()));
        QVERIFY2(dryErr.contains(names.at(i)), qPrintable(dry.text()));
    }
    QVERIFY(!dry.out.contains(ids.at(3).toUtf8()));
    QVERIFY2(dry.out.contains(QByteArray("\"biz_id\":\"" + subject.toUtf8() + '"')) &&
                 dryErr.contains(QStringLiteral("publish SUBJECT:") + subject +
                                 QStringLiteral(": status not readable")),
             qPrintable(dry.text()));
    QCOMPARE(statusOf(subject), QStringLiteral("OFFLINE"));
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(statusOf(ids.at(i)),
                 i < 3 ? QStringLiteral("OFFLINE") : QStringLiteral("PUBLISHED"));
        QCOMPARE(historyOf(ids.at(i)), histories.at(i));
    }

    // The undo: the three published again, named; the fourth not touched again.
    const CliResult undo = cli.run({QStringLiteral("undo")},
                                   {QStringLiteral("--run"), QString::number(offlineRun),
                                    QStringLiteral("--format"), QStringLiteral("json")},
                                   false);
    QVERIFY2(undo.exitCode == 0, qPrintable(undo.text()));
    const QJsonObject report = undo.json().object();
    QCOMPARE(report.value(QStringLiteral("kind")).toString(), QStringLiteral("BATCH_PUBLISH"));
    QCOMPARE(
        report.value(QStringLiteral("totals")).toObject().value(QStringLiteral("success")).toInt(),
        4);
    const qint64 undoRun = report.value(QStringLiteral("run_id")).toInteger();
    QVERIFY(undoRun > offlineRun);
    const QString undoOut = QString::fromUtf8(undo.out);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(undoOut.contains(names.at(i)), qPrintable(undo.text()));
    const QStringList roundTrip{QStringLiteral("PUBLISHED->OFFLINE"),
                                QStringLiteral("OFFLINE->PUBLISHED")};
    for (const QString &id : ids + QStringList{subject}) {
        QCOMPARE(statusOf(id), QStringLiteral("PUBLISHED"));
        QCOMPARE(historyOf(id), roundTrip); // by the undo, or by the other publish for the fourth
    }

    // Again: the tables are skipped, the subject (unread) is refused by the server as
    // already published; exit 1, nothing changed.
    const CliResult again = cli.run({QStringLiteral("undo")},
                                    {QStringLiteral("--run"), QString::number(offlineRun)}, false);
    QVERIFY2(again.exitCode == 1, qPrintable(again.text()));
    for (const QString &id : ids + QStringList{subject})
        QCOMPARE(historyOf(id), roundTrip);

    // The undo of the undo is refused: taking them offline again is for "offline".
    const CliResult undoOfUndo = cli.run(
        {QStringLiteral("undo")}, {QStringLiteral("--run"), QString::number(undoRun)}, false);
    QVERIFY2(undoOfUndo.exitCode == 2 && undoOfUndo.err.contains("impact"),
             qPrintable(undoOfUndo.text()));
    for (const QString &id : ids)
        QCOMPARE(statusOf(id), QStringLiteral("PUBLISHED"));
}


void TestCliUndo::undoesAnUnpublishRunByPublishingAndAuthorizingAgain()
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
    QList<QPair<QString, QString>> pairs;
    QList<QMap<QString, qint64>> appsBefore; // app id -> authorized until (ms)
    QStringList appNames;
    for (const QJsonValue &v : found) {
        const QJsonObject o = v.toObject();
        pairs.append({o.value(QStringLiteral("api_id")).toString(),
                      o.value(QStringLiteral("instance_id")).toString()});
        QMap<QString, qint64> apps;
        for (const QJsonValue &a : o.value(QStringLiteral("apps")).toArray()) {
            apps.insert(a.toObject().value(QStringLiteral("id")).toString(),
                        a.toObject().value(QStringLiteral("until")).toInteger());
            appNames.append(a.toObject().value(QStringLiteral("name")).toString());
        }
        QVERIFY(!apps.isEmpty());
        appsBefore.append(apps);
    }
    const auto appsNow = [&](int i) {
        QMap<QString, qint64> apps;
        const QJsonObject o = client.pair(pairs.at(i).first, pairs.at(i).second);
        for (const QJsonValue &a : o.value(QStringLiteral("apps")).toArray())
            apps.insert(a.toObject().value(QStringLiteral("id")).toString(),
                        a.toObject().value(QStringLiteral("until")).toInteger());
        return apps;
    };

    QTemporaryDir dir;
    CliRunner cli;
    cli.accessKey = sandbox.accessKey();
    cli.secretKey = sandbox.secretKey();
    cli.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    cli.home = dir.filePath(QStringLiteral("home"));
    cli.connection = {QStringLiteral("--endpoint"),   sandbox.url().toString(),
                      QStringLiteral("--project-id"), sandbox.projectId(),
                      QStringLiteral("--workspace"),  sandbox.workspace(),
                      QStringLiteral("--rate-limit"), QStringLiteral("off")};
    QStringList args{QStringLiteral("--action"), QStringLiteral("UNPUBLISH"),
                     QStringLiteral("--format"), QStringLiteral("json")};
    for (const auto &p : pairs)
        args << QStringLiteral("--target") << p.first + QLatin1Char('@') + p.second;
    const CliResult unpublish = cli.run({QStringLiteral("api-action")}, args);
    QVERIFY2(unpublish.exitCode == 0, qPrintable(unpublish.text()));
    // It said before sending what its undo cannot give back.
    QVERIFY2(unpublish.err.contains("static parameters"), qPrintable(unpublish.text()));
    const QString runId = QString::number(
        unpublish.json().object().value(QStringLiteral("run_id")).toInteger());
    // The notice period passes; the follow-up sees the pairs offline.
    client.advance(3 * 24 * 3600);
    const CliResult refresh =
        cli.run({QStringLiteral("refresh")}, {QStringLiteral("--run"), runId}, false);
    QVERIFY2(refresh.exitCode == 0, qPrintable(refresh.text()));
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(statusOf(client, pairs.at(i).first, pairs.at(i).second), QStringLiteral("OFFLINE"));
        QVERIFY(appsNow(i).isEmpty());
    }

    // Dry run: the apps each pair gets back, by name; nothing sent.
    const QJsonObject before = client.stats().value(QStringLiteral("processed")).toObject();
    const CliResult dry = cli.run({QStringLiteral("undo")},
                                  {QStringLiteral("--run"), runId, QStringLiteral("--dry-run")},
                                  false);
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.text()));
    for (const QString &name : std::as_const(appNames))
        QVERIFY2(dry.err.contains(name.toUtf8()), qPrintable(dry.text()));
    QVERIFY2(dry.err.contains("static parameters"), qPrintable(dry.text()));
    QVERIFY2(dry.out.contains("/publish"), qPrintable(dry.text()));
    QCOMPARE(client.stats().value(QStringLiteral("processed")).toObject(), before);

    // The undo: published again, the same apps until the same ends.
    const CliResult undo = cli.run({QStringLiteral("undo")},
                                   {QStringLiteral("--run"), runId, QStringLiteral("--format"),
                                    QStringLiteral("json")},
                                   false);
    QVERIFY2(undo.exitCode == 0, qPrintable(undo.text()));
    QCOMPARE(undo.json().object().value(QStringLiteral("kind")).toString(),
             QStringLiteral("API_REPUBLISH"));
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(statusOf(client, pairs.at(i).first, pairs.at(i).second),
                 QStringLiteral("PUBLISHED"));
        QCOMPARE(appsNow(i), appsBefore.at(i));
    }

    // Undone already: both skipped with the reason, nothing sent, exit 1.
    const QJsonObject processed = client.stats().value(QStringLiteral("processed")).toObject();
    const CliResult again =
        cli.run({QStringLiteral("undo")}, {QStringLiteral("--run"), runId}, false);
    QVERIFY2(again.exitCode == 1 && again.err.contains("undone already"),
             qPrintable(again.text()));
    QCOMPARE(client.stats().value(QStringLiteral("processed")).toObject(), processed);
}

void TestCliUndo::heldPublishOfAnUndoIsNotSentAgain()
{
    SandboxProcess sandbox({QStringLiteral("--apis"), QStringLiteral("20"),
                            QStringLiteral("--clusters"), QStringLiteral("1"),
                            QStringLiteral("--rate-limit"), QStringLiteral("off")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxClient client(sandbox);
    const QJsonArray found =
        client.findPairs(QStringLiteral("status=PUBLISHED&apps=yes&manager=%1&limit=1")
                             .arg(sandbox.value(QStringLiteral("user"))));
    QCOMPARE(found.size(), 1);
    const QJsonObject pair = found.first().toObject();
    const QString api = pair.value(QStringLiteral("api_id")).toString();
    const QString cluster = pair.value(QStringLiteral("instance_id")).toString();
    const QJsonArray appsBefore = client.pair(api, cluster).value(QStringLiteral("apps")).toArray();
    QVERIFY(!appsBefore.isEmpty());

    QTemporaryDir dir;
    CliRunner cli;
    cli.accessKey = sandbox.accessKey();
    cli.secretKey = sandbox.secretKey();
    cli.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    cli.home = dir.filePath(QStringLiteral("home"));
    cli.connection = {QStringLiteral("--endpoint"),   sandbox.url().toString(),
                      QStringLiteral("--project-id"), sandbox.projectId(),
                      QStringLiteral("--workspace"),  sandbox.workspace(),
                      QStringLiteral("--rate-limit"), QStringLiteral("off")};
    const CliResult unpublish = cli.run(
        {QStringLiteral("api-action")},
        {QStringLiteral("--action"), QStringLiteral("UNPUBLISH"), QStringLiteral("--target"),
         api + QLatin1Char('@') + cluster, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(unpublish.exitCode == 0, qPrintable(unpublish.text()));
    const QString runId = QString::number(
        unpublish.json().object().value(QStringLiteral("run_id")).toInteger());
    client.advance(3 * 24 * 3600);
    QCOMPARE(cli.run({QStringLiteral("refresh")}, {QStringLiteral("--run"), runId}, false).exitCode,
             0);
    QCOMPARE(statusOf(client, api, cluster), QStringLiteral("OFFLINE"));

    const auto requests = [&client](const QString &kind) {
        return client.stats()
            .value(QStringLiteral("requests"))
            .toObject()
            .value(QStringLiteral("by_kind"))
            .toObject()
            .value(kind)
            .toInt();
    };
    client.queueFault(QStringLiteral("latency"), QStringLiteral("/publish$"), 1, 4000);
    const CliResult undo = cli.run(
        {QStringLiteral("undo")},
        {QStringLiteral("--run"), runId, QStringLiteral("--transfer-timeout"), QStringLiteral("2"),
         QStringLiteral("--unknown-grace"), QStringLiteral("8"), QStringLiteral("--format"),
         QStringLiteral("json")},
        false);
    QVERIFY2(undo.exitCode == 0, qPrintable(undo.text()));
    const QJsonArray items = undo.json().object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("SUCCESS"));
    QCOMPARE(requests(QStringLiteral("dataservice.publish")), 1);
    // The client gave up on the publish; the gateway applied it and answered nobody.
    QTRY_COMPARE(client.stats()
                     .value(QStringLiteral("requests"))
                     .toObject()
                     .value(QStringLiteral("by_status"))
                     .toObject()
                     .value(QStringLiteral("client-gone"))
                     .toInt(),
                 1);
    // One authorize per recorded end time, each sent once.
    QSet<qint64> ends;
    for (const QJsonValue &a : appsBefore)
        ends.insert(a.toObject().value(QStringLiteral("until")).toInteger());
    QCOMPARE(requests(QStringLiteral("dataservice.authorize")), int(ends.size()));
    QCOMPARE(statusOf(client, api, cluster), QStringLiteral("PUBLISHED"));
    QCOMPARE(appIds(client.pair(api, cluster).value(QStringLiteral("apps")).toArray()),
             appIds(appsBefore));
    QCOMPARE(items.first().toObject().value(QStringLiteral("attempts")).toInt(),
             1 + int(ends.size()));
}

QTEST_GUILESS_MAIN(TestCliUndo)
#include "tst_cli_undo.moc"
