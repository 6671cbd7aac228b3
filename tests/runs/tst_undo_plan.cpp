// UndoPlan from a journal record alone (issue 23), without a server: a batch-offline run is
// undone by a batch publish of exactly its SUCCESS items, with the run's approver, fast
// approval and environment (not its schedule time), the other items skipped with their
// reason; setApprover() overrides the approver (and drops the old approver's e-mail); the
// undo run carries undo_of. A batch publish (an undo's undo, or any) and a running run are
// refused with the reason.
#include "runs/UndoLimits.h"
#include "runs/UndoPlan.h"

#include "runmodel/ItemState.h"
#include "runmodel/RunKind.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace dataarts;

namespace {

JournalItem item(const QString &id, ItemState state, const QString &name = {})
{
    JournalItem i;
    i.keyId = id;
    i.keyPart = QStringLiteral("TABLE_MODEL");
    i.displayName = name;
    i.state = state;
    return i;
}

RunRecord offlineRun()
{
    RunRecord r;
    r.run.id = 7;
    r.run.kind = RunKind::BatchOffline;
    r.run.finishedAt = QDateTime::currentDateTimeUtc();
    r.run.parameters = QJsonObject{{QStringLiteral("approver_user_id"), QStringLiteral("u-1")},
                                   {QStringLiteral("approver_user_name"), QStringLiteral("wang")},
                                   {QStringLiteral("email"), QStringLiteral("w@example.com")},
                                   {QStringLiteral("fast_approval"), true},
                                   {QStringLiteral("schedule_time"), QStringLiteral("30_18")},
                                   {QStringLiteral("env_type"), QStringLiteral("PROD_TYPE")}};
    r.items = {item(QStringLiteral("101"), ItemState::Success, QStringLiteral("订单表")),
               item(QStringLiteral("102"), ItemState::Failed),
               item(QStringLiteral("103"), ItemState::PendingApproval),
               item(QStringLiteral("104"), ItemState::Success),
               item(QStringLiteral("105"), ItemState::Cancelled)};
    return r;
}

} // namespace

class TestUndoPlan : public QObject
{
    Q_OBJECT

private slots:
    void batchOfflineIsUndoneByABatchPublishOfWhatWentOffline()
    {
        const UndoPlan plan = UndoPlan::forRun(offlineRun());
        QVERIFY2(plan.ok(), qPrintable(plan.refusal));
        QVERIFY(plan.needsApprover());
        QCOMPARE(plan.kind, RunKind::BatchPublish);
        const QList<QPair<QString, QString>> expected{
            {QStringLiteral("101"), QStringLiteral("TABLE_MODEL")},
            {QStringLiteral("104"), QStringLiteral("TABLE_MODEL")}};
        QCOMPARE(plan.pairs, expected);
        QCOMPARE(plan.nameOf(QStringLiteral("101"), QStringLiteral("TABLE_MODEL")),
                 QStringLiteral("订单表"));
        QCOMPARE(plan.skipped.size(), 3);
        QStringList skippedIds;
        for (const UndoPlan::Skip &s : plan.skipped) {
            skippedIds.append(s.keyId);
            QVERIFY(!s.reason.isEmpty());
        }
        QCOMPARE(skippedIds, (QStringList{QStringLiteral("102"), QStringLiteral("103"),
                                          QStringLiteral("105")}));
        QVERIFY(plan.skipped.at(1).reason.contains(QStringLiteral("waiting for approval")));
        QCOMPARE(plan.approval.approverUserId, QStringLiteral("u-1"));
        QCOMPARE(plan.approval.approverUserName, QStringLiteral("wang"));
        QVERIFY(plan.approval.fastApproval);
        QCOMPARE(plan.approval.envType, EnvType::Prod);
        QVERIFY(plan.approval.scheduleTime.isEmpty());

        const RunSpec spec = plan.inverseSpec(7, QDateTime::currentDateTimeUtc());
        QCOMPARE(spec.kind, RunKind::BatchPublish);
        QCOMPARE(spec.items.size(), 2);
        QCOMPARE(spec.items.at(0).keyId, QStringLiteral("101"));
        QCOMPARE(spec.items.at(0).displayName, QStringLiteral("订单表"));
        QCOMPARE(spec.parameters.value(UndoPlan::undoOfKey()).toInteger(), 7);
        QCOMPARE(spec.parameters.value(QStringLiteral("approver_user_id")).toString(),
                 QStringLiteral("u-1"));
        QCOMPARE(spec.parameters.value(QStringLiteral("fast_approval")).toBool(), true);
        QCOMPARE(spec.parameters.value(QStringLiteral("env_type")).toString(),
                 QStringLiteral("PROD_TYPE"));
        QVERIFY(!spec.parameters.contains(QStringLiteral("schedule_time")));
        QVERIFY2(spec.validate().isEmpty(), qPrintable(spec.validate()));
    }

