// The CLI's output pieces without a process: listings in three formats, width-aware
// tables, the run report's JSON shape and exit statuses, the progress line.
#include "ExitStatus.h"
#include "OutputFormatter.h"
#include "ProgressPrinter.h"
#include "RunReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dataarts;
using namespace dataarts::cli;

namespace {

const QString kLongId = QStringLiteral("1229920251379118081");

QList<Column> columns()
{
    return {{QStringLiteral("id"), QStringLiteral("ID")},
            {QStringLiteral("name"), QStringLiteral("NAME")},
            {QStringLiteral("status"), QStringLiteral("STATUS")}};
}

QList<QStringList> rows()
{
    return {{kLongId, QStringLiteral("销售订单明细表_00042"), QStringLiteral("PUBLISHED")},
            {QStringLiteral("7"), QStringLiteral("a, \"quoted\" name"), QStringLiteral("OFFLINE")}};
}

RunRecord sampleRun()
{
    RunRecord record;
    record.run.id = 42;
    record.run.kind = RunKind::BatchOffline;
    record.run.total = 3;
    record.run.counts = {
        {ItemState::Success, 1}, {ItemState::Failed, 1}, {ItemState::PendingApproval, 1}};
    record.run.finishedAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    JournalItem a;
    a.keyId = kLongId;
    a.keyPart = QStringLiteral("TABLE_MODEL");
    a.state = ItemState::Success;
    a.requestId = QStringLiteral("req-1");
    a.displayName = QStringLiteral("订单明细表");
    JournalItem b = a;
    b.displayName.clear();
    b.keyId = QStringLiteral("885123875376193536");
    b.state = ItemState::Failed;
    b.code = QStringLiteral("DS.6000");
    b.remark = QStringLiteral("already offline");
    JournalItem c = a;
    c.keyId = QStringLiteral("3");
    c.state = ItemState::PendingApproval;
    record.items = {a, b, c};
    return record;
}

} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT
private slots:
    void jsonListingKeepsIdsAsStrings()
    {
        const QByteArray json = OutputFormatter::json(columns(), rows());
        QVERIFY(json.contains("\"id\": \"1229920251379118081\""));
        const QJsonArray array = QJsonDocument::fromJson(json).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("id")).toString(), kLongId);
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("a, \"quoted\" name"));
    }
    void csvListingQuotes()
    {
        const QByteArray csv = OutputFormatter::csv(columns(), rows());
        QCOMPARE(csv, QByteArray("id,name,status\r\n"
                                 "1229920251379118081,销售订单明细表_00042,PUBLISHED\r\n"
                                 "7,\"a, \"\"quoted\"\" name\",OFFLINE\r\n"));
    }
    void tableAlignsWideCharacters()
    {
        const QStringList lines =
            QString::fromUtf8(OutputFormatter::table(columns(), rows())).split(QLatin1Char('\n'));
        // The STATUS column starts at the same cell on every line, CJK counted double.
        const int statusAt = OutputFormatter::displayWidth(
            lines.at(0).left(lines.at(0).indexOf(QStringLiteral("STATUS"))));
        const int publishedAt = OutputFormatter::displayWidth(
            lines.at(1).left(lines.at(1).indexOf(QStringLiteral("PUBLISHED"))));
        const int offlineAt = OutputFormatter::displayWidth(
            lines.at(2).left(lines.at(2).indexOf(QStringLiteral("OFFLINE"))));
        QCOMPARE(publishedAt, statusAt);
        QCOMPARE(offlineAt, statusAt);
        QVERIFY(lines.at(1).contains(kLongId));
    }
    void tableFitsAWidth()
    {
        QList<QStringList> wide = rows();
        wide[0][1] = QString(80, QLatin1Char('x'));
        const QStringList lines = QString::fromUtf8(OutputFormatter::table(columns(), wide, 50))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            QVERIFY2(OutputFormatter::displayWidth(line) <= 50, qPrintable(line));
        QVERIFY(lines.at(1).contains(QStringLiteral("…")));
        // The id column, narrower than the long name, keeps every digit.
        QVERIFY(lines.at(1).contains(kLongId));
        // Without a width nothing is cut.
        QVERIFY(OutputFormatter::table(columns(), wide)
                    .contains(QString(80, QLatin1Char('x')).toUtf8()));
    }
    void elideCountsCells()
    {
        QCOMPARE(OutputFormatter::displayWidth(QStringLiteral("销售ab")), 6);
        QCOMPARE(OutputFormatter::elide(QStringLiteral("销售订单"), 5), QStringLiteral("销售…"));
        QCOMPARE(OutputFormatter::elide(QStringLiteral("abc"), 3), QStringLiteral("abc"));
    }
    void runReportJsonShape()
    {
        const QJsonObject doc = QJsonDocument::fromJson(RunReport::json(sampleRun())).object();
        QCOMPARE(doc.value(QStringLiteral("run_id")).toInteger(), 42);
        QCOMPARE(doc.value(QStringLiteral("kind")).toString(), QStringLiteral("BATCH_OFFLINE"));
        const QJsonArray items = doc.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        const QJsonObject first = items.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("biz_id")).toString(), kLongId);
        QCOMPARE(first.value(QStringLiteral("key")).toString(),
                 QStringLiteral("TABLE_MODEL:") + kLongId);
        QCOMPARE(first.value(QStringLiteral("request_id")).toString(), QStringLiteral("req-1"));
        // Issue 19 (2): the name the journal kept, beside the id, in JSON, table and CSV.
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("订单明细表"));
        QVERIFY(RunReport::table(sampleRun()).contains("订单明细表"));
        QVERIFY(RunReport::format(OutputFormat::Csv, sampleRun()).contains("订单明细表"));
        const QJsonObject second = items.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("state")).toString(), QStringLiteral("FAILED"));
        QCOMPARE(second.value(QStringLiteral("code")).toString(), QStringLiteral("DS.6000"));
        QCOMPARE(second.value(QStringLiteral("remark")).toString(),
                 QStringLiteral("already offline"));
        const QJsonObject totals = doc.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(totals.value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("pending_approval")).toInt(), 1);
        // Table and CSV carry every digit too.
        QVERIFY(RunReport::table(sampleRun()).contains(kLongId.toLatin1()));
        QVERIFY(RunReport::format(OutputFormat::Csv, sampleRun()).contains(kLongId.toLatin1()));
    }
    void exitStatuses()
    {
        RunSummary run = sampleRun().run;
        QCOMPARE(exitStatus::forRun(run, BatchRun::Outcome::Completed, {}), 1);
        run.counts = {
            {ItemState::Success, 1}, {ItemState::Scheduled, 1}, {ItemState::PendingApproval, 1}};
        QCOMPARE(exitStatus::forRun(run, BatchRun::Outcome::Completed, {}), 0);
        run.counts = {{ItemState::Success, 2}, {ItemState::Unknown, 1}};
        QCOMPARE(exitStatus::forRun(run, BatchRun::Outcome::Completed, {}), 1);
        run.counts = {{ItemState::Success, 2}, {ItemState::Cancelled, 1}};
        QCOMPARE(exitStatus::forRun(run, BatchRun::Outcome::Cancelled, {}), 1);
        ApiError unauthorized;
        unauthorized.kind = ApiError::Kind::Unauthorized;
        run.counts = {{ItemState::Queued, 3}};
        QCOMPARE(exitStatus::forRun(run, BatchRun::Outcome::Interrupted, unauthorized), 3);
        QCOMPARE(exitStatus::forError(unauthorized), 3);
        ApiError tls;
        tls.kind = ApiError::Kind::Tls;
        QCOMPARE(exitStatus::forError(tls), 3);
        ApiError bad;
        bad.kind = ApiError::Kind::BadRequest;
        QCOMPARE(exitStatus::forError(bad), 2);
        ApiError server;
        server.kind = ApiError::Kind::ServerError;
        QCOMPARE(exitStatus::forError(server), 1);
        QCOMPARE(exitStatus::forError(ApiError()), 0);
    }
    void progressLine()
    {
        RunTotals totals;
        totals.total = 1000;
        totals.success = 300;
        totals.failed = 20;
        totals.pending = 20;
        totals.itemsPerSecond = 12.5;
        const QString line = ProgressPrinter::line(totals, 80);
        QVERIFY2(line.startsWith(QLatin1Char('[')), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("340/1,000")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("success 320")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("failed 20")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("12.5/s")), qPrintable(line));
        QVERIFY(OutputFormatter::displayWidth(line) <= 80);
        // About a third of the bar is filled.
        const int filled = int(line.count(QLatin1Char('#')));
        const int bar = filled + int(line.section(QLatin1Char(']'), 0, 0).count(QLatin1Char('.')));
        QCOMPARE(filled, int(0.34 * bar + 0.5));
        // Narrow: no bar, the counts cut to fit.
        QVERIFY(OutputFormatter::displayWidth(ProgressPrinter::line(totals, 20)) <= 20);
    }
    void progressSilentWhenDisabled()
    {
        char buffer[256] = {};
        FILE *stream = fmemopen(buffer, sizeof buffer, "w");
        QVERIFY(stream);
        RunTotals totals;
        totals.total = 2;
        ProgressPrinter off(false, stream);
        off.update(totals, true);
        off.done();
        ProgressPrinter on(true, stream);
        std::fflush(stream);
        QCOMPARE(std::ftell(stream), 0L);
        on.update(totals, true);
        on.done();
        std::fflush(stream);
        QVERIFY(std::ftell(stream) > 0);
        std::fclose(stream);
        QVERIFY(QByteArray(buffer).startsWith("\r"));
        QVERIFY(QByteArray(buffer).contains("0/2"));
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_cli_output.moc"
