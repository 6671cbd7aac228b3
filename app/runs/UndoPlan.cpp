#include "UndoPlan.h"

#include "batch/ApiActionStrategy.h"
#include "batch/ApprovalBatchStrategy.h"
#include "batch/AuthorizedAppsRead.h"
#include "batch/RepublishStrategy.h"
#include "dto/ApiActionRequest.h"
#include "runmodel/ItemState.h"
#include "runmodel/RunKind.h"

namespace dataarts {

QString UndoPlan::inverseText() const
{
    if (kind == RunKind::BatchPublish)
        return UndoText::tr("batch publish");
    if (kind == RunKind::ApiRepublish)
        return UndoText::tr("publish again");
    return enumName(inverse);
}

UndoPlan UndoPlan::forRun(const RunRecord &record)
{
    UndoPlan plan;
    const RunSummary &run = record.run;
    if (run.status() == RunStatus::Running) {
        plan.refusal =
            UndoText::tr("Run %1 has not finished: resume it or let it end first.").arg(run.id);
        return plan;
    }
    if (run.kind == RunKind::BatchPublish) {
        // An undo of an undo (or of any publish) would take entities offline without the
        // impact check that every offline run goes through.
        const qint64 undid = run.parameters.value(undoOfKey()).toInteger();
        plan.refusal =
            undid > 0
                ? UndoText::tr("Run %1 undid run %2; it is not undone here: to take the "
                               "entities offline again, use the offline wizard or \"offline\", "
                               "which check the impact first.")
                      .arg(run.id)
                      .arg(undid)
                : UndoText::tr("A batch publish is not undone here: to take the entities "
                               "offline, use the offline wizard or \"offline\", which check "
                               "the impact first.");
        return plan;
    }
    if (run.kind == RunKind::BatchOffline) {
        plan.kind = RunKind::BatchPublish;
        plan.approval = ApprovalBatchStrategy(run.kind, run.parameters).requestFor({});
        plan.approval.scheduleTime.clear(); // the quality jobs' schedule: publish only
    } else if (run.kind == RunKind::ApiAction) {
        const ApiAction action = ApiActionStrategy(run.parameters).action();
        if (action == ApiAction::Stop) {
            plan.inverse = ApiAction::Recover;
        } else if (action == ApiAction::Recover) {
            plan.inverse = ApiAction::Stop;
        } else if (action == ApiAction::Unpublish) {
            plan.kind = RunKind::ApiRepublish;
        } else {
            plan.refusal = UndoText::tr("This API action cannot be undone.");
            return plan;
        }
    } else {
        plan.refusal = UndoText::tr("Runs of this kind (%1) cannot be undone; only STOP, "
                                    "RECOVER and batch offline runs can.")
                           .arg(runKinds::name(run.kind));
        return plan;
    }
    for (const JournalItem &item : record.items) {
        const QString name = item.displayName;
        if (item.state == ItemState::Success) {
            plan.pairs.append({item.keyId, item.keyPart});
            if (plan.kind == RunKind::ApiRepublish) {
                const QString k = key(item.keyId, item.keyPart);
                if (!item.authorizedBefore) {
                    plan.unrecorded.append(k);
                } else {
                    QList<AppAuthorization> inForce;
                    for (const AppAuthorization &app : *item.authorizedBefore) {
                        if (AuthorizedAppsRead::inForce(app.relationshipType))
                            inForce.append(app);
                    }
                    plan.apps.insert(k, inForce);
                }
            }
            if (!name.isEmpty())
                plan.names.insert(key(item.keyId, item.keyPart), name);
            continue;
        }
        QString reason;
        if (item.state == ItemState::Scheduled)
            reason = UndoText::tr("not in effect yet (scheduled): nothing to undo until it is");
        else if (item.state == ItemState::PendingApproval)
            reason = UndoText::tr("still waiting for approval: nothing changed yet");
        else
            reason =
                UndoText::tr("the run did not change it (%1)").arg(itemStates::name(item.state));
        plan.skipped.append({item.keyId, item.keyPart, name, reason});
    }
    return plan;
}

void UndoPlan::setApprover(const QString &userId, const QString &userName, bool fastApproval)
{
    if (approval.approverUserId != userId)
        approval.email.clear(); // the original approver's address
    approval.approverUserId = userId;
    approval.approverUserName = userName;
    approval.fastApproval = fastApproval;
}

RunSpec UndoPlan::inverseSpec(qint64 runId, const QDateTime &now) const
{
    RunSpec spec;
    if (kind == RunKind::BatchPublish) {
        QList<BizInfo> entities;
        entities.reserve(pairs.size());
        for (const auto &pair : pairs)
            entities.append(BizInfo{pair.first, pair.second, EnvType::Unknown});
        spec = RunSpec::approvalBatch(RunKind::BatchPublish, entities, approval);
    } else if (kind == RunKind::ApiRepublish) {
        spec.kind = RunKind::ApiRepublish;
        QHash<QString, QList<AppAuthorization>> byPair;
        for (const auto &pair : pairs) {
            spec.items.append(NewItem{pair.first, pair.second, QString()});
            byPair.insert(RepublishStrategy::pairKey(pair.first, pair.second),
                          apps.value(key(pair.first, pair.second)));
        }
        spec.parameters.insert(RepublishStrategy::appsKey(),
                               RepublishStrategy::appsParameter(byPair));
    } else {
        const QString time =
            inverse == ApiAction::Stop ? ApiActionRequest::defaultTime(now) : QString();
        spec = RunSpec::apiAction(pairs, inverse, time);
    }
    for (NewItem &item : spec.items)
        item.displayName = nameOf(item.keyId, item.keyPart);
    spec.parameters.insert(undoOfKey(), runId);
    return spec;
}

} // namespace dataarts
