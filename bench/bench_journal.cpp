// journal_items_per_s: items taken through the journal as the batch engine will, with
// durability on (WAL, synchronous=FULL): a run of N items is created, then each batch of
// 50 is marked SENDING (committed, as before a request leaves) and its answer recorded
// (committed). Also the ratio against a bare QtSql loop inserting the same rows in one
// transaction into the same kind of file on the same disk: the floor for writing them at
// all.
#include "BenchReport.h"

#include "journal/Journal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace dataarts;

namespace {

constexpr int kItems = 20000;
constexpr int kBatch = 50;

NewRun benchRun()
{
    NewRun run;
    run.kind = RunKind::BatchOffline;
    run.profileId = QStringLiteral("bench");
    run.profileName = QStringLiteral("bench");
    run.createdBy = QStringLiteral("bench");
    run.parameters = {{QStringLiteral("approver_user_id"), QStringLiteral("u-1")},
                      {QStringLiteral("chunk_size"), kBatch}};
    run.items.reserve(kItems);
    for (int i = 0; i < kItems; ++i)
        run.items.append({QString::number(885123875376193536LL + i), QStringLiteral("TABLE_MODEL"),
                          QStringLiteral("dwd_order_%1").arg(i)});
    return run;
}

// Seconds to take kItems items through the journal; negative on error.
double journalSeconds(const QString &path, const NewRun &run)
{
    Journal journal(path);
    if (!journal.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.errorString()));
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    const CreatedRun created = journal.createRun(run);
    if (!created.isValid())
        return -1;
    for (int first = 0; first < kItems; first += kBatch) {
        const QList<qint64> ids = created.itemIds.mid(first, kBatch);
        const qint64 ref = journal.markSending(created.runId, ids);
        if (ref <= 0)
            return -1;
        RequestAnswer answer;
        answer.requestRef = ref;
        answer.requestId = QStringLiteral("req-%1").arg(first);
        answer.httpStatus = 200;
        answer.items.reserve(ids.size());
        for (const qint64 id : ids)
            answer.items.append({id, ItemState::Success, {}, {}, {}, {}});
        if (!journal.recordAnswer(answer)) {
            std::fprintf(stderr, "%s\n", qPrintable(journal.errorString()));
            return -1;
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (journal.runSummary(created.runId)->count(ItemState::Success) != kItems)
        return -1;
    return seconds;
}

// Seconds for a bare insert loop of the same rows in one transaction.
double bareSeconds(const QString &path, const NewRun &run)
{
    double seconds = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        db.setDatabaseName(path);
        if (!db.open())
            return -1;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        q.exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, run_id INTEGER, key_id "
                              "TEXT, key_part TEXT, display_name TEXT, state TEXT, created_at "
                              "INTEGER, updated_at INTEGER)"));
        QElapsedTimer timer;
        timer.start();
        db.transaction();
        q.prepare(QStringLiteral("INSERT INTO items (run_id, key_id, key_part, display_name, "
                                 "state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const NewItem &item : run.items) {
            q.bindValue(0, 1);
            q.bindValue(1, item.keyId);
            q.bindValue(2, item.keyPart);
            q.bindValue(3, item.displayName);
            q.bindValue(4, QStringLiteral("SUCCESS"));
            q.bindValue(5, now);
            q.bindValue(6, now);
            if (!q.exec())
                return -1;
        }
        if (db.commit())
            seconds = timer.nsecsElapsed() / 1e9;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    return seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    BenchReport report(argc, argv);
    const QString name = QStringLiteral("journal_items_per_s");
    if (!report.wanted(name))
        return 0;

    QTemporaryDir dir; // the system's temporary folder: both runs on the same disk
    if (!dir.isValid())
        return 2;
    const NewRun run = benchRun();
    // Alternate the two, and take each one's median round: the disk is shared.
    constexpr int rounds = 5;
    std::vector<double> journalTimes;
    std::vector<double> bareTimes;
    for (int round = 0; round < rounds; ++round) {
        const double j = journalSeconds(dir.filePath(QStringLiteral("j%1.sqlite").arg(round)), run);
        const double b = bareSeconds(dir.filePath(QStringLiteral("b%1.sqlite").arg(round)), run);
        if (j < 0 || b < 0) {
            std::fprintf(stderr, "bench_journal: a round failed\n");
            return 2;
        }
        journalTimes.push_back(j);
        bareTimes.push_back(b);
    }
    std::sort(journalTimes.begin(), journalTimes.end());
    std::sort(bareTimes.begin(), bareTimes.end());
    const double journal = journalTimes[rounds / 2];
    const double bare = bareTimes[rounds / 2];
    const double itemsPerSecond = kItems / journal;
    report.note(QStringLiteral("journal_bare_insert_rows_per_s"), kItems / bare,
                QStringLiteral("1/s"));
    // Each item is written three times (created, SENDING, answered) in 1 + 2 * items / 50
    // durable commits; the bare loop writes it once in one commit.
    report.note(QStringLiteral("journal_vs_bare_insert"), bare / journal,
                QStringLiteral("x_bare_insert"));
    report.report(name, itemsPerSecond, QStringLiteral("1/s"), QStringLiteral(">="), 20000);
    return report.allPassed() ? 0 : 1;
}
