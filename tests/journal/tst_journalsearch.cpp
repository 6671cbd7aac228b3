// The History view's searches: by entity, API or cluster id, by state, kind and date,
// paged; runs and items.
#include "JournalTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dataarts;
using namespace journaltest;

class TestJournalSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    QDateTime m_now = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    // Runs by day: offline runs on days 0..9 (entity ids 1000+day*10 ...), API actions
    // on days 3 and 7.
    QList<qint64> m_offline;
    qint64 m_action3 = 0;
    qint64 m_action7 = 0;

    static QList<qint64> ids(const RunPage &page)
    {
        QList<qint64> out;
        for (const RunSummary &run : page.runs)
            out.append(run.id);
        return out;
    }

    QDateTime day(int n) const
    {
        return QDateTime(QDate(2026, 1, 1).addDays(n), QTime(9, 0), Qt::UTC);
    }

    qint64 actionRun(const QString &action, const QStringList &pairs, ItemState state)
    {
        NewRun run;
        run.kind = RunKind::ApiAction;
        run.profileId = QStringLiteral("p");
        run.createdBy = QStringLiteral("ops");
        run.parameters = {{QStringLiteral("action"), action}};
        for (const QString &pair : pairs) {
            const QStringList parts = pair.split(QLatin1Char('@'));
            run.items.append({parts[0], parts[1], QString()});
        }
        const CreatedRun created = m_journal->createRun(run);
        const qint64 ref = m_journal->markSending(created.runId, created.itemIds);
        m_journal->recordAnswer(answerAll(ref, created.itemIds, state));
        return created.runId;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_journal = std::make_unique<Journal>(m_dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(m_journal->open());
        m_journal->setClock([this] { return m_now; });
        for (int d = 0; d < 10; ++d) {
            m_now = day(d);
            // Three entities per run; the same entity 999 appears in every run.
            NewRun run = offlineRun(2, QString::number(1000 + d * 10));
            run.items.append(
                {QStringLiteral("999"), QStringLiteral("DIMENSION"), QStringLiteral("dim_region")});
            const CreatedRun created = m_journal->createRun(run);
            const qint64 ref = m_journal->markSending(created.runId, created.itemIds);
            RequestAnswer answer = answerAll(ref, created.itemIds, ItemState::Success);
            // Entity 999 fails on odd days and waits for approval on day 4.
            if (d % 2 == 1)
                answer.items[2] =
                    outcome(created.itemIds[2], ItemState::Failed, QStringLiteral("DS.6000"));
            if (d == 4) {
                answer.items[2] = outcome(created.itemIds[2], ItemState::PendingApproval);
                answer.items[2].approvalId = QStringLiteral("appr-4");
            }
            QVERIFY(m_journal->recordAnswer(answer));
            m_offline.append(created.runId);
            if (d == 3)
                m_action3 = actionRun(QStringLiteral("STOP"),
                                      {QStringLiteral("api-a@cl-1"), QStringLiteral("api-b@cl-1")},
                                      ItemState::Success);
            if (d == 7)
                m_action7 = actionRun(QStringLiteral("UNPUBLISH"), {QStringLiteral("api-a@cl-2")},
                                      ItemState::Failed);
        }
    }

    void everythingNewestFirst()
    {
        const RunPage page = m_journal->searchRuns({});
        QCOMPARE(page.total, 12);
        QCOMPARE(page.runs.size(), 12);
        QCOMPARE(page.runs.first().id, m_offline[9]);
        QCOMPARE(page.runs.last().id, m_offline[0]);
        QCOMPARE(page.runs.first().total, 3);
        QCOMPARE(page.runs.first().count(ItemState::Failed), 1);
    }

    void paging()
    {
        JournalQuery query;
        query.limit = 5;
        query.offset = 5;
        const RunPage page = m_journal->searchRuns(query);
        QCOMPARE(page.total, 12);
        QCOMPARE(page.runs.size(), 5);
        // Newest first: offline 9, 8, action 7, offline 7, 6 | 5, 4, action 3, offline 3, 2
        QCOMPARE(ids(page), (QList<qint64>{m_offline[5], m_offline[4], m_action3, m_offline[3],
                                           m_offline[2]}));
        query.offset = 10;
        QCOMPARE(m_journal->searchRuns(query).runs.size(), 2);
        query.offset = 100;
        QCOMPARE(m_journal->searchRuns(query).runs.size(), 0);
        QCOMPARE(m_journal->searchRuns(query).total, 12);
    }

    void byEntityId()
    {
        JournalQuery query;
        query.id = QStringLiteral("1031"); // second entity of day 3
        QCOMPARE(ids(m_journal->searchRuns(query)), (QList<qint64>{m_offline[3]}));
        query.id = QStringLiteral("999");
        QCOMPARE(m_journal->searchRuns(query).total, 10);
        query.id = QStringLiteral("103"); // exact ids only
        QCOMPARE(m_journal->searchRuns(query).total, 0);
    }

    void byApiAndClusterId()
    {
        JournalQuery query;
        query.id = QStringLiteral("api-a");
        QCOMPARE(ids(m_journal->searchRuns(query)), (QList<qint64>{m_action7, m_action3}));
        query.id = QStringLiteral("cl-1");
        QCOMPARE(ids(m_journal->searchRuns(query)), (QList<qint64>{m_action3}));
    }

    void byState()
    {
        JournalQuery query;
        query.state = ItemState::Failed;
        // Odd days' offline runs and the UNPUBLISH run.
        QCOMPARE(ids(m_journal->searchRuns(query)),
                 (QList<qint64>{m_offline[9], m_action7, m_offline[7], m_offline[5], m_offline[3],
                                m_offline[1]}));
        query.id = QStringLiteral("999");
        QCOMPARE(m_journal->searchRuns(query).total, 5);
        query.id = QStringLiteral("1090"); // succeeded on day 9
        QCOMPARE(m_journal->searchRuns(query).total, 0);
    }

    void byKindAndDates()
    {
        JournalQuery query;
        query.kind = RunKind::ApiAction;
        QCOMPARE(ids(m_journal->searchRuns(query)), (QList<qint64>{m_action7, m_action3}));
        query.kind = RunKind::BatchOffline;
        query.from = day(2);
        query.to = day(5); // exclusive
        QCOMPARE(ids(m_journal->searchRuns(query)),
                 (QList<qint64>{m_offline[4], m_offline[3], m_offline[2]}));
        query.kind.reset();
        QCOMPARE(m_journal->searchRuns(query).total, 4); // with the STOP run of day 3
        query.kind = RunKind::ApprovalResolve;
        QCOMPARE(m_journal->searchRuns(query).total, 0);
    }

    void itemsOfAnEntityAcrossRuns()
    {
        JournalQuery query;
        query.id = QStringLiteral("999");
        query.limit = 4;
        const ItemPage page = m_journal->searchItems(query);
        QCOMPARE(page.total, 10);
        QCOMPARE(page.items.size(), 4);
        QCOMPARE(page.items[0].runId, m_offline[9]);
        QCOMPARE(page.items[0].kind, RunKind::BatchOffline);
        QCOMPARE(page.items[0].runCreatedAt, day(9));
        QCOMPARE(page.items[0].item.state, ItemState::Failed);
        QCOMPARE(page.items[0].item.code, QStringLiteral("DS.6000"));
        QCOMPARE(page.items[0].item.requestId, QStringLiteral("req-1"));
        QCOMPARE(page.items[1].item.state, ItemState::Success);
    }

    void itemsWaitingForApproval()
    {
        JournalQuery query;
        query.state = ItemState::PendingApproval;
        const ItemPage page = m_journal->searchItems(query);
        QCOMPARE(page.total, 1);
        QCOMPARE(page.items[0].item.approvalId, QStringLiteral("appr-4"));
        QCOMPARE(page.items[0].item.keyId, QStringLiteral("999"));
        QCOMPARE(page.items[0].runId, m_offline[4]);
    }

    void itemsOfAKindInARange()
    {
        JournalQuery query;
        query.kind = RunKind::ApiAction;
        query.from = day(5);
        const ItemPage page = m_journal->searchItems(query);
        QCOMPARE(page.total, 1);
        QCOMPARE(page.items[0].item.keyId, QStringLiteral("api-a"));
        QCOMPARE(page.items[0].item.keyPart, QStringLiteral("cl-2"));
    }
};

QTEST_GUILESS_MAIN(TestJournalSearch)
#include "tst_journalsearch.moc"
