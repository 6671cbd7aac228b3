// Batch offline / publish and the approvals pane's bulk actions end to end against the
// sandbox: groups[] mapped by biz_id (fast approval -> SUCCESS, failed items with their
// remark verbatim), chunking and bodies equal to the preview, items waiting for approval
// linked to their approval, resolve / reject / withdraw runs, refreshPending following the
// decisions, and unknown outcomes reconciled through the approvals list and, without an
// approval record, through the tables' status.
#include "EngineHarness.h"

#include "batch/BatchResultBody.h"
#include "dto/BizType.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QtTest>

using namespace dataarts;

class TestEngineApprovals : public QObject
{
    Q_OBJECT

private:
    EngineHarness h{{QStringLiteral("--tables"), QStringLiteral("400"), QStringLiteral("--apis"),
                     QStringLiteral("20"), QStringLiteral("--rate-limit"), QStringLiteral("off")}};
    QSet<QString> m_used;

    // Unused entities of a kind in a status.
    QList<BizInfo> take(const QString &bizType, const QString &status, int count)
    {
        QList<BizInfo> out;
        const QJsonArray found =
            h.entities(QStringLiteral("biz_type=%1&status=%2&limit=1000").arg(bizType, status));
        for (const QJsonValue &v : found) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            if (m_used.contains(id))
                continue;
            m_used.insert(id);
            out.append(BizInfo{id, bizType, EnvType::Unknown});
            if (out.size() == count)
                break;
        }
        return out;
    }

    ApprovalBatchRequest options(bool fast) const
    {
        ApprovalBatchRequest o;
        o.approverUserId = h.userId();
        o.approverUserName = h.userName();
        o.fastApproval = fast;
        return o;
    }

    RunSpec offlineSpec(const QList<BizInfo> &entities, bool fast, int chunk = 0) const
    {
        RunSpec spec = RunSpec::approvalBatch(RunKind::BatchOffline, entities, options(fast));
        spec.chunkSize = chunk;
        spec.createdBy = h.userName();
        return spec;
    }

    static QString state(const JournalItem &j) { return itemStates::name(j.state); }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("dataarts.http.info=false"));
        QString error;
        QVERIFY2(h.start(&error), qPrintable(error));
    }

    void offlineWithFastApproval()
    {
        const QList<BizInfo> published =
            take(QStringLiteral("TABLE_MODEL"), QStringLiteral("PUBLISHED"), 6) +
            take(QStringLiteral("FACT_LOGIC_TABLE"), QStringLiteral("PUBLISHED"), 3) +
            take(QStringLiteral("ATOMIC_INDEX"), QStringLiteral("PUBLISHED"), 2);
        const QList<BizInfo> offline =
            take(QStringLiteral("TABLE_MODEL"), QStringLiteral("OFFLINE"), 2);
        const BizInfo unknown{QStringLiteral("1234567890123456789"), QStringLiteral("TABLE_MODEL"),
                              EnvType::Unknown};
        QCOMPARE(published.size(), 11);
        QCOMPARE(offline.size(), 2);
        const RunSpec spec = offlineSpec(published + offline + QList<BizInfo>{unknown}, true, 5);
        const QList<RequestPreview> preview = h.engine->preview(spec);
        QCOMPARE(preview.size(), 3);
        QCOMPARE(preview.at(0).itemIndexes, (QList<int>{0, 1, 2, 3, 4}));

        BatchRun::Outcome outcome;
        const qint64 runId = h.runSpec(spec, &outcome);
        QVERIFY2(runId > 0, qPrintable(h.engine->errorString()));
        QCOMPARE(outcome, BatchRun::Outcome::Completed);
        const RunRecord record = h.record(runId);
        QCOMPARE(record.requests.size(), 3);
        const QHash<QString, JournalItem> items = h.itemsByKey(runId);
        for (const BizInfo &b : published) {
            QCOMPARE(state(items.value(b.bizId + QLatin1Char('/') + b.bizType)),
                     QStringLiteral("SUCCESS"));
            QCOMPARE(h.entityStatus(b.bizId), QStringLiteral("OFFLINE"));
        }
        // Failed items keep the server's remark verbatim (the group's remark).
        QHash<QString, QString> remarks;
        for (const JournalRequest &r : record.requests) {
            for (const batchResultBody::Group &g : batchResultBody::groups(r.resultBody))
                remarks.insert(g.bizId, g.remark);
        }
        for (const BizInfo &b : offline + QList<BizInfo>{unknown}) {
            const JournalItem j = items.value(b.bizId + QLatin1Char('/') + b.bizType);
            QCOMPARE(state(j), QStringLiteral("FAILED"));
            QVERIFY(!j.remark.isEmpty());
            QCOMPARE(j.remark, remarks.value(b.bizId));
        }
        // Exactly the previewed bodies were sent.
        QList<QByteArray> sent;
        for (const QJsonValue &v : h.requests(QStringLiteral("batch-offline$")))
            sent.append(v.toObject().value(QStringLiteral("body")).toString().toUtf8());
        QList<QByteArray> previewed;
        for (const RequestPreview &r : preview)
            previewed.append(r.body);
        std::sort(sent.begin(), sent.end());
        std::sort(previewed.begin(), previewed.end());
        QCOMPARE(sent, previewed);
    }

    void pendingItemsFollowTheirApprovals()
    {
        const QList<BizInfo> entities =
            take(QStringLiteral("DIMENSION_LOGIC_TABLE"), QStringLiteral("PUBLISHED"), 4) +
            take(QStringLiteral("TABLE_MODEL"), QStringLiteral("PUBLISHED"), 2);
        QCOMPARE(entities.size(), 6);
        BatchRun::Outcome outcome;
        const qint64 runId = h.runSpec(offlineSpec(entities, false), &outcome);
        QCOMPARE(outcome, BatchRun::Outcome::Completed);
        QStringList approvalIds;
        const RunRecord record = h.record(runId);
        for (const JournalItem &j : record.items) {
            QCOMPARE(state(j), QStringLiteral("PENDING_APPROVAL"));
            QVERIFY2(!j.approvalId.isEmpty(), "linked to its approval");
            QCOMPARE(h.entityStatus(j.keyId), QStringLiteral("OFFLINE_DEVELOPING"));
            QCOMPARE(h.client->entity(j.keyId).value(QStringLiteral("pending_approval")).toString(),
                     j.approvalId);
            approvalIds.append(j.approvalId);
        }
        QCOMPARE(QSet<QString>(approvalIds.begin(), approvalIds.end()).size(), 6);

        // Resolve three, reject two, withdraw one: each an engine run.
        const qint64 resolve =
            h.runSpec(RunSpec::approvalDecision(RunKind::ApprovalResolve, approvalIds.mid(0, 3),
                                                QStringLiteral("looks good")),
                      &outcome);
        QCOMPARE(outcome, BatchRun::Outcome::Completed);
        const qint64 reject =
            h.runSpec(RunSpec::approvalDecision(RunKind::ApprovalReject, approvalIds.mid(3, 2),
                                                QStringLiteral("还在使用，不能下线")),
                      &outcome);
        QCOMPARE(outcome, BatchRun::Outcome::Completed);
        const qint64 withdraw =
            h.runSpec(RunSpec::approvalWithdraw(approvalIds.mid(5, 1)), &outcome);
        QCOMPARE(outcome, BatchRun::Outcome::Completed);
        for (const qint64 id : {resolve, reject, withdraw}) {
            QVERIFY(id > 0);
            for (const JournalItem &j : h.record(id).items)
                QCOMPARE(state(j), QStringLiteral("SUCCESS"));
        }
        QCOMPARE(h.entityStatus(record.items.at(0).keyId), QStringLiteral("OFFLINE"));
        QCOMPARE(h.entityStatus(record.items.at(3).keyId), QStringLiteral("PUBLISHED"));

        QSignalSpy refreshed(h.engine.get(), &BatchEngine::pendingRefreshed);
        QVERIFY2(h.engine->refreshPending(runId), qPrintable(h.engine->errorString()));
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(refreshed.first().at(1).toInt(), 6);
        const RunRecord after = h.record(runId);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(state(after.items.at(i)), QStringLiteral("SUCCESS"));
        for (int i = 3; i < 5; ++i) {
            QCOMPARE(state(after.items.at(i)), QStringLiteral("FAILED"));
            QCOMPARE(after.items.at(i).code, QStringLiteral("REJECT"));
            QCOMPARE(after.items.at(i).remark, QStringLiteral("还在使用，不能下线"));
        }
        QCOMPARE(state(after.items.at(5)), QStringLiteral("FAILED"));
        QCOMPARE(after.items.at(5).code, QStringLiteral("WITHDREW"));
    }

    void publishBringsEntitiesBack()
    {
        const QList<BizInfo> entities =
            take(QStringLiteral("TABLE_MODEL"), QStringLiteral("OFFLINE"), 3);
        RunSpec spec = RunSpec::approvalBatch(RunKind::BatchPublish, entities, options(true));
        BatchRun::Outcome outcome;
        const qint64 runId = h.runSpec(spec, &outcome);
        QCOMPARE(outcome, BatchRun::Outcome::Completed);
        for (const JournalItem &j : h.record(runId).items) {
            QCOMPARE(state(j), QStringLiteral("SUCCESS"));
            QCOMPARE(h.entityStatus(j.keyId), QStringLiteral("PUBLISHED"));
        }
        QCOMPARE(h.requests(QStringLiteral("batch-publish$")).size(), 1);
    }

    void retryFailedSendsOnlyTheFailedItems()
    {
        // DRAFT entities cannot go offline; once published, "Retry failed" takes them.
        const QList<BizInfo> drafts =
            take(QStringLiteral("TABLE_MODEL"), QStringLiteral("DRAFT"), 3);
        const QList<BizInfo> published =
            take(QStringLiteral("TABLE_MODEL"), QStringLiteral("PUBLISHED"), 3);
        QCOMPARE(drafts.size(), 3);
        QCOMPARE(published.size(), 3);
        BatchRun::Outcome outcome;
        const qint64 first = h.runSpec(offlineSpec(published + drafts, true), &outcome);
        QCOMPARE(outcome, BatchRun::Outcome::Completed);
        QCOMPARE(h.journal->runSummary(first)->count(ItemState::Failed), 3);

        h.runSpec(RunSpec::approvalBatch(RunKind::BatchPublish, drafts, options(true)), &outcome);
        QCOMPARE(outcome, BatchRun::Outcome::Completed);
        const qsizetype sentBefore = h.requests(QStringLiteral("batch-offline$")).size();

        const qint64 retry = h.engine->retryFailed(first);
        QVERIFY2(retry > 0, qPrintable(h.engine->errorString()));
        QCOMPARE(h.waitFor(retry), BatchRun::Outcome::Completed);
        const RunRecord record = h.record(retry);
        QCOMPARE(record.run.retryOf, first);
        QCOMPARE(record.run.parameters.value(QStringLiteral("fast_approval")).toBool(), true);
        QCOMPARE(record.items.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(record.items.at(i).keyId, drafts.at(i).bizId);
            QCOMPARE(state(record.items.at(i)), QStringLiteral("SUCCESS"));
            QCOMPARE(h.entityStatus(drafts.at(i).bizId), QStringLiteral("OFFLINE"));
        }
        // Only the failed ones were sent again, in one request.
        const QJsonArray sent = h.requests(QStringLiteral("batch-offline$"));
        QCOMPARE(sent.size() - sentBefore, 1);
        const QString body = sent.last().toObject().value(QStringLiteral("body")).toString();
        for (const BizInfo &b : published)
            QVERIFY(!body.contains(b.bizId));
        QCOMPARE(h.engine->retryFailed(retry), 0); // nothing failed: nothing to retry
        QVERIFY(!h.engine->errorString().isEmpty());
    }

    void unknownOutcomesReadFromApprovalsOrTables_data()
    {
        QTest::addColumn<QString>("createdBy");
        // The run's user: the sandbox's APPROVED record of a fast approval is found.
        QTest::newRow("approvals list") << QStringLiteral("sandbox_admin");
        // Another name: the approvals list shows nothing of ours, the tables' status tells.
        QTest::newRow("table status") << QStringLiteral("someone_else");
    }

    void unknownOutcomesReadFromApprovalsOrTables()
    {
        QFETCH(QString, createdBy);
        const QList<BizInfo> entities =
            take(QStringLiteral("TABLE_MODEL"), QStringLiteral("PUBLISHED"), 9);
        QCOMPARE(entities.size(), 9);
        const qsizetype tableReadsBefore = h.requests(QStringLiteral("all-tables$")).size();
        // Chunks of three: the first answer is lost after the change, the second is a 503
        // before it; the third goes through.
        h.client->queueFault(QStringLiteral("fail-after"), QStringLiteral("batch-offline$"), 1);
        h.client->queueFault(QStringLiteral("fail"), QStringLiteral("batch-offline$"), 1);
        RunSpec spec = offlineSpec(entities, true, 3);
        spec.concurrency = 1;
        spec.createdBy = createdBy;
        BatchRun::Outcome outcome;
        const qint64 runId = h.runSpec(spec, &outcome);
        QCOMPARE(outcome, BatchRun::Outcome::Completed);
        const RunRecord record = h.record(runId);
        const QJsonObject changed = h.stats().value(QStringLiteral("entities")).toObject();
        for (int i = 0; i < 9; ++i) {
            const JournalItem &j = record.items.at(i);
            QCOMPARE(state(j), QStringLiteral("SUCCESS"));
            QCOMPARE(h.entityStatus(j.keyId), QStringLiteral("OFFLINE"));
            QCOMPARE(changed.value(j.keyId).toObject().value(QStringLiteral("transitions")).toInt(),
                     1);
            // The lost-after chunk was read, not sent again; the 503 chunk was sent again.
            QCOMPARE(j.attempts, i >= 3 && i < 6 ? 2 : 1);
        }
        if (createdBy != h.userName())
            QVERIFY(h.requests(QStringLiteral("all-tables$")).size() > tableReadsBefore);
    }
};

QTEST_GUILESS_MAIN(TestEngineApprovals)
#include "tst_engine_approvals.moc"
