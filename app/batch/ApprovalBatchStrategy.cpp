#include "ApprovalBatchStrategy.h"

#include "ApprovalBatchReconciliation.h"
#include "BatchResultBody.h"
#include "JobUnitRequest.h"
#include "RunSpec.h"

#include "client/jobs/BatchOfflineJob.h"
#include "client/jobs/BatchPublishJob.h"
#include "dto/BizType.h"

#include <QHash>

namespace dataarts {

ApprovalBatchStrategy::ApprovalBatchStrategy(RunKind kind, const QJsonObject &parameters)
    : RunStrategy(kind, parameters)
{}

QJsonObject ApprovalBatchStrategy::parametersFor(const ApprovalBatchRequest &o)
{
    QJsonObject p;
    p.insert(runKeys::approverUserId(), o.approverUserId);
    p.insert(runKeys::approverUserName(), o.approverUserName);
    if (!o.email.isEmpty())
        p.insert(runKeys::email(), o.email);
    p.insert(runKeys::fastApproval(), o.fastApproval);
    if (!o.scheduleTime.isEmpty())
        p.insert(runKeys::scheduleTime(), o.scheduleTime);
    if (o.envType != EnvType::Unknown)
        p.insert(runKeys::envType(), enumName(o.envType));
    return p;
}

bool ApprovalBatchStrategy::fastApproval() const
{
    return parameters().value(runKeys::fastApproval()).toBool(false);
}

ApprovalBatchRequest ApprovalBatchStrategy::requestFor(const QList<RunItem> &items) const
{
    const QJsonObject &p = parameters();
    ApprovalBatchRequest r;
    r.approverUserId = p.value(runKeys::approverUserId()).toString();
    r.approverUserName = p.value(runKeys::approverUserName()).toString();
    r.email = p.value(runKeys::email()).toString();
    r.fastApproval = fastApproval();
    r.scheduleTime = p.value(runKeys::scheduleTime()).toString();
    const QString env = p.value(runKeys::envType()).toString();
    if (!env.isEmpty())
        r.envType = decodeEnum<EnvType>(env).value;
    r.bizInfos.reserve(items.size());
    for (const RunItem &item : items)
        r.bizInfos.append(BizInfo{item.keyId, item.keyPart, EnvType::Unknown});
    return r;
}

QString ApprovalBatchStrategy::validateParameters() const
{
    const QString env = parameters().value(runKeys::envType()).toString();
    if (!env.isEmpty() && !decodeEnum<EnvType>(env).isKnown())
        return tr("“%1” is not an environment type.").arg(env);
    RunItem sample;
    sample.keyId = QStringLiteral("1");
    sample.keyPart = bizTypes::all().constFirst();
    return requestFor({sample}).validate();
}

QString ApprovalBatchStrategy::validateItem(const RunItem &item) const
{
    const QString base = RunStrategy::validateItem(item);
    if (!base.isEmpty())
        return base;
    if (!bizTypes::isKnown(item.keyPart))
        return tr("“%1” is not a known business entity type.").arg(item.keyPart);
    return {};
}

UnitRequest *ApprovalBatchStrategy::createRequest(Session *session,
                                                  const QList<RunItem> &items) const
{
    const ApprovalBatchRequest body = requestFor(items);
    ApprovalBatchJob *job = nullptr;
    if (offline())
        job = new BatchOfflineJob(session, body);
    else
        job = new BatchPublishJob(session, body);
    return new JobUnitRequest(job, [this, items](const ApiJob *finished) {
        return map(static_cast<const ApprovalBatchJob *>(finished), items);
    });
}

UnitOutcome ApprovalBatchStrategy::map(const ApprovalBatchJob *job,
                                       const QList<RunItem> &items) const
{
    if (!job->ok()) {
        if (job->error().isUnreadableRefusal())
            return unreadableRefusal(job->error(), items); // read the entities after the sends
        return commonFailure(job->error(), items);
    }
    UnitOutcome out;
    const BatchOperation &op = job->result();
    RequestAnswer &a = out.answer;
    a.remark = op.remark;
    a.resultBody = batchResultBody::encode(op);
    // biz_id -> the groups for it, in order (the same id may come twice, with two types).
    QHash<QString, QList<const BatchOperation *>> groups;
    for (const BatchOperation &g : op.groups)
        groups[g.bizId].append(&g);
    const bool fast = fastApproval();
    for (const RunItem &item : items) {
        ItemOutcome o;
        o.itemId = item.id;
        QList<const BatchOperation *> &mine = groups[item.keyId];
        if (mine.isEmpty()) {
            o.state = ItemState::Unknown; // not in groups[]: reconcile
        } else {
            const BatchOperation *g = mine.takeFirst();
            o.remark = g->remark;
            switch (g->operationStatus.value) {
            case OperationStatus::Success:
                // Without fast approval it waits for a reviewer: UNKNOWN until the pass over
                // the approvals list after the sends links it (then PENDING_APPROVAL).
                o.state = fast ? ItemState::Success : ItemState::Unknown;
                break;
            case OperationStatus::Failed:
                o.state = ItemState::Failed;
                break;
            case OperationStatus::Running:
            case OperationStatus::Unknown:
                o.state = ItemState::Unknown;
                break;
            }
        }
        a.items.append(o);
    }
    return out;
}

Reconciliation *ApprovalBatchStrategy::createReconciliation(Session *session,
                                                            const ReconcileContext &context,
                                                            const QList<ReconcileItem> &items) const
{
    return new ApprovalBatchReconciliation(session, context, items);
}

} // namespace dataarts
