// The fault soak of issue 8: 2,000 items in two runs at once (1,600 API actions and 400
// entities taken offline) against a sandbox with 5 % 5xx before the change, 2 % 5xx after
// it, 2 % connection resets (half before, half after the change), 5 % illegal actions and a
// rate limit tighter than the client's. Every item ends in exactly one final state, the
// sandbox's transition counts show that no entity or pair changed twice, and the journal
// agrees with the sandbox's true state item by item.
#include "EngineHarness.h"

#include <QLoggingCategory>
#include <QtTest>

using namespace dataarts;

namespace {
constexpr int kLegalPairs = 1520;
constexpr int kStoppedPairs = 40; // STOP again: DLM.4182, already there -> SUCCESS
constexpr int kOfflinePairs = 40; // STOP an offline pair: DLM.4182 -> FAILED
constexpr int kPublishedEntities = 380;
constexpr int kOfflineEntities = 20; // already offline: FAILED in their group
} // namespace

class TestEngineSoak : public QObject
{
    Q_OBJECT

private:
    EngineHarness h{{QStringLiteral("--seed"), QStringLiteral("8"), QStringLiteral("--tables"),
                     QStringLiteral("3000"), QStringLiteral("--apis"), QStringLiteral("900"),
                     QStringLiteral("--clusters"), QStringLiteral("4"),
                     QStringLiteral("--fail-rate"), QStringLiteral("0.05"),
                     QStringLiteral("--fail-after-rate"), QStringLiteral("0.02"),
                     QStringLiteral("--reset-rate"), QStringLiteral("0.01"),
                     QStringLiteral("--reset-after-rate"), QStringLiteral("0.01"),
                     QStringLiteral("--rate-limit"), QStringLiteral("70/1")}};

    QList<QPair<QString, QString>> pairs(const QString &status, int count)
    {
        QList<QPair<QString, QString>> out;
        const QJsonArray found = h.pairs(
            QStringLiteral("status=%1&manager=%2&limit=%3").arg(status, h.userName()).arg(count));
        for (const QJsonValue &v : found)
            out.append({v.toObject().value(QStringLiteral("api_id")).toString(),
                        v.toObject().value(QStringLiteral("instance_id")).toString()});
        return out;
    }

    QList<BizInfo> entities(const QString &status, int count)
    {
        QList<BizInfo> out;
        for (const QString &type :
             {QStringLiteral("TABLE_MODEL"), QStringLiteral("FACT_LOGIC_TABLE"),
              QStringLiteral("DIMENSION_LOGIC_TABLE")}) {
            const QJsonArray found = h.entities(
                QStringLiteral("biz_type=%1&status=%2&limit=%3").arg(type, status).arg(count));
            for (const QJsonValue &v : found) {
                if (out.size() == count)
                    break;
                out.append(
                    {v.toObject().value(QStringLiteral("id")).toString(), type, EnvType::Unknown});
            }
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("dataarts.http.info=false"));
        QString error;
        QVERIFY2(h.start(&error), qPrintable(error));
        // The client allows more than the sandbox does: 429s come, and must not storm.
        RateLimits limits;
        limits.dataServicePerWindow = 90;
        limits.dataServiceWindowSeconds = 1;
        limits.architectureWritesPerMinute = 6000;
        limits.architectureReadsPerMinute = 6000;
        h.session->setRateLimits(limits);
    }

