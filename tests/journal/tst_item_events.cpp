// Every change of an item's state in the journal (issue 23, follow-up): one item_events row
// per change, with the journal's time, the effect time when known and the source; written
// in the same transaction as the change (a refused write leaves none); pruned with the run;
// a journal of version 1 still reads (read-only, without events) and is brought to version
// 2 by a read-write open, its runs intact; tookEffectAt() for the export.
#include "JournalTestSupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dataarts;
using namespace journaltest;

class TestItemEvents : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);

    QString freshPath() { return m_dir.filePath(QStringLiteral("j%1.sqlite").arg(++m_files)); }

    static QStringList trail(const JournalItem &item)
    {
        QStringList out;
        for (const ItemEvent &e : item.events)
            out.append(itemStates::name(e.from) + QStringLiteral("->") + itemStates::name(e.to) +
                       QLatin1Char(':') + e.source);
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void recordsEveryChangeWithItsTimeAndSource()
    {
        Journal journal(freshPath());
        QVERIFY(journal.open());
        QDateTime now = m_now;
        journal.setClock([&now] { return now; });
        const CreatedRun run = journal.createRun(offlineRun(3));
        const QList<qint64> ids = run.itemIds;
        const qint64 ref = journal.markSending(run.runId, ids);
        QVERIFY(ref > 0);
        now = now.addSecs(2);
        const QDateTime due = QDateTime(QDate(2026, 3, 3), QTime(11, 0), Qt::UTC);
        RequestAnswer answer = answerAll(ref, ids, ItemState::Success);
        answer.items[1].state = ItemState::Unknown;
        answer.items[2].state = ItemState::Scheduled;
        answer.items[2].effectiveAt = due;
        QVERIFY(journal.recordAnswer(answer));
        now = now.addSecs(60);
        const QDateTime reconciled = now;
        QVERIFY(journal.updateItems({outcome(ids[1], ItemState::Success)}));
        now = due.addDays(1); // the follow-up reads it a day after it took effect
        ItemOutcome tookEffect = outcome(ids[2], ItemState::Success);
        tookEffect.effectiveAt = due;
        QVERIFY(journal.updateItems({tookEffect}));

        const std::optional<RunRecord> record = journal.loadRun(run.runId);
        QVERIFY(record);
        const JournalItem &first = record->items.at(0);
        QCOMPARE(trail(first), (QStringList{QStringLiteral("QUEUED->SENDING:send"),
                                            QStringLiteral("SENDING->SUCCESS:response")}));
        QCOMPARE(first.events.at(0).at, m_now);
        QCOMPARE(first.events.at(1).at, m_now.addSecs(2));
        QVERIFY(!first.events.at(1).effectiveAt.isValid());
        QCOMPARE(first.tookEffectAt(), m_now.addSecs(2));

        const JournalItem &second = record->items.at(1);
        QCOMPARE(trail(second), (QStringList{QStringLiteral("QUEUED->SENDING:send"),
                                             QStringLiteral("SENDING->UNKNOWN:response"),
                                             QStringLiteral("UNKNOWN->SUCCESS:reconcile")}));
        QCOMPARE(second.tookEffectAt(), reconciled);

        const JournalItem &third = record->items.at(2);
        QCOMPARE(trail(third), (QStringList{QStringLiteral("QUEUED->SENDING:send"),
                                            QStringLiteral("SENDING->SCHEDULED:response"),
                                            QStringLiteral("SCHEDULED->SUCCESS:refresh")}));
        QCOMPARE(third.events.at(1).effectiveAt, due);
        QCOMPARE(third.events.at(2).at, due.addDays(1));
        QCOMPARE(third.events.at(2).effectiveAt, due);
        QCOMPARE(third.tookEffectAt(), due); // not when the follow-up saw it
    }

    void cancelUnsentAndInterruptedAreRecorded()
    {
        Journal journal(freshPath());
        QVERIFY(journal.open());
        journal.setClock([this] { return m_now; });
        const CreatedRun cancelled = journal.createRun(offlineRun(2));
        QVERIFY(journal.markSending(cancelled.runId, {cancelled.itemIds[0]}) > 0);
        QCOMPARE(journal.cancelQueued(cancelled.runId), 1);
        QCOMPARE(journal.markInterrupted(cancelled.runId), 1);
        const CreatedRun unsent = journal.createRun(offlineRun(1));
        QCOMPARE(journal.failUnsent(unsent.runId, QStringLiteral("APIGW.0301"), QStringLiteral("x")),
                 1);

        const RunRecord a = *journal.loadRun(cancelled.runId);
        QCOMPARE(trail(a.items.at(0)), (QStringList{QStringLiteral("QUEUED->SENDING:send"),
                                                    QStringLiteral("SENDING->UNKNOWN:interrupted")}));
        QCOMPARE(trail(a.items.at(1)), QStringList{QStringLiteral("QUEUED->CANCELLED:cancel")});
        QVERIFY(!a.items.at(1).tookEffectAt().isValid());
        const RunRecord b = *journal.loadRun(unsent.runId);
        QCOMPARE(trail(b.items.at(0)), QStringList{QStringLiteral("QUEUED->FAILED:unsent")});
    }

    void aRefusedWriteRecordsNoEvent()
    {
        Journal journal(freshPath());
        QVERIFY(journal.open());
        const CreatedRun run = journal.createRun(offlineRun(2));
        const qint64 ref = journal.markSending(run.runId, run.itemIds);
        const int before = scalar(journal, QStringLiteral("SELECT COUNT(*) FROM item_events")).toInt();
        QCOMPARE(before, 2);
        // One state for two items carried: refused, nothing recorded.
        QVERIFY(!journal.recordAnswer(answerAll(ref, {run.itemIds[0]}, ItemState::Success)));
        // A waiting item cannot go back to QUEUED: refused, nothing recorded.
        QVERIFY(journal.recordAnswer(answerAll(ref, run.itemIds, ItemState::Scheduled)));
        QVERIFY(!journal.updateItems({outcome(run.itemIds[0], ItemState::Success),
                                      outcome(run.itemIds[1], ItemState::Queued)}));
        QCOMPARE(scalar(journal, QStringLiteral("SELECT COUNT(*) FROM item_events")).toInt(), 4);
        QCOMPARE(journal.loadRun(run.runId)->items.at(0).state, ItemState::Scheduled);
    }

    void prunedWithTheirRun()
    {
        Journal journal(freshPath());
        QVERIFY(journal.open());
        QDateTime now = m_now;
        journal.setClock([&now] { return now; });
        const CreatedRun run = journal.createRun(offlineRun(2));
        const qint64 ref = journal.markSending(run.runId, run.itemIds);
        QVERIFY(journal.recordAnswer(answerAll(ref, run.itemIds, ItemState::Success)));
        QCOMPARE(scalar(journal, QStringLiteral("SELECT COUNT(*) FROM item_events")).toInt(), 4);
        now = now.addDays(200);
        QCOMPARE(journal.prune(180), 1);
        QCOMPARE(scalar(journal, QStringLiteral("SELECT COUNT(*) FROM item_events")).toInt(), 0);
    }

    void aVersionOneJournalKeepsWorking()
    {
        const QString path = freshPath();
        const QDateTime due = QDateTime(QDate(2026, 3, 3), QTime(11, 0), Qt::UTC);
        qint64 runId = 0;
        QList<qint64> ids;
        {
            // A journal as version 1 wrote it: no item_events, version 1.
            Journal journal(path);
            QVERIFY(journal.open());
            journal.setClock([this] { return m_now; });
            const CreatedRun run = journal.createRun(offlineRun(2));
            runId = run.runId;
            ids = run.itemIds;
            const qint64 ref = journal.markSending(runId, ids);
            RequestAnswer answer = answerAll(ref, ids, ItemState::Success);
            answer.items[1].state = ItemState::Scheduled;
            answer.items[1].effectiveAt = due;
            QVERIFY(journal.recordAnswer(answer));
            QSqlQuery q(QSqlDatabase::database(journal.connectionName(), false));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE item_events")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE item_authorizations"))); // version 3
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 1")));
        }
        {
            // Read as it is (history, exports): no events, the times it has.
            Journal reader(path);
            QVERIFY2(reader.openReadOnly(), qPrintable(reader.errorString()));
            const std::optional<RunRecord> record = reader.loadRun(runId);
            QVERIFY2(record, qPrintable(reader.errorString()));
            QVERIFY(record->items.at(0).events.isEmpty());
            QCOMPARE(record->items.at(0).tookEffectAt(), m_now);
            QVERIFY(!record->items.at(1).tookEffectAt().isValid()); // still scheduled
        }
        // A read-write open brings it up to date; the old runs stay; new changes count.
        Journal journal(path);
        QVERIFY2(journal.open(), qPrintable(journal.errorString()));
        QCOMPARE(scalar(journal, QStringLiteral("SELECT version FROM schema_version")).toInt(),
                 Journal::schemaVersion());
        journal.setClock([&] { return due.addSecs(3600); });
        ItemOutcome tookEffect = outcome(ids[1], ItemState::Success);
        tookEffect.effectiveAt = due;
        QVERIFY(journal.updateItems({tookEffect}));
        const RunRecord record = *journal.loadRun(runId);
        QVERIFY(record.items.at(0).events.isEmpty());
        QCOMPARE(trail(record.items.at(1)), QStringList{QStringLiteral("SCHEDULED->SUCCESS:refresh")});
        QCOMPARE(record.items.at(1).tookEffectAt(), due);
    }
};

QTEST_GUILESS_MAIN(TestItemEvents)
#include "tst_item_events.moc"