    void anotherApproverReplacesTheRunsOne()
    {
        UndoPlan plan = UndoPlan::forRun(offlineRun());
        plan.setApprover(QStringLiteral("u-1"), QStringLiteral("wang"), false);
        QCOMPARE(plan.approval.email, QStringLiteral("w@example.com")); // same approver
        QVERIFY(!plan.approval.fastApproval);
        plan.setApprover(QStringLiteral("u-2"), QStringLiteral("li"), true);
        const RunSpec spec = plan.inverseSpec(7, QDateTime::currentDateTimeUtc());
        QCOMPARE(spec.parameters.value(QStringLiteral("approver_user_id")).toString(),
                 QStringLiteral("u-2"));
        QCOMPARE(spec.parameters.value(QStringLiteral("approver_user_name")).toString(),
                 QStringLiteral("li"));
        QVERIFY(!spec.parameters.contains(QStringLiteral("email")));
    }

    void batchPublishAndRunningRunsAreRefused()
    {
        RunRecord undo = offlineRun();
        undo.run.id = 8;
        undo.run.kind = RunKind::BatchPublish;
        undo.run.parameters.insert(UndoPlan::undoOfKey(), 7);
        UndoPlan plan = UndoPlan::forRun(undo);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.refusal.contains(QStringLiteral("undid run 7")) &&
                     plan.refusal.contains(QStringLiteral("impact")),
                 qPrintable(plan.refusal));
        QVERIFY(plan.pairs.isEmpty());

        undo.run.parameters.remove(UndoPlan::undoOfKey());
        plan = UndoPlan::forRun(undo);
        QVERIFY(!plan.ok());
        QVERIFY(plan.refusal.contains(QStringLiteral("impact")));

        RunRecord running = offlineRun();
        running.run.finishedAt = QDateTime();
        plan = UndoPlan::forRun(running);
        QVERIFY(!plan.ok());
        QVERIFY(plan.refusal.contains(QStringLiteral("not finished")));

