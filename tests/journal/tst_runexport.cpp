// Exports of a run recorded through the journal: CSV bytes checked exactly (with and
// without BOM, remarks with quotes, commas, line breaks and Chinese), JSON parsed back.
#include "JournalTestSupport.h"

#include "csv/CsvReader.h"
#include "journal/RunExport.h"
#include "journal/RunParameters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace dataarts;
using namespace journaltest;

namespace {

const QString kTrickyRemark = QStringLiteral("对象\"已下线\", 无法\r\n重复提交");

} // namespace

class TestRunExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    qint64 m_offlineRun = 0;
    qint64 m_actionRun = 0;

    RunRecord load(qint64 runId)
    {
        const auto run = m_journal->loadRun(runId);
        return run ? *run : RunRecord();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_journal = std::make_unique<Journal>(m_dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(m_journal->open());
        m_journal->setClock([this] { return m_now; });

        // Batch offline: four entities in one request.
        const CreatedRun offline = m_journal->createRun(offlineRun(4));
        m_offlineRun = offline.runId;
        const QList<qint64> ids = offline.itemIds;
        const qint64 ref = m_journal->markSending(offline.runId, ids);
        m_now = m_now.addSecs(1);
        RequestAnswer answer;
        answer.requestRef = ref;
        answer.requestId = QStringLiteral("b2e1-0001");
        answer.httpStatus = 200;
        answer.resultBody =
            R"({"data":{"value":{"operation_status":"FAILED","total":4,"groups":[{"biz_id":"885123875376193537","remark":"x"}]}}})";
        answer.items = {
            outcome(ids[0], ItemState::Success),
            outcome(ids[1], ItemState::Failed, QStringLiteral("DS.6000"), kTrickyRemark),
            outcome(ids[2], ItemState::PendingApproval),
            outcome(ids[3], ItemState::Scheduled, QString(),
                    QStringLiteral("takes effect, later"))};
        answer.items[2].approvalId = QStringLiteral("appr-9");
        answer.items[3].effectiveAt = QDateTime(QDate(2026, 3, 3), QTime(11, 0), Qt::UTC);
        QVERIFY(m_journal->recordAnswer(answer));

        // API action: two pairs, one request each.
        NewRun action;
        action.kind = RunKind::ApiAction;
        action.profileId = QStringLiteral("p-2");
        action.profileName = QStringLiteral("sandbox");
        action.createdBy = QStringLiteral("ops");
        action.parameters = {{QStringLiteral("action"), QStringLiteral("UNPUBLISH")}};
        action.items = {
            {QStringLiteral("api-1"), QStringLiteral("cluster-a"), QStringLiteral("订单查询")},
            {QStringLiteral("api-2"), QStringLiteral("cluster-a"), QStringLiteral("q,\"x\"")}};
        const CreatedRun created = m_journal->createRun(action);
        m_actionRun = created.runId;
        const qint64 r1 = m_journal->markSending(created.runId, {created.itemIds[0]});
        QVERIFY(m_journal->recordAnswer(
            answerAll(r1, {created.itemIds[0]}, ItemState::Success, QStringLiteral("r-1"))));
    }

    void csvBytesExactly()
    {
        const QByteArray expected =
            "biz_type,biz_id,name,state,code,remark,request_id,attempts,approval_id,effective_at,"
            "updated_at,took_effect_at,undo_of,undone_by\r\n"
            "TABLE_MODEL,885123875376193536,dwd_order_0,SUCCESS,,,b2e1-0001,1,,,"
            "2026-03-01T10:00:01.000Z,2026-03-01T10:00:01.000Z,,\r\n"
            "TABLE_MODEL,885123875376193537,dwd_order_1,FAILED,DS.6000,"
            "\"\xE5\xAF\xB9\xE8\xB1\xA1\"\"\xE5\xB7\xB2\xE4\xB8\x8B\xE7\xBA\xBF\"\", "
            "\xE6\x97\xA0\xE6\xB3\x95\r\n\xE9\x87\x8D\xE5\xA4\x8D\xE6\x8F\x90\xE4\xBA\xA4\","
            "b2e1-0001,1,,,2026-03-01T10:00:01.000Z,,,\r\n"
            "TABLE_MODEL,885123875376193538,dwd_order_2,PENDING_APPROVAL,,,b2e1-0001,1,appr-9,,"
            "2026-03-01T10:00:01.000Z,,,\r\n"
            "TABLE_MODEL,885123875376193539,dwd_order_3,SCHEDULED,,\"takes effect, later\","
            "b2e1-0001,1,,2026-03-03T11:00:00.000Z,2026-03-01T10:00:01.000Z,,,\r\n";
        const RunRecord run = load(m_offlineRun);
        QCOMPARE(RunExport::csv(run), expected);
        QCOMPARE(RunExport::csv(run, true), QByteArray("\xEF\xBB\xBF") + expected);
    }

    void csvKeyColumnsFollowTheKind()
    {
        const QByteArray expected =
            "api_id,instance_id,name,state,code,remark,request_id,attempts,approval_id,"
            "effective_at,updated_at,took_effect_at,undo_of,undone_by\r\n"
            "api-1,cluster-a,\xE8\xAE\xA2\xE5\x8D\x95\xE6\x9F\xA5\xE8\xAF\xA2,SUCCESS,,,r-1,1,,,"
            "2026-03-01T10:00:01.000Z,2026-03-01T10:00:01.000Z,,\r\n"
            "api-2,cluster-a,\"q,\"\"x\"\"\",QUEUED,,,,0,,,2026-03-01T10:00:01.000Z,,,\r\n";
        QCOMPARE(RunExport::csv(load(m_actionRun)), expected);
    }

    void csvReadsBackThroughTheReader()
    {
        const RunRecord run = load(m_offlineRun);
        const auto parsed = CsvReader::read(RunExport::csv(run, true));
        QVERIFY(parsed.problems.isEmpty());
        QCOMPARE(parsed.records.size(), 5);
        QCOMPARE(parsed.records[2].fields.at(5), kTrickyRemark);
        QCOMPARE(parsed.records[4].line, 6); // the remark's line break counts
    }

    void jsonDocument()
    {
        const RunRecord run = load(m_offlineRun);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(RunExport::json(run), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();

        const QJsonObject r = root.value(QStringLiteral("run")).toObject();
        QCOMPARE(r.value(QStringLiteral("id")).toInteger(), m_offlineRun);
        QCOMPARE(r.value(QStringLiteral("kind")).toString(), QStringLiteral("BATCH_OFFLINE"));
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("FINISHED"));
        QCOMPARE(r.value(QStringLiteral("profile_name")).toString(), QStringLiteral("生产环境"));
        QCOMPARE(r.value(QStringLiteral("created_by")).toString(), QStringLiteral("zhang.wei"));
        QCOMPARE(r.value(QStringLiteral("created_at")).toString(),
                 QStringLiteral("2026-03-01T10:00:00.000Z"));
        QCOMPARE(r.value(QStringLiteral("finished_at")).toString(),
                 QStringLiteral("2026-03-01T10:00:01.000Z"));
        QVERIFY(r.value(QStringLiteral("retry_of")).isNull());
        QVERIFY(r.value(QStringLiteral("undo_of")).isNull());
        QCOMPARE(r.value(QStringLiteral("undone_by")).toArray(), QJsonArray());
        QCOMPARE(r.value(QStringLiteral("parameters")).toObject(), run.run.parameters);

        const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("total")).toInt(), 4);
        QCOMPARE(totals.value(QStringLiteral("SUCCESS")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("FAILED")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("PENDING_APPROVAL")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("SCHEDULED")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("QUEUED")).toInt(), 0);

        const QJsonArray requests = root.value(QStringLiteral("requests")).toArray();
        QCOMPARE(requests.size(), 1);
        const QJsonObject request = requests.at(0).toObject();
        QCOMPARE(request.value(QStringLiteral("request_id")).toString(),
                 QStringLiteral("b2e1-0001"));
        QCOMPARE(request.value(QStringLiteral("http_status")).toInt(), 200);
        QCOMPARE(request.value(QStringLiteral("items")).toArray().size(), 4);
        QCOMPARE(request.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toObject()
                     .value(QStringLiteral("operation_status"))
                     .toString(),
                 QStringLiteral("FAILED"));

        const QJsonArray items = root.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 4);
        const QJsonObject failed = items.at(1).toObject();
        QCOMPARE(failed.value(QStringLiteral("biz_type")).toString(),
                 QStringLiteral("TABLE_MODEL"));
        QCOMPARE(failed.value(QStringLiteral("biz_id")).toString(),
                 QStringLiteral("885123875376193537"));
        QCOMPARE(failed.value(QStringLiteral("state")).toString(), QStringLiteral("FAILED"));
        QCOMPARE(failed.value(QStringLiteral("code")).toString(), QStringLiteral("DS.6000"));
        QCOMPARE(failed.value(QStringLiteral("remark")).toString(), kTrickyRemark);
        QCOMPARE(failed.value(QStringLiteral("request_id")).toString(),
                 QStringLiteral("b2e1-0001"));
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("approval_id")).toString(),
                 QStringLiteral("appr-9"));
        QCOMPARE(items.at(3).toObject().value(QStringLiteral("effective_at")).toString(),
                 QStringLiteral("2026-03-03T11:00:00.000Z"));
        QVERIFY(items.at(0).toObject().value(QStringLiteral("effective_at")).isNull());
        // When it took effect: SUCCESS items only; and every change of each item's state.
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("took_effect_at")).toString(),
                 QStringLiteral("2026-03-01T10:00:01.000Z"));
        QVERIFY(items.at(3).toObject().value(QStringLiteral("took_effect_at")).isNull());
        const QJsonArray events = items.at(3).toObject().value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("from"), QStringLiteral("QUEUED")},
                              {QStringLiteral("to"), QStringLiteral("SENDING")},
                              {QStringLiteral("at"), QStringLiteral("2026-03-01T10:00:00.000Z")},
                              {QStringLiteral("effective_at"), QJsonValue()},
                              {QStringLiteral("source"), QStringLiteral("send")}}));
        QCOMPARE(events.at(1).toObject(),
                 (QJsonObject{{QStringLiteral("from"), QStringLiteral("SENDING")},
                              {QStringLiteral("to"), QStringLiteral("SCHEDULED")},
                              {QStringLiteral("at"), QStringLiteral("2026-03-01T10:00:01.000Z")},
                              {QStringLiteral("effective_at"),
                               QStringLiteral("2026-03-03T11:00:00.000Z")},
                              {QStringLiteral("source"), QStringLiteral("response")}}));
    }

    void jsonOfAnUnfinishedRun()
    {
        const QJsonObject root =
            QJsonDocument::fromJson(RunExport::json(load(m_actionRun))).object();
        const QJsonObject r = root.value(QStringLiteral("run")).toObject();
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("RUNNING"));
        QVERIFY(r.value(QStringLiteral("finished_at")).isNull());
        const QJsonObject second = root.value(QStringLiteral("items")).toArray().at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("api_id")).toString(), QStringLiteral("api-2"));
        QCOMPARE(second.value(QStringLiteral("instance_id")).toString(),
                 QStringLiteral("cluster-a"));
        QCOMPARE(second.value(QStringLiteral("state")).toString(), QStringLiteral("QUEUED"));
    }

    void undoLinksBothWays()
    {
        // Issue 23: two runs undo the offline run (the parameter an undo run carries);
        // each export says so both ways, the CSV on every line.
        QList<qint64> undos;
        for (int i = 0; i < 2; ++i) {
            NewRun undo = offlineRun(1);
            undo.kind = RunKind::BatchPublish;
            undo.parameters.insert(runParameters::undoOfKey(), m_offlineRun);
            undos.append(m_journal->createRun(undo).runId);
            QVERIFY(undos.last() > 0);
        }
        const QJsonObject undone = QJsonDocument::fromJson(RunExport::json(load(m_offlineRun)))
                                       .object()
                                       .value(QStringLiteral("run"))
                                       .toObject();
        QVERIFY(undone.value(QStringLiteral("undo_of")).isNull());
        QCOMPARE(undone.value(QStringLiteral("undone_by")).toArray(),
                 (QJsonArray{undos.at(0), undos.at(1)}));
        const QJsonObject undo = QJsonDocument::fromJson(RunExport::json(load(undos.at(0))))
                                     .object()
                                     .value(QStringLiteral("run"))
                                     .toObject();
        QCOMPARE(undo.value(QStringLiteral("undo_of")).toInteger(), m_offlineRun);
        QCOMPARE(undo.value(QStringLiteral("undone_by")).toArray(), QJsonArray());

        const auto parsed = CsvReader::read(RunExport::csv(load(m_offlineRun)));
        QCOMPARE(parsed.records.size(), 5);
        const QStringList header = parsed.records.at(0).fields;
        const qsizetype undoOf = header.indexOf(QStringLiteral("undo_of"));
        const qsizetype undoneBy = header.indexOf(QStringLiteral("undone_by"));
        QVERIFY(undoOf > 0 && undoneBy > 0);
        for (int i = 1; i < parsed.records.size(); ++i) {
            QCOMPARE(parsed.records.at(i).fields.at(undoOf), QString());
            QCOMPARE(parsed.records.at(i).fields.at(undoneBy),
                     QStringLiteral("%1 %2").arg(undos.at(0)).arg(undos.at(1)));
        }
        const auto undoCsv = CsvReader::read(RunExport::csv(load(undos.at(1))));
        QCOMPARE(undoCsv.records.at(1).fields.at(undoOf), QString::number(m_offlineRun));
        QCOMPARE(undoCsv.records.at(1).fields.at(undoneBy), QString());

        // History reads the same links.
        JournalQuery all;
        const RunPage page = m_journal->searchRuns(all);
        for (const RunSummary &run : page.runs) {
            QCOMPARE(run.undoneBy, run.id == m_offlineRun ? undos : QList<qint64>());
            QCOMPARE(run.undoOf, undos.contains(run.id) ? m_offlineRun : 0);
        }
        for (const qint64 id : undos)
            QVERIFY(m_journal->runSummary(id)->undoOf == m_offlineRun);
        QCOMPARE(m_journal->runSummary(m_offlineRun)->undoneBy, undos);
    }

    void writesFiles()
    {
        const RunRecord run = load(m_offlineRun);
        const QString csvPath = m_dir.filePath(QStringLiteral("run.csv"));
        const QString jsonPath = m_dir.filePath(QStringLiteral("run.json"));
        QString error;
        QVERIFY2(RunExport::writeCsv(run, csvPath, true, &error), qPrintable(error));
        QVERIFY2(RunExport::writeJson(run, jsonPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(), RunExport::csv(run, true));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(json.readAll(), RunExport::json(run));

        // A path in a folder that does not exist: a clear error, no file.
        const QString bad = m_dir.filePath(QStringLiteral("missing/run.csv"));
        QVERIFY(!RunExport::writeCsv(run, bad, false, &error));
        QVERIFY2(error.contains(QStringLiteral("run.csv")), qPrintable(error));
        QVERIFY(!QFile::exists(bad));
    }
};

QTEST_GUILESS_MAIN(TestRunExport)
#include "tst_runexport.moc"
