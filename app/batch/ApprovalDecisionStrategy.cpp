#include "ApprovalDecisionStrategy.h"

#include "ApprovalDecisionReconciliation.h"
#include "BatchResultBody.h"
#include "JobUnitRequest.h"
#include "RunSpec.h"

#include "client/jobs/ApprovalActionJob.h"
#include "client/jobs/WithdrawApprovalsJob.h"

#include <QHash>

namespace dataarts {

ApprovalDecisionStrategy::ApprovalDecisionStrategy(RunKind kind, const QJsonObject &parameters)
    : RunStrategy(kind, parameters)
{}

QJsonObject ApprovalDecisionStrategy::parametersFor(const QString &msg)
{
    return {{runKeys::msg(), msg}};
}

QString ApprovalDecisionStrategy::msg() const
{
    return parameters().value(runKeys::msg()).toString();
}

QString ApprovalDecisionStrategy::validateParameters() const
{
    if (kind() == RunKind::ApprovalWithdraw)
        return {};
    ApprovalActionRequest r;
    r.ids = {QStringLiteral("1")};
    r.msg = msg();
    return r.validate();
}

UnitRequest *ApprovalDecisionStrategy::createRequest(Session *session,
                                                     const QList<RunItem> &items) const
{
    QStringList ids;
    ids.reserve(items.size());
    for (const RunItem &item : items)
        ids.append(item.keyId);
    ApiJob *job = nullptr;
    if (kind() == RunKind::ApprovalWithdraw) {
        job = new WithdrawApprovalsJob(session, ids);
    } else {
        ApprovalActionRequest body;
        body.ids = ids;
        body.msg = msg();
        job = new ApprovalActionJob(session,
                                    kind() == RunKind::ApprovalResolve ? ApprovalActionJob::Resolve
                                                                       : ApprovalActionJob::Reject,
                                    body);
    }
    return new JobUnitRequest(
        job, [this, items](const ApiJob *finished) { return map(finished, items); });
}

UnitOutcome ApprovalDecisionStrategy::map(const ApiJob *job, const QList<RunItem> &items) const
{
    if (!job->ok())
        return commonFailure(job->error(), items);
    UnitOutcome out;
    const auto *action = qobject_cast<const ApprovalActionJob *>(job);
    if (!action || !action->hasResult() || action->result().groups.isEmpty()) {
        // Withdraw, or an answer without per-id results: the request as a whole succeeded.
        out.answer.items = allItems(items, ItemState::Success);
        return out;
    }
    const BatchOperation &op = action->result();
    out.answer.remark = op.remark;
    out.answer.resultBody = batchResultBody::encode(op);
    QHash<QString, const BatchOperation *> groups;
    for (const BatchOperation &g : op.groups)
        groups.insert(g.bizId, &g);
    for (const RunItem &item : items) {
        ItemOutcome o;
        o.itemId = item.id;
        const BatchOperation *g = groups.value(item.keyId);
        if (!g && !item.keyPart.isEmpty())
            g = groups.value(item.keyPart);
        if (!g) {
            o.state = ItemState::Unknown;
        } else {
            o.remark = g->remark;
            o.state = g->operationStatus == OperationStatus::Success  ? ItemState::Success
                      : g->operationStatus == OperationStatus::Failed ? ItemState::Failed
                                                                      : ItemState::Unknown;
        }
        out.answer.items.append(o);
    }
    return out;
}

Reconciliation *
ApprovalDecisionStrategy::createReconciliation(Session *session, const ReconcileContext &context,
                                               const QList<ReconcileItem> &items) const
{
    return new ApprovalDecisionReconciliation(session, context, items);
}

} // namespace dataarts