    void everyItemOnceAndTheJournalAgrees()
    {
        const QList<QPair<QString, QString>> legal =
            pairs(QStringLiteral("PUBLISHED"), kLegalPairs);
        const QList<QPair<QString, QString>> stopped =
            pairs(QStringLiteral("STOPPED"), kStoppedPairs);
        const QList<QPair<QString, QString>> offline =
            pairs(QStringLiteral("OFFLINE"), kOfflinePairs);
        QCOMPARE(legal.size(), kLegalPairs);
        QCOMPARE(stopped.size(), kStoppedPairs);
        QCOMPARE(offline.size(), kOfflinePairs);
        const QList<BizInfo> published = entities(QStringLiteral("PUBLISHED"), kPublishedEntities);
        const QList<BizInfo> gone = entities(QStringLiteral("OFFLINE"), kOfflineEntities);
        QCOMPARE(published.size(), kPublishedEntities);
        QCOMPARE(gone.size(), kOfflineEntities);

        RunSpec actions = RunSpec::apiAction(legal + stopped + offline, ApiAction::Stop, {});
        actions.createdBy = h.userName();
        ApprovalBatchRequest options;
        options.approverUserId = h.userId();
        options.approverUserName = h.userName();
        options.fastApproval = true;
        RunSpec offlineSpec =
            RunSpec::approvalBatch(RunKind::BatchOffline, published + gone, options);
        offlineSpec.chunkSize = 20;
        offlineSpec.createdBy = h.userName();

        const qint64 actionRun = h.engine->start(actions);
        const qint64 offlineRun = h.engine->start(offlineSpec);
        QVERIFY2(actionRun > 0 && offlineRun > 0, qPrintable(h.engine->errorString()));
        QCOMPARE(h.waitFor(offlineRun, 120000), BatchRun::Outcome::Completed);
        QCOMPARE(h.waitFor(actionRun, 120000), BatchRun::Outcome::Completed);

        const QJsonObject stats = h.stats();
        const QJsonObject pairStats = stats.value(QStringLiteral("pairs")).toObject();
        const QJsonObject entityStats = stats.value(QStringLiteral("entities")).toObject();
        // No entity or pair changed twice, anywhere.
        for (const QJsonObject &changed : {pairStats, entityStats}) {
            for (auto it = changed.begin(); it != changed.end(); ++it)
                QVERIFY2(it.value().toObject().value(QStringLiteral("transitions")).toInt() <= 1,
                         qPrintable(it.key()));
        }
        // The faults really happened.
        const QJsonObject byStatus = stats.value(QStringLiteral("requests"))
                                         .toObject()
                                         .value(QStringLiteral("by_status"))
                                         .toObject();
        QVERIFY(byStatus.value(QStringLiteral("503")).toInt() +
                    byStatus.value(QStringLiteral("500")).toInt() >
                0);
        QVERIFY(byStatus.value(QStringLiteral("reset")).toInt() > 0);
        qInfo() << "sandbox answers by status:" << byStatus;

        // Actions: the journal agrees with the sandbox pair by pair.
        const RunRecord a = h.record(actionRun);
        QCOMPARE(a.items.size(), kLegalPairs + kStoppedPairs + kOfflinePairs);
        QVERIFY(a.run.finishedAt.isValid());
        int resent = 0;
        for (int i = 0; i < a.items.size(); ++i) {
            const JournalItem &j = a.items.at(i);
            const QString k = j.keyId + QLatin1Char('/') + j.keyPart;
            const int transitions =
                pairStats.value(k).toObject().value(QStringLiteral("transitions")).toInt();
            const QString truth = h.pairStatus(j.keyId, j.keyPart);
            if (i < kLegalPairs) {
                QVERIFY2(j.state == ItemState::Success, qPrintable(k + itemStates::name(j.state)));
                QCOMPARE(truth, QStringLiteral("API_STATUS_STOPPED"));
                QCOMPARE(transitions, 1);
            } else if (i < kLegalPairs + kStoppedPairs) {
                QCOMPARE(itemStates::name(j.state), QStringLiteral("SUCCESS"));
                QCOMPARE(truth, QStringLiteral("API_STATUS_STOPPED"));
                QCOMPARE(transitions, 0);
            } else {
                QCOMPARE(itemStates::name(j.state), QStringLiteral("FAILED"));
                QCOMPARE(j.code, QStringLiteral("DLM.4182"));
                QCOMPARE(truth, QStringLiteral("API_STATUS_OFFLINE"));
                QCOMPARE(transitions, 0);
            }
            if (j.attempts > 1)
                ++resent;
        }
        QVERIFY(resent > 0); // some were proven unapplied and sent again

        // Batch offline: the same, entity by entity.
        const RunRecord o = h.record(offlineRun);
        QCOMPARE(o.items.size(), kPublishedEntities + kOfflineEntities);
        QVERIFY(o.run.finishedAt.isValid());
        for (int i = 0; i < o.items.size(); ++i) {
            const JournalItem &j = o.items.at(i);
            const int transitions =
                entityStats.value(j.keyId).toObject().value(QStringLiteral("transitions")).toInt();
            QCOMPARE(h.entityStatus(j.keyId), QStringLiteral("OFFLINE"));
            if (i < kPublishedEntities) {
                QVERIFY2(j.state == ItemState::Success,
                         qPrintable(j.keyId + itemStates::name(j.state)));
                QCOMPARE(transitions, 1);
            } else {
                QCOMPARE(itemStates::name(j.state), QStringLiteral("FAILED"));
                QVERIFY(!j.remark.isEmpty());
                QCOMPARE(transitions, 0);
            }
        }
        // The tight limit was met with pauses, not with a storm of retries.
        const int throttled = stats.value(QStringLiteral("throttled"))
                                  .toObject()
                                  .value(QStringLiteral("total"))
                                  .toInt();
        const int total = stats.value(QStringLiteral("requests"))
                              .toObject()
                              .value(QStringLiteral("total"))
                              .toInt();
        qInfo() << "429s:" << throttled << "of" << total << "requests";
        QVERIFY2(throttled * 50 <= total, "at most 2 % of the requests were throttled");
    }
};

QTEST_GUILESS_MAIN(TestEngineSoak)
#include "tst_engine_soak.moc"