        RunRecord decision = offlineRun();
        decision.run.kind = RunKind::ApprovalResolve;
        plan = UndoPlan::forRun(decision);
        QVERIFY(!plan.ok());
        QVERIFY(plan.refusal.contains(QStringLiteral("APPROVAL_RESOLVE")));
    }

    void limitsJoinAsTheirLanguageSpaces()
    {
        // A space between English sentences, none after a Chinese full stop.
        QCOMPARE(UndoLimits::join({QStringLiteral("One."), QStringLiteral("Two.")}),
                 QStringLiteral("One. Two."));
        QCOMPARE(UndoLimits::join({QStringLiteral("一。"), QStringLiteral("二。")}),
                 QStringLiteral("一。二。"));
        QCOMPARE(UndoLimits::join({}), QString());
    }

    void unpublishIsUndoneByPublishingAndReauthorizing()
    {
        // The apps recorded before the UNPUBLISH, in force only, go with each pair.
        RunRecord record;
        record.run.id = 7;
        record.run.kind = RunKind::ApiAction;
        record.run.finishedAt = QDateTime::currentDateTimeUtc();
        record.run.parameters.insert(QStringLiteral("action"), QStringLiteral("UNPUBLISH"));
        JournalItem done;
        done.keyId = QStringLiteral("api1");
        done.keyPart = QStringLiteral("c1");
        done.state = ItemState::Success;
        const QDateTime end = QDateTime::fromMSecsSinceEpoch(1900000000000, Qt::UTC);
        done.authorizedBefore = QList<AppAuthorization>{
            {QStringLiteral("app1"), QStringLiteral("One"), end, QStringLiteral("LINKED")},
            {QStringLiteral("app2"), QStringLiteral("Two"), end,
             QStringLiteral("LINK_WAITING_CHECK")}};
        JournalItem unread = done;
        unread.keyId = QStringLiteral("api2");
        unread.authorizedBefore.reset();
        JournalItem scheduled = done;
        scheduled.keyId = QStringLiteral("api3");
        scheduled.state = ItemState::Scheduled;
        record.items = {done, unread, scheduled};
        const UndoPlan plan = UndoPlan::forRun(record);
        QVERIFY2(plan.ok(), qPrintable(plan.refusal));
        QCOMPARE(plan.kind, RunKind::ApiRepublish);
        QCOMPARE(plan.pairs.size(), 2);
        QCOMPARE(plan.skipped.size(), 1);
        QCOMPARE(plan.apps.value(UndoPlan::key(QStringLiteral("api1"), QStringLiteral("c1"))).size(),
                 1);
        QCOMPARE(plan.unrecorded, QStringList{UndoPlan::key(QStringLiteral("api2"),
                                                            QStringLiteral("c1"))});
        const RunSpec spec = plan.inverseSpec(7, QDateTime::currentDateTimeUtc());
        QCOMPARE(spec.kind, RunKind::ApiRepublish);
        QCOMPARE(spec.parameters.value(UndoPlan::undoOfKey()).toInteger(), 7);
        const QJsonArray apps = spec.parameters.value(QStringLiteral("apps"))
                                    .toObject()
                                    .value(QStringLiteral("api1@c1"))
                                    .toArray();
        QCOMPARE(apps.size(), 1);
        QCOMPARE(apps.first().toObject().value(QStringLiteral("expires_at")).toInteger(),
                 end.toMSecsSinceEpoch());
    }

    void recoverIsUndoneByAStopWithNotice()
    {
        RunRecord record;
        record.run.id = 9;
        record.run.kind = RunKind::ApiAction;
        record.run.finishedAt = QDateTime::currentDateTimeUtc();
        record.run.parameters.insert(QStringLiteral("action"), QStringLiteral("RECOVER"));
        JournalItem done;
        done.keyId = QStringLiteral("api1");
        done.keyPart = QStringLiteral("c1");
        done.state = ItemState::Success;
        JournalItem failed = done;
        failed.keyId = QStringLiteral("api2");
        failed.state = ItemState::Failed;
        record.items = {done, failed};
        const UndoPlan plan = UndoPlan::forRun(record);
        QVERIFY2(plan.ok(), qPrintable(plan.refusal));
        QCOMPARE(plan.kind, RunKind::ApiAction);
        QCOMPARE(plan.inverse, ApiAction::Stop);
        QCOMPARE(plan.pairs.size(), 1);
        QCOMPARE(plan.skipped.size(), 1); // the run did not change it
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const RunSpec spec = plan.inverseSpec(9, now);
        QCOMPARE(spec.items.size(), 1);
        // The usual notice for apps: two days or more from now.
        const QDateTime at = QDateTime::fromString(
            spec.parameters.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        QVERIFY2(at.isValid() && at >= now.addSecs(48 * 3600),
                 qPrintable(spec.parameters.value(QStringLiteral("time")).toString()));
    }
};

QTEST_GUILESS_MAIN(TestUndoPlan)
#include "tst_undo_plan.moc"
