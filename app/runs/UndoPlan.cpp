#include "UndoPlan.h"

#include "batch/ApiActionStrategy.h"
#include "dto/ApiActionRequest.h"
#include "runmodel/ItemState.h"
#include "runmodel/RunKind.h"

namespace dataarts {

UndoPlan UndoPlan::forRun(const RunRecord &record)
{
    UndoPlan plan;
    const RunSummary &run = record.run;
    if (run.status() == RunStatus::Running) {
        plan.refusal =
            UndoText::tr("Run %1 has not finished: resume it or let it end first.").arg(run.id);
        return plan;
    }
    if (run.kind != RunKind::ApiAction) {
        plan.refusal =
            UndoText::tr("Runs of this kind (%1) cannot be undone yet; only STOP and RECOVER "
                         "runs can.")
                .arg(runKinds::name(run.kind));
        return plan;
    }
    const ApiAction action = ApiActionStrategy(run.parameters).action();
    if (action == ApiAction::Stop) {
        plan.inverse = ApiAction::Recover;
    } else if (action == ApiAction::Recover) {
        plan.inverse = ApiAction::Stop;
    } else {
        plan.refusal = UndoText::tr("UNPUBLISH cannot be undone here: it removed every app's "
                                    "authorization, which a RECOVER does not give back.");
        return plan;
    }
    for (const JournalItem &item : record.items) {
        const QString name = item.displayName;
        if (item.state == ItemState::Success) {
            plan.pairs.append({item.keyId, item.keyPart});
            if (!name.isEmpty())
                plan.names.insert(item.keyId + QLatin1Char('@') + item.keyPart, name);
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

RunSpec UndoPlan::inverseSpec(qint64 runId, const QDateTime &now) const
{
    const QString time =
        inverse == ApiAction::Stop ? ApiActionRequest::defaultTime(now) : QString();
    RunSpec spec = RunSpec::apiAction(pairs, inverse, time);
    for (NewItem &item : spec.items)
        item.displayName = names.value(item.keyId + QLatin1Char('@') + item.keyPart);
    spec.parameters.insert(undoOfKey(), runId);
    return spec;
}

} // namespace dataarts
