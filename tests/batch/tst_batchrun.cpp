// The scheduler (BatchRun) with a fake strategy and a real journal: chunking, per-lane
// serialization, the concurrency bound, markSending before a request starts, cancel
// (in-flight recorded, the rest CANCELLED), unknown outcomes reconciled (never re-sent
// blindly), requeues, halts and resume, retry of the failed items, and every item ending in
// exactly one final state that the journal agrees with.
#include "FakeStrategy.h"

#include "batch/BatchRun.h"
#include "batch/JournalWriter.h"
#include "client/Session.h"
#include "journal/Journal.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dataarts;
using namespace faketest;

class TestBatchRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<JournalWriter> m_writer;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Session> m_graceSession; // unknownGraceMs = kGraceMs
    static constexpr int kGraceMs = 800;
    FakeServer m_server;

    qint64 createRun(int items, int lanes = 0)
    {
        NewRun run;
        run.kind = RunKind::ApiAction;
        run.profileName = QStringLiteral("test");
        run.createdBy = QStringLiteral("tester");
        for (int i = 0; i < items; ++i) {
            const QString lane =
                lanes > 0 ? QStringLiteral("cluster-%1").arg(i % lanes) : QStringLiteral("c");
            run.items.append({QStringLiteral("item-%1").arg(i), lane, QString()});
        }
        const CreatedRun created = m_journal->createRun(run);
        m_server.runId = created.runId;
        return created.runId;
    }

    std::unique_ptr<BatchRun> makeRun(qint64 runId, int chunk, int concurrency, bool lanes)
    {
        const std::optional<RunRecord> record = m_journal->loadRun(runId);
        if (!record)
            return nullptr;
        return std::make_unique<BatchRun>(m_session.get(), m_writer.get(),
                                          std::make_unique<FakeStrategy>(&m_server, chunk, lanes),
                                          *record, chunk, concurrency);
    }

    static bool runToEnd(BatchRun &run, int timeoutMs = 20000)
    {
        QSignalSpy finished(&run, &BatchRun::finished);
        if (run.phase() == BatchRun::Phase::Idle)
            run.start();
        return finished.count() > 0 || finished.wait(timeoutMs);
    }

    // Every item in exactly one final state, in memory and in the journal alike.
    void checkAllFinal(const BatchRun &run)
    {
        const std::optional<RunRecord> record = m_journal->loadRun(run.id());
        QVERIFY(record);
        const QList<BatchRun::ItemView> items = run.items();
        QCOMPARE(items.size(), record->items.size());
        for (int i = 0; i < items.size(); ++i) {
            QVERIFY2(itemStates::isFinal(items.at(i).state),
                     qPrintable(itemStates::name(items.at(i).state)));
            QCOMPARE(record->items.at(i).id, items.at(i).item.id);
            QCOMPARE(itemStates::name(record->items.at(i).state),
                     itemStates::name(items.at(i).state));
        }
        QVERIFY(record->run.finishedAt.isValid());
        const RunTotals t = run.totals();
        QCOMPARE(t.finalCount(), t.total);
        QCOMPARE(t.queued + t.sending + t.unknown, 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        ConnectionSettings settings;
        settings.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9"));
        settings.projectId = QStringLiteral("p");
        settings.workspace = QStringLiteral("w");
        settings.akSk.accessKey = QStringLiteral("AK");
        settings.akSk.secretKey = "SK";
        settings.proxyMode = ProxyMode::None;
        // The fake server answers only after applying: one read decides at once.
        settings.unknownGraceMs = 0;
        m_session = std::make_unique<Session>(settings);
        settings.unknownGraceMs = kGraceMs;
        m_graceSession = std::make_unique<Session>(settings);
    }

    void init()
    {
        m_journal =
            std::make_unique<Journal>(m_dir.filePath(QStringLiteral("j%1.sqlite").arg(++m_count)));
        QVERIFY2(m_journal->open(), qPrintable(m_journal->errorString()));
        m_writer = std::make_unique<JournalWriter>(m_journal->path());
        QVERIFY2(m_writer->open(), qPrintable(m_writer->errorString()));
        m_server = FakeServer();
        m_server.journal = m_journal.get();
    }

    void chunksItems()
    {
        const qint64 id = createRun(120);
        auto run = makeRun(id, 50, 4, false);
        QVERIFY(runToEnd(*run));
        QCOMPARE(run->outcome(), BatchRun::Outcome::Completed);
        std::sort(m_server.requestSizes.begin(), m_server.requestSizes.end());
        QCOMPARE(m_server.requestSizes, (QList<int>{20, 50, 50}));
        QCOMPARE(run->totals().success, 120);
        QCOMPARE(m_server.startedWhileNotSending, 0);
        checkAllFinal(*run);
        const std::optional<RunRecord> record = m_journal->loadRun(id);
        QCOMPARE(record->requests.size(), 3);
    }

    void serializesPerLaneAndBoundsConcurrency()
    {
        createRun(60, 3);
        auto run = makeRun(m_server.runId, 1, 10, true);
        QVERIFY(runToEnd(*run));
        QCOMPARE(m_server.maxLaneInFlight, 1);
        QCOMPARE(m_server.maxInFlight, 3); // three lanes, one at a time each
        QCOMPARE(run->totals().success, 60);
        checkAllFinal(*run);
    }

    void boundsConcurrency()
    {
        createRun(40);
        m_server.latencyMs = 30;
        auto run = makeRun(m_server.runId, 1, 4, false);
        QVERIFY(runToEnd(*run));
        QCOMPARE(m_server.maxInFlight, 4);
        QCOMPARE(run->maxInFlight(), 4);
        QCOMPARE(m_server.started, 40);
        checkAllFinal(*run);
    }

    void cancelRecordsInFlightAndCancelsTheRest()
    {
        createRun(100);
        m_server.latencyMs = 30;
        auto run = makeRun(m_server.runId, 1, 3, false);
        QSignalSpy finished(run.get(), &BatchRun::finished);
        QSignalSpy startedRequests(run.get(), &BatchRun::requestStarted);
        QSignalSpy answered(run.get(), &BatchRun::requestFinished);
        run->start();
        QTRY_VERIFY_WITH_TIMEOUT(answered.count() >= 5, 10000);
        const int inFlight = run->inFlight();
        QVERIFY(inFlight > 0);
        const int startedBefore = int(startedRequests.count());
        run->cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(run->outcome(), BatchRun::Outcome::Cancelled);
        QCOMPARE(startedRequests.count(), startedBefore); // nothing sent after the cancel
        QCOMPARE(answered.count(), startedBefore);        // in-flight ones were recorded
        const RunTotals t = run->totals();
        QCOMPARE(t.success, startedBefore);
        QCOMPARE(t.cancelled, 100 - startedBefore);
        checkAllFinal(*run);
        const std::optional<RunSummary> summary = m_journal->runSummary(run->id());
        QCOMPARE(summary->status(), RunStatus::Cancelled);
    }

    void notAppliedIsBelievedOnlyAfterTheGraceAndTwoReads()
    {
        // Issue 18: a lost answer of a write the server did not apply is sent again only
        // after reads made the grace period after it, two of them a quarter apart, agree.
        createRun(4);
        m_server.script = [](const RunItem &item, int previous) {
            return previous == 0 && item.keyId == QLatin1String("item-2") ? Fate::LostNotApplied
                                                                          : Fate::Apply;
        };
        const std::optional<RunRecord> record = m_journal->loadRun(m_server.runId);
        QVERIFY(record);
        auto run = std::make_unique<BatchRun>(m_graceSession.get(), m_writer.get(),
                                              std::make_unique<FakeStrategy>(&m_server, 1, false),
                                              *record, 1, 1);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runToEnd(*run));
        QCOMPARE(run->outcome(), BatchRun::Outcome::Completed);
        QCOMPARE(m_server.sends.value(QStringLiteral("item-2")), 2);
        QCOMPARE(m_server.applied.value(QStringLiteral("item-2")), 1);
        // The read at once and the one at the grace period say "not applied"; only the
        // confirming one a quarter later lets it go again.
        QVERIFY2(m_server.reconcileReads >= 3,
                 qPrintable(QString::number(m_server.reconcileReads)));
        QVERIFY(clock.elapsed() >= kGraceMs + kGraceMs / 4);
        QCOMPARE(run->totals().success, 4);
        checkAllFinal(*run);
    }

    void reconcilesUnknownOutcomesWithoutBlindResends()
    {
        createRun(50);
        // Every 5th answer is lost after being applied, every 7th is lost before.
        m_server.script = [](const RunItem &item, int previous) {
            const int n = item.keyId.mid(5).toInt();
            if (previous == 0 && n % 5 == 0)
                return Fate::LostApplied;
            if (previous == 0 && n % 7 == 0)
                return Fate::LostNotApplied;
            return Fate::Apply;
        };
        auto run = makeRun(m_server.runId, 1, 4, false);
        QVERIFY(runToEnd(*run));
        QCOMPARE(run->outcome(), BatchRun::Outcome::Completed);
        QVERIFY(m_server.reconcileReads >= 1);
        for (int n = 0; n < 50; ++n) {
            const QString key = QStringLiteral("item-%1").arg(n);
            QCOMPARE(m_server.applied.value(key), 1); // applied exactly once
            const int expectedSends = (n % 5 != 0 && n % 7 == 0) ? 2 : 1;
            QCOMPARE(m_server.sends.value(key), expectedSends);
        }
        QCOMPARE(run->totals().success, 50);
        checkAllFinal(*run);
    }

    void requeuesThrottledItemsThenGivesUp()
    {
        createRun(6);
        m_server.script = [](const RunItem &item, int previous) {
            if (item.keyId == QLatin1String("item-0"))
                return Fate::Throttle; // always
            if (item.keyId == QLatin1String("item-1") && previous < 2)
                return Fate::Throttle; // twice, then fine
            return Fate::Apply;
        };
        auto run = makeRun(m_server.runId, 1, 2, false);
        QVERIFY(runToEnd(*run));
        QCOMPARE(run->item(m_journal->loadRun(run->id())->items.at(0).id).state, ItemState::Failed);
        QCOMPARE(m_server.sends.value(QStringLiteral("item-0")), BatchRun::kMaxRequeues + 1);
        QCOMPARE(m_server.sends.value(QStringLiteral("item-1")), 3);
        QCOMPARE(run->totals().success, 5);
        checkAllFinal(*run);
    }

    void refusedItemsFailAndRetryFailedSendsOnlyThem()
    {
        createRun(30);
        m_server.script = [](const RunItem &item, int previous) {
            const int n = item.keyId.mid(5).toInt();
            return n % 4 == 0 && previous == 0 ? Fate::Refuse : Fate::Apply;
        };
        auto run = makeRun(m_server.runId, 5, 2, false);
        QVERIFY(runToEnd(*run));
        QCOMPARE(run->totals().failed, 8);
        checkAllFinal(*run);
        const std::optional<RunRecord> first = m_journal->loadRun(run->id());
        for (const JournalItem &j : first->items) {
            if (j.state == ItemState::Failed) {
                QCOMPARE(j.code, QStringLiteral("FAKE.400"));
                QCOMPARE(j.remark, QStringLiteral("refused"));
            }
        }

        const CreatedRun retry = m_journal->retryFailed(run->id(), QStringLiteral("tester"));
        QVERIFY2(retry.isValid(), qPrintable(m_journal->errorString()));
        QCOMPARE(retry.itemIds.size(), 8);
        m_server.runId = retry.runId;
        auto second = makeRun(retry.runId, 5, 2, false);
        QVERIFY(runToEnd(*second));
        QCOMPARE(second->totals().success, 8);
        checkAllFinal(*second);
        for (int n = 0; n < 30; ++n) {
            const QString key = QStringLiteral("item-%1").arg(n);
            QCOMPARE(m_server.sends.value(key), n % 4 == 0 ? 2 : 1);
            QCOMPARE(m_server.applied.value(key), 1);
        }
    }

    void haltsOnUnauthorizedAndResumes()
    {
        createRun(20);
        bool locked = true;
        m_server.script = [&locked](const RunItem &item, int) {
            return locked && item.keyId == QLatin1String("item-6") ? Fate::Unauthorized
                                                                   : Fate::Apply;
        };
        auto run = makeRun(m_server.runId, 1, 1, false);
        QVERIFY(runToEnd(*run));
        QCOMPARE(run->outcome(), BatchRun::Outcome::Interrupted);
        QCOMPARE(run->lastError().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(m_server.started, 7); // nothing after the 401
        QCOMPARE(run->totals().queued, 14);
        const QList<RunSummary> unfinished = m_journal->unfinishedRuns();
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.first().id, run->id());

        locked = false;
        QVERIFY(m_journal->markInterrupted(run->id()) >= 0);
        auto resumed = makeRun(run->id(), 1, 1, false);
        QVERIFY(runToEnd(*resumed));
        QCOMPARE(resumed->outcome(), BatchRun::Outcome::Completed);
        QCOMPARE(resumed->totals().success, 20);
        checkAllFinal(*resumed);
        for (int n = 0; n < 20; ++n)
            QCOMPARE(m_server.applied.value(QStringLiteral("item-%1").arg(n)), 1);
    }

    void resumeReconcilesItemsLeftSending()
    {
        const qint64 id = createRun(10);
        const std::optional<RunRecord> record = m_journal->loadRun(id);
        // A crash after markSending of the first three: one of them had been applied.
        QVERIFY(m_journal->markSending(id, {record->items.at(0).id, record->items.at(1).id,
                                            record->items.at(2).id}) > 0);
        m_server.applied.insert(QStringLiteral("item-1"), 1);
        QCOMPARE(m_journal->markInterrupted(id), 3);
        auto run = makeRun(id, 1, 2, false);
        QVERIFY(runToEnd(*run));
        QCOMPARE(run->outcome(), BatchRun::Outcome::Completed);
        QCOMPARE(m_server.sends.value(QStringLiteral("item-1")), 0); // read, not re-sent
        QCOMPARE(m_server.sends.value(QStringLiteral("item-0")), 1);
        QCOMPARE(m_server.applied.value(QStringLiteral("item-1")), 1);
        QCOMPARE(run->totals().success, 10);
        checkAllFinal(*run);
    }

    void stopsWhenReconciliationCannotDecide()
    {
        createRun(5);
        m_server.script = [](const RunItem &item, int) {
            return item.keyId == QLatin1String("item-2") ? Fate::LostApplied : Fate::Apply;
        };
        m_server.reconcileDecidesNothing = true;
        auto run = makeRun(m_server.runId, 1, 2, false);
        run->setReconcileRetryMs(10);
        QVERIFY(runToEnd(*run));
        QCOMPARE(run->outcome(), BatchRun::Outcome::Interrupted);
        QCOMPARE(m_server.reconcileReads, BatchRun::kMaxReconcileFailures);
        QCOMPARE(m_server.sends.value(QStringLiteral("item-2")), 1); // never sent blindly
        QVERIFY(run->lastError().isError());
        QCOMPARE(run->totals().unknown, 1);
        QCOMPARE(m_journal->unfinishedRuns().size(), 1);
    }

    void signalsTotalsAndBatchedChanges()
    {
        createRun(25);
        auto run = makeRun(m_server.runId, 5, 2, false);
        QSignalSpy changes(run.get(), &BatchRun::itemsChanged);
        QSignalSpy totals(run.get(), &BatchRun::totalsChanged);
        QVERIFY(runToEnd(*run));
        QVERIFY(changes.count() > 0);
        QVERIFY(changes.count() < 25 * 2); // batched, not one per change
        QHash<qint64, ItemState> last;
        for (const QList<QVariant> &args : changes) {
            for (const ItemChange &c : args.at(0).value<QList<ItemChange>>())
                last.insert(c.itemId, c.state);
        }
        QCOMPARE(last.size(), 25);
        for (const ItemState s : std::as_const(last))
            QCOMPARE(s, ItemState::Success);
        const RunTotals final = totals.last().at(0).value<RunTotals>();
        QCOMPARE(final.success, 25);
        QCOMPARE(final.requests, 5);
        QCOMPARE(final.progress(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestBatchRun)
#include "tst_batchrun.moc"
