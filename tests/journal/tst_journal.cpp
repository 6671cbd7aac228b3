// The journal's schema and the engine's writes: creation and migration, the item life
// cycle and its rules, batched answers, cancel, unfinished runs, retry, pruning.
#include "JournalTestSupport.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dataarts;
using namespace journaltest;

class TestJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("j%1.sqlite").arg(++m_count)); }

    static JournalItem itemOf(const RunRecord &run, qint64 id)
    {
        for (const JournalItem &item : run.items) {
            if (item.id == id)
                return item;
        }
        return JournalItem();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DataArtsDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_journal"));
    }

    void createsFolderAndSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("a/b/journal.sqlite"));
        Journal journal(path);
        QVERIFY2(journal.open(), qPrintable(journal.errorString()));
        QVERIFY(QFile::exists(path));
        QCOMPARE(scalar(journal, QStringLiteral("SELECT version FROM schema_version")).toInt(),
                 Journal::schemaVersion());
        QCOMPARE(scalar(journal, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(journal, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(scalar(journal, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        for (const char *table : {"runs", "requests", "items", "request_items"}) {
            QCOMPARE(scalar(journal, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE "
                                                    "type = 'table' AND name = '%1'")
                                         .arg(QLatin1String(table)))
                         .toInt(),
                     1);
        }
    }

    void migratesAnEmptyFile()
    {
        const QString path = freshPath();
        QFile empty(path);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QCOMPARE(QFileInfo(path).size(), 0);
        Journal journal(path);
        QVERIFY2(journal.open(), qPrintable(journal.errorString()));
        QCOMPARE(scalar(journal, QStringLiteral("SELECT version FROM schema_version")).toInt(),
                 Journal::schemaVersion());
        QVERIFY(journal.createRun(offlineRun(1)).isValid());
    }

    void reopeningKeepsEverything()
    {
        const QString path = freshPath();
        qint64 runId = 0;
        {
            Journal journal(path);
            QVERIFY(journal.open());
            const CreatedRun run = journal.createRun(offlineRun(3));
            QVERIFY(run.isValid());
            runId = run.runId;
            QVERIFY(journal.markSending(runId, run.itemIds.mid(0, 2)) > 0);
        }
        Journal again(path);
        QVERIFY(again.open());
        QCOMPARE(scalar(again, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), 1);
        const auto run = again.loadRun(runId);
        QVERIFY(run);
        QCOMPARE(run->items.size(), 3);
        QCOMPARE(run->run.count(ItemState::Sending), 2);
        QCOMPARE(run->run.count(ItemState::Queued), 1);
        QCOMPARE(run->run.profileName, QStringLiteral("生产环境"));
        QCOMPARE(run->run.parameters.value(QStringLiteral("approver_user_name")).toString(),
                 QStringLiteral("李娜"));
    }

    void refusesAJournalFromANewerVersion()
    {
        const QString path = freshPath();
        {
            Journal journal(path);
            QVERIFY(journal.open());
            QSqlQuery q(QSqlDatabase::database(journal.connectionName(), false));
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        }
        Journal journal(path);
        QVERIFY(!journal.open());
        QCOMPARE(journal.error(), JournalError::TooNew);
        QVERIFY2(journal.errorString().contains(QStringLiteral("newer version")),
                 qPrintable(journal.errorString()));
        QVERIFY(!journal.isOpen());
        QVERIFY(!journal.createRun(offlineRun(1)).isValid());
        QCOMPARE(journal.error(), JournalError::CannotOpen);
    }

    void fullItemLifeCycle()
    {
        Journal journal(freshPath());
        QVERIFY(journal.open());
        QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        journal.setClock([&now] { return now; });

        const CreatedRun created = journal.createRun(offlineRun(5));
        QVERIFY(created.isValid());
        QCOMPARE(created.itemIds.size(), 5);
        const QList<qint64> ids = created.itemIds;
        auto run = journal.loadRun(created.runId);
        QVERIFY(run);
        QCOMPARE(run->run.status(), RunStatus::Running);
        QCOMPARE(run->run.total, 5);
        QCOMPARE(run->run.count(ItemState::Queued), 5);
        QCOMPARE(run->run.createdAt, now);
        QCOMPARE(run->items[0].keyPart, QStringLiteral("TABLE_MODEL"));
        QCOMPARE(run->items[4].keyId, QStringLiteral("885123875376193540"));
        QCOMPARE(run->items[4].displayName, QStringLiteral("dwd_order_4"));

        // First request: three items, committed as SENDING before it leaves.
        now = now.addSecs(1);
        const qint64 ref1 = journal.markSending(created.runId, ids.mid(0, 3));
        QVERIFY2(ref1 > 0, qPrintable(journal.errorString()));
        run = journal.loadRun(created.runId);
        QCOMPARE(run->run.count(ItemState::Sending), 3);
        QCOMPARE(run->requests.size(), 1);
        QCOMPARE(run->requests[0].itemIds, ids.mid(0, 3));
        QCOMPARE(run->requests[0].sentAt, now);
        QVERIFY(!run->requests[0].answeredAt.isValid());
        QCOMPARE(itemOf(*run, ids[0]).attempts, 1);
        QCOMPARE(itemOf(*run, ids[0]).requestRef, ref1);

        now = now.addSecs(1);
        RequestAnswer answer;
        answer.requestRef = ref1;
        answer.requestId = QStringLiteral("7f3c-req");
        answer.httpStatus = 200;
        answer.resultBody = R"({"data":{"value":{"operation_status":"FAILED","groups":[]}}})";
        answer.items = {outcome(ids[0], ItemState::Success),
                        outcome(ids[1], ItemState::Failed, QStringLiteral("DS.6000"),
                                QStringLiteral("对象已下线，无法重复提交")),
                        outcome(ids[2], ItemState::PendingApproval)};
        answer.items[2].approvalId = QStringLiteral("appr-9");
        QVERIFY2(journal.recordAnswer(answer), qPrintable(journal.errorString()));
        run = journal.loadRun(created.runId);
        QCOMPARE(run->requests[0].requestId, QStringLiteral("7f3c-req"));
        QCOMPARE(run->requests[0].httpStatus, 200);
        QCOMPARE(run->requests[0].resultBody, answer.resultBody);
        QCOMPARE(run->requests[0].answeredAt, now);
        QCOMPARE(itemOf(*run, ids[0]).state, ItemState::Success);
        QCOMPARE(itemOf(*run, ids[0]).requestId, QStringLiteral("7f3c-req"));
        QCOMPARE(itemOf(*run, ids[1]).state, ItemState::Failed);
        QCOMPARE(itemOf(*run, ids[1]).code, QStringLiteral("DS.6000"));
        QCOMPARE(itemOf(*run, ids[1]).remark, QStringLiteral("对象已下线，无法重复提交"));
        QCOMPARE(itemOf(*run, ids[1]).updatedAt, now);
        QCOMPARE(itemOf(*run, ids[2]).state, ItemState::PendingApproval);
        QCOMPARE(itemOf(*run, ids[2]).approvalId, QStringLiteral("appr-9"));
        QCOMPARE(run->run.status(), RunStatus::Running);

        // Second request: one scheduled, one refused unapplied (429) and queued again.
        const qint64 ref2 = journal.markSending(created.runId, ids.mid(3, 2));
        QVERIFY(ref2 > 0);
        RequestAnswer throttled;
        throttled.requestRef = ref2;
        throttled.httpStatus = 429;
        throttled.errorCode = QStringLiteral("APIGW.0308");
        const QDateTime effective = QDateTime(QDate(2026, 3, 3), QTime(11, 0), Qt::UTC);
        throttled.items = {outcome(ids[3], ItemState::Scheduled),
                           outcome(ids[4], ItemState::Queued)};
        throttled.items[0].effectiveAt = effective;
        QVERIFY(journal.recordAnswer(throttled));
        run = journal.loadRun(created.runId);
        QCOMPARE(itemOf(*run, ids[3]).effectiveAt, effective);
        QCOMPARE(itemOf(*run, ids[4]).state, ItemState::Queued);
        QCOMPARE(run->requests[1].errorCode, QStringLiteral("APIGW.0308"));

        // The re-queued item goes out again in a third request.
        const qint64 ref3 = journal.markSending(created.runId, {ids[4]});
        QVERIFY(ref3 > 0);
        now = now.addSecs(5);
        QVERIFY(journal.recordAnswer(
            answerAll(ref3, {ids[4]}, ItemState::Success, QStringLiteral("req-3"))));
        run = journal.loadRun(created.runId);
        QCOMPARE(itemOf(*run, ids[4]).attempts, 2);
        QCOMPARE(itemOf(*run, ids[4]).requestRef, ref3);
        QCOMPARE(itemOf(*run, ids[4]).requestId, QStringLiteral("req-3"));
        QCOMPARE(run->requests.size(), 3);
        // Every item is final now: the run is finished.
        QCOMPARE(run->run.status(), RunStatus::Finished);
        QCOMPARE(run->run.finishedAt, now);

        // Later: the approval is resolved.
        ItemOutcome approved = outcome(ids[2], ItemState::Success);
        QVERIFY2(journal.updateItems({approved}), qPrintable(journal.errorString()));
        ItemOutcome tookEffect = outcome(ids[3], ItemState::Success);
        QVERIFY(journal.updateItems({tookEffect}));
        run = journal.loadRun(created.runId);
        QCOMPARE(itemOf(*run, ids[2]).state, ItemState::Success);
        QCOMPARE(itemOf(*run, ids[2]).approvalId, QStringLiteral("appr-9")); // kept
        QCOMPARE(itemOf(*run, ids[3]).effectiveAt, effective);               // kept
        QCOMPARE(run->run.count(ItemState::Success), 4);
        QCOMPARE(run->run.count(ItemState::Failed), 1);
        QCOMPARE(run->run.total, 5);
    }

    void neverSendsAnItemTwice()
    {
        Journal journal(freshPath());
        QVERIFY(journal.open());
        const CreatedRun a = journal.createRun(offlineRun(3));
        const CreatedRun b = journal.createRun(offlineRun(1));
        QVERIFY(journal.markSending(a.runId, {a.itemIds[0]}) > 0);
        const int requests =
            scalar(journal, QStringLiteral("SELECT COUNT(*) FROM requests")).toInt();

        // Already SENDING, even among queued ones: refused, and nothing changes.
        QCOMPARE(journal.markSending(a.runId, {a.itemIds[1], a.itemIds[0]}), 0);
        QCOMPARE(journal.error(), JournalError::Invalid);
        QVERIFY(journal.errorString().contains(QStringLiteral("not waiting to be sent")));
        // The same item twice in one request.
        QCOMPARE(journal.markSending(a.runId, {a.itemIds[2], a.itemIds[2]}), 0);
        QVERIFY2(journal.errorString().contains(QStringLiteral("more than once")),
                 qPrintable(journal.errorString()));
        // An item of another run.
        QCOMPARE(journal.markSending(a.runId, {b.itemIds[0]}), 0);
        QCOMPARE(journal.error(), JournalError::Invalid);
        // No items, no run.
        QCOMPARE(journal.markSending(a.runId, {}), 0);
        QCOMPARE(journal.markSending(9999, {a.itemIds[1]}), 0);
        QCOMPARE(journal.error(), JournalError::NotFound);

        QCOMPARE(scalar(journal, QStringLiteral("SELECT COUNT(*) FROM requests")).toInt(),
                 requests);
        const auto run = journal.loadRun(a.runId);
        QCOMPARE(run->run.count(ItemState::Sending), 1);
        QCOMPARE(run->run.count(ItemState::Queued), 2);
        QCOMPARE(itemOf(*run, a.itemIds[1]).attempts, 0);
    }

    void answersMustAccountForEveryItem()
    {
        Journal journal(freshPath());
        QVERIFY(journal.open());
        const CreatedRun run = journal.createRun(offlineRun(4));
        const QList<qint64> ids = run.itemIds;
        const qint64 ref = journal.markSending(run.runId, ids.mid(0, 2));
        const qint64 other = journal.markSending(run.runId, ids.mid(2, 1));

        // Too few outcomes.
        QVERIFY(!journal.recordAnswer(answerAll(ref, {ids[0]}, ItemState::Success)));
        QCOMPARE(journal.error(), JournalError::Invalid);
        // An item the request did not carry.
        QVERIFY(!journal.recordAnswer(answerAll(ref, {ids[0], ids[2]}, ItemState::Success)));
        // Left SENDING.
        QVERIFY(!journal.recordAnswer(answerAll(ref, {ids[0], ids[1]}, ItemState::Sending)));
        // One item twice.
        QVERIFY(!journal.recordAnswer(answerAll(ref, {ids[0], ids[0]}, ItemState::Success)));
        // No such request.
        QVERIFY(!journal.recordAnswer(answerAll(777, {ids[0]}, ItemState::Success)));
        QCOMPARE(journal.error(), JournalError::NotFound);

        auto loaded = journal.loadRun(run.runId);
        QCOMPARE(loaded->run.count(ItemState::Sending), 3);
        QVERIFY(!loaded->requests[0].answeredAt.isValid());

        QVERIFY(journal.recordAnswer(answerAll(ref, {ids[0], ids[1]}, ItemState::Success)));
        // Answered already.
        QVERIFY(!journal.recordAnswer(answerAll(ref, {ids[0], ids[1]}, ItemState::Failed)));
        QCOMPARE(journal.error(), JournalError::Invalid);
        loaded = journal.loadRun(run.runId);
        QCOMPARE(loaded->run.count(ItemState::Success), 2);
        QVERIFY(other > 0);
    }

    void batchedAnswersAreAllOrNothing()
    {
        Journal journal(freshPath());
        QVERIFY(journal.open());
        const CreatedRun run = journal.createRun(offlineRun(150));
        QList<qint64> refs;
        for (int i = 0; i < 3; ++i)
            refs.append(journal.markSending(run.runId, run.itemIds.mid(i * 50, 50)));

        // The third answer is wrong (an item short): none of the three is recorded.
        QList<RequestAnswer> answers = {
            answerAll(refs[0], run.itemIds.mid(0, 50), ItemState::Success),
            answerAll(refs[1], run.itemIds.mid(50, 50), ItemState::Failed),
            answerAll(refs[2], run.itemIds.mid(100, 49), ItemState::Success)};
        QVERIFY(!journal.recordAnswers(answers));
        QCOMPARE(journal.loadRun(run.runId)->run.count(ItemState::Sending), 150);

        answers[2] = answerAll(refs[2], run.itemIds.mid(100, 50), ItemState::Success);
        QVERIFY2(journal.recordAnswers(answers), qPrintable(journal.errorString()));
        const auto loaded = journal.loadRun(run.runId);
        QCOMPARE(loaded->run.count(ItemState::Success), 100);
        QCOMPARE(loaded->run.count(ItemState::Failed), 50);
        QCOMPARE(loaded->run.status(), RunStatus::Finished);
    }

    void largeRequestsAndMixedAnswers()
    {
        // More items than one statement takes, answered with several different outcomes.
        Journal journal(freshPath());
        QVERIFY(journal.open());
        const CreatedRun run = journal.createRun(offlineRun(1000));
        QList<qint64> ids = run.itemIds;
        // An item of the run that is not queued any more, at the end of a long request.
        const qint64 first = journal.markSending(run.runId, {ids.last()});
        QVERIFY(first > 0);
        QCOMPARE(journal.markSending(run.runId, ids), 0);
        QVERIFY2(journal.errorString().contains(QString::number(ids.last())),
                 qPrintable(journal.errorString()));
        QCOMPARE(journal.runSummary(run.runId)->count(ItemState::Sending), 1);

        ids.removeLast();
        const qint64 ref = journal.markSending(run.runId, ids);
        QVERIFY2(ref > 0, qPrintable(journal.errorString()));
        RequestAnswer answer = answerAll(ref, ids, ItemState::Success);
        for (int i = 0; i < ids.size(); i += 3) {
            answer.items[i] = outcome(ids[i], ItemState::Failed, QStringLiteral("DS.6000"),
                                      QStringLiteral("remark %1").arg(i % 2));
        }
        answer.items[10].approvalId = QStringLiteral("appr-10");
        answer.items[10].state = ItemState::PendingApproval;
        // The last item belongs to another request: refused, nothing changes.
        RequestAnswer wrong = answer;
        wrong.items.last().itemId = run.itemIds.last();
        QVERIFY(!journal.recordAnswer(wrong));
        QVERIFY2(journal.errorString().contains(QString::number(run.itemIds.last())),
                 qPrintable(journal.errorString()));
        QCOMPARE(journal.runSummary(run.runId)->count(ItemState::Sending), 1000);

        QVERIFY2(journal.recordAnswer(answer), qPrintable(journal.errorString()));
        const auto loaded = journal.loadRun(run.runId);
        QCOMPARE(loaded->run.count(ItemState::Failed), 333);
        QCOMPARE(loaded->run.count(ItemState::PendingApproval), 1);
        QCOMPARE(loaded->run.count(ItemState::Success), 999 - 333 - 1);
        QCOMPARE(itemOf(*loaded, ids[3]).remark, QStringLiteral("remark 1"));
        QCOMPARE(itemOf(*loaded, ids[6]).remark, QStringLiteral("remark 0"));
        QCOMPARE(itemOf(*loaded, ids[10]).approvalId, QStringLiteral("appr-10"));
        QCOMPARE(loaded->requests[1].itemIds.size(), 999);
    }

    void refusesStateChangesOutsideTheLifeCycle()
    {
        Journal journal(freshPath());
        QVERIFY(journal.open());
        const CreatedRun run = journal.createRun(offlineRun(4));
        const QList<qint64> ids = run.itemIds;
        const qint64 ref = journal.markSending(run.runId, ids.mid(0, 2));
        QVERIFY(journal.recordAnswer(answerAll(ref, ids.mid(0, 2), ItemState::Success)));
        journal.markSending(run.runId, {ids[2]});

        const auto refused = [&](qint64 id, ItemState to) {
            return !journal.updateItems({outcome(id, to)}) &&
                   journal.error() == JournalError::Invalid;
        };
        QVERIFY(refused(ids[0], ItemState::Failed)); // SUCCESS is final
        QVERIFY(refused(ids[0], ItemState::Queued));
        QVERIFY(refused(ids[2], ItemState::Success)); // SENDING waits for its answer
        QVERIFY(refused(ids[3], ItemState::Success)); // QUEUED was never sent
        QVERIFY(refused(ids[3], ItemState::Sending)); // only markSending sends
        QVERIFY(!journal.updateItems({outcome(4242, ItemState::Success)}));
        QCOMPARE(journal.error(), JournalError::NotFound);
        // All or nothing: a good change next to a bad one is not applied.
        QVERIFY(!journal.updateItems(
            {outcome(ids[3], ItemState::Cancelled), outcome(ids[0], ItemState::Failed)}));
        QCOMPARE(journal.loadRun(run.runId)->run.count(ItemState::Queued), 1);
        QVERIFY(journal.updateItems({outcome(ids[3], ItemState::Cancelled)}));
    }

    void cancelStopsQueuedItemsOnly()
    {
        Journal journal(freshPath());
        QVERIFY(journal.open());
        const CreatedRun run = journal.createRun(offlineRun(10));
        const qint64 ref = journal.markSending(run.runId, run.itemIds.mid(0, 3));
        QCOMPARE(journal.cancelQueued(run.runId), 7);
        auto summary = journal.runSummary(run.runId);
        QCOMPARE(summary->count(ItemState::Cancelled), 7);
        QCOMPARE(summary->count(ItemState::Sending), 3);
        QVERIFY(summary->cancelled);
        QCOMPARE(summary->status(), RunStatus::Running); // in-flight ones still count
        QCOMPARE(journal.markSending(run.runId, {run.itemIds[5]}), 0);
        QCOMPARE(journal.error(), JournalError::Invalid);

        QVERIFY(journal.recordAnswer(answerAll(ref, run.itemIds.mid(0, 3), ItemState::Success)));
        summary = journal.runSummary(run.runId);
        QCOMPARE(summary->status(), RunStatus::Cancelled);
        QCOMPARE(summary->count(ItemState::Success), 3);
        // A run cancelled while a request's outcome was unknown: an item found unapplied
        // is queued again, but not sent; cancelling again settles it.
        const CreatedRun other = journal.createRun(offlineRun(1));
        const qint64 lost = journal.markSending(other.runId, other.itemIds);
        QVERIFY(journal.recordAnswer(answerAll(lost, other.itemIds, ItemState::Unknown)));
        QCOMPARE(journal.cancelQueued(other.runId), 0);
        QVERIFY(journal.updateItems({outcome(other.itemIds[0], ItemState::Queued)}));
        QCOMPARE(journal.markSending(other.runId, other.itemIds), 0);
        QVERIFY(journal.errorString().contains(QStringLiteral("cancelled")));
        QCOMPARE(journal.cancelQueued(other.runId), 1);
        QCOMPARE(journal.runSummary(other.runId)->status(), RunStatus::Cancelled);

        QCOMPARE(journal.cancelQueued(31337), -1);
        QCOMPARE(journal.error(), JournalError::NotFound);
    }

    void readOnlyOpenNeverWrites()
    {
        const QString path = freshPath();
        {
            Journal missing(path);
            QVERIFY(!missing.openReadOnly());
            QCOMPARE(missing.error(), JournalError::CannotOpen);
            QVERIFY(!QFileInfo::exists(path));
        }
        qint64 runId = 0;
        {
            Journal writer(path);
            QVERIFY(writer.open());
            runId = writer.createRun(offlineRun(3)).runId;
            QVERIFY(runId > 0);
        }
        Journal reader(path);
        QVERIFY2(reader.openReadOnly(), qPrintable(reader.errorString()));
        QCOMPARE(reader.loadRun(runId)->items.size(), 3);
        QCOMPARE(reader.searchRuns(JournalQuery()).total, 1);
        QVERIFY(!reader.createRun(offlineRun(1)).isValid());
        QCOMPARE(reader.error(), JournalError::ReadOnly);
        QCOMPARE(reader.searchRuns(JournalQuery()).total, 1);
    }

    void failUnsentEndsARunThatSentNothing()
    {
        Journal journal(freshPath());
        QVERIFY(journal.open());
        // Something was sent: refused, nothing changed.
        const CreatedRun sent = journal.createRun(offlineRun(4));
        QVERIFY(journal.markSending(sent.runId, sent.itemIds.mid(0, 1)) > 0);
        QCOMPARE(journal.failUnsent(sent.runId, QStringLiteral("APIGW.0301"), QStringLiteral("x")),
                 -1);
        QCOMPARE(journal.error(), JournalError::Invalid);
        QCOMPARE(journal.runSummary(sent.runId)->count(ItemState::Queued), 3);
        // Nothing was sent: every item FAILED with the error, the run finished.
        const CreatedRun unsent = journal.createRun(offlineRun(4));
        QCOMPARE(journal.failUnsent(unsent.runId, QStringLiteral("APIGW.0301"),
                                    QStringLiteral("verify aksk signature fail")),
                 4);
        const std::optional<RunRecord> record = journal.loadRun(unsent.runId);
        QCOMPARE(record->run.status(), RunStatus::Finished);
        for (const JournalItem &item : record->items) {
            QCOMPARE(item.state, ItemState::Failed);
            QCOMPARE(item.code, QStringLiteral("APIGW.0301"));
            QCOMPARE(item.remark, QStringLiteral("verify aksk signature fail"));
        }
        QList<qint64> unfinished;
        for (const RunSummary &run : journal.unfinishedRuns())
            unfinished.append(run.id);
        QCOMPARE(unfinished, QList<qint64>{sent.runId});
        QCOMPARE(journal.failUnsent(31337, QString(), QString()), -1);
        QCOMPARE(journal.error(), JournalError::NotFound);
    }

    void unfinishedRunsAndReconciliation()
    {
        Journal journal(freshPath());
        QVERIFY(journal.open());
        const CreatedRun done = journal.createRun(offlineRun(2));
        const qint64 doneRef = journal.markSending(done.runId, done.itemIds);
        QVERIFY(journal.recordAnswer(answerAll(doneRef, done.itemIds, ItemState::Success)));
        const CreatedRun sending = journal.createRun(offlineRun(3));
        journal.markSending(sending.runId, sending.itemIds.mid(0, 2));
        const CreatedRun queued = journal.createRun(offlineRun(2));
        const CreatedRun unknown = journal.createRun(offlineRun(1));
        const qint64 unknownRef = journal.markSending(unknown.runId, unknown.itemIds);
        RequestAnswer timedOut = answerAll(unknownRef, unknown.itemIds, ItemState::Unknown);
        timedOut.httpStatus = 0;
        timedOut.errorCode = QStringLiteral("TIMEOUT");
        QVERIFY(journal.recordAnswer(timedOut));

        QList<qint64> ids;
        const QList<RunSummary> unfinished = journal.unfinishedRuns();
        for (const RunSummary &run : unfinished)
            ids.append(run.id);
        QCOMPARE(ids, (QList<qint64>{sending.runId, queued.runId, unknown.runId}));
        QCOMPARE(unfinished[0].count(ItemState::Sending), 2);
        QCOMPARE(unfinished[2].count(ItemState::Unknown), 1);

        // After a crash: SENDING becomes UNKNOWN, then each is settled by re-reading.
        QCOMPARE(journal.markInterrupted(sending.runId), 2);
        QCOMPARE(journal.runSummary(sending.runId)->count(ItemState::Unknown), 2);
        QCOMPARE(journal.markInterrupted(404), -1);
        QCOMPARE(journal.error(), JournalError::NotFound);
        ItemOutcome applied = outcome(sending.itemIds[0], ItemState::Success);
        applied.remark = QStringLiteral("entity status OFFLINE");
        ItemOutcome notApplied = outcome(sending.itemIds[1], ItemState::Queued);
        QVERIFY(journal.updateItems({applied, notApplied}));
        // Not applied: it may be sent again (a new request, attempts 2).
        const qint64 again = journal.markSending(sending.runId, sending.itemIds.mid(1, 2));
        QVERIFY(again > 0);
        QVERIFY(
            journal.recordAnswer(answerAll(again, sending.itemIds.mid(1, 2), ItemState::Success)));
        const auto run = journal.loadRun(sending.runId);
        QCOMPARE(run->run.status(), RunStatus::Finished);
        QCOMPARE(itemOf(*run, sending.itemIds[1]).attempts, 2);
        QCOMPARE(itemOf(*run, sending.itemIds[0]).remark, QStringLiteral("entity status OFFLINE"));
        // The first request never got its answer, and says so.
        QVERIFY(!run->requests[0].answeredAt.isValid());

        QVERIFY(journal.updateItems(
            {outcome(unknown.itemIds[0], ItemState::Failed, QStringLiteral("DLM.4182"))}));
        ids.clear();
        const QList<RunSummary> left = journal.unfinishedRuns();
        for (const RunSummary &r : left)
            ids.append(r.id);
        QCOMPARE(ids, (QList<qint64>{queued.runId}));
    }

    void retryFailedMakesALinkedRun()
    {
        Journal journal(freshPath());
        QVERIFY(journal.open());
        const CreatedRun run = journal.createRun(offlineRun(5));
        const qint64 ref = journal.markSending(run.runId, run.itemIds);
        RequestAnswer answer = answerAll(ref, run.itemIds, ItemState::Success);
        answer.items[1] = outcome(run.itemIds[1], ItemState::Failed, QStringLiteral("DS.6000"));
        answer.items[3] = outcome(run.itemIds[3], ItemState::Failed, QStringLiteral("DS.6000"));
        QVERIFY(journal.recordAnswer(answer));

        const CreatedRun retry = journal.retryFailed(run.runId, QStringLiteral("li.na"));
        QVERIFY2(retry.isValid(), qPrintable(journal.errorString()));
        QCOMPARE(retry.itemIds.size(), 2);
        const auto loaded = journal.loadRun(retry.runId);
        const auto original = journal.loadRun(run.runId);
        QCOMPARE(loaded->run.retryOf, run.runId);
        QCOMPARE(loaded->run.kind, RunKind::BatchOffline);
        QCOMPARE(loaded->run.profileId, original->run.profileId);
        QCOMPARE(loaded->run.parameters, original->run.parameters);
        QCOMPARE(loaded->run.createdBy, QStringLiteral("li.na"));
        QCOMPARE(loaded->items[0].keyId, original->items[1].keyId);
        QCOMPARE(loaded->items[0].displayName, original->items[1].displayName);
        QCOMPARE(loaded->items[1].keyId, original->items[3].keyId);
        QCOMPARE(loaded->items[1].state, ItemState::Queued);
        QCOMPARE(loaded->items[1].code, QString());

        const qint64 ref2 = journal.markSending(retry.runId, retry.itemIds);
        QVERIFY(journal.recordAnswer(answerAll(ref2, retry.itemIds, ItemState::Success)));
        QVERIFY(!journal.retryFailed(retry.runId, QStringLiteral("li.na")).isValid());
        QCOMPARE(journal.error(), JournalError::Invalid);
        QVERIFY(!journal.retryFailed(5555, QStringLiteral("li.na")).isValid());
        QCOMPARE(journal.error(), JournalError::NotFound);
    }

    void prunesOldFinishedRunsOnly()
    {
        Journal journal(freshPath());
        QVERIFY(journal.open());
        QDateTime now = QDateTime(QDate(2025, 1, 10), QTime(8, 0), Qt::UTC);
        journal.setClock([&now] { return now; });
        const auto finish = [&](const CreatedRun &run) {
            const qint64 ref = journal.markSending(run.runId, run.itemIds);
            return journal.recordAnswer(answerAll(ref, run.itemIds, ItemState::Success));
        };
        const CreatedRun old = journal.createRun(offlineRun(3));
        QVERIFY(finish(old));
        const CreatedRun oldUnfinished = journal.createRun(offlineRun(2));
        journal.markSending(oldUnfinished.runId, oldUnfinished.itemIds.mid(0, 1));
        now = now.addDays(100);
        const CreatedRun recent = journal.createRun(offlineRun(2));
        QVERIFY(finish(recent));

        now = now.addDays(81); // `old` is 181 days old, `recent` 81
        QCOMPARE(journal.prune(180), 1);
        QVERIFY(!journal.loadRun(old.runId));
        QCOMPARE(journal.error(), JournalError::NotFound);
        QVERIFY(journal.loadRun(oldUnfinished.runId));
        QVERIFY(journal.loadRun(recent.runId));
        // Nothing of the pruned run is left behind.
        QCOMPARE(
            scalar(journal,
                   QStringLiteral("SELECT COUNT(*) FROM items WHERE run_id = %1").arg(old.runId))
                .toInt(),
            0);
        QCOMPARE(
            scalar(journal,
                   QStringLiteral("SELECT COUNT(*) FROM requests WHERE run_id = %1").arg(old.runId))
                .toInt(),
            0);
        QCOMPARE(scalar(journal, QStringLiteral("SELECT COUNT(*) FROM request_items")).toInt(),
                 3); // recent's two + oldUnfinished's one
        QCOMPARE(journal.prune(180), 0);
        QCOMPARE(journal.prune(80), 1);
        QCOMPARE(journal.prune(0), -1);
        QCOMPARE(journal.error(), JournalError::Invalid);
    }

    void retentionSetting()
    {
        QSettings().remove(QStringLiteral("journal"));
        QCOMPARE(Journal::retentionDays(), 180);
        Journal::setRetentionDays(30);
        QCOMPARE(Journal::retentionDays(), 30);
        Journal::setRetentionDays(0);
        QCOMPARE(Journal::retentionDays(), 180);
        QSettings().remove(QStringLiteral("journal"));
    }

    void refusesARunWithoutItems()
    {
        Journal journal(freshPath());
        QVERIFY(journal.open());
        QVERIFY(!journal.createRun(offlineRun(0)).isValid());
        QCOMPARE(journal.error(), JournalError::Invalid);
        NewRun noId = offlineRun(2);
        noId.items[1].keyId.clear();
        QVERIFY(!journal.createRun(noId).isValid());
        QCOMPARE(scalar(journal, QStringLiteral("SELECT COUNT(*) FROM runs")).toInt(), 0);
    }

    void instancesOnTheSameFileShareIt()
    {
        const QString path = freshPath();
        Journal a(path);
        Journal b(path);
        QVERIFY(a.open());
        QVERIFY(b.open());
        QVERIFY(a.connectionName() != b.connectionName());
        const CreatedRun run = a.createRun(offlineRun(2));
        QVERIFY(b.markSending(run.runId, run.itemIds) > 0);
        QCOMPARE(a.runSummary(run.runId)->count(ItemState::Sending), 2);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
