#include "MessageConfirmStrategy.h"

#include "JobUnitRequest.h"
#include "ReviewRecordReconciliation.h"
#include "RunSpec.h"

#include "client/jobs/ConfirmMessageJob.h"
#include "dto/ApiActionRequest.h"

namespace dataarts {

MessageConfirmStrategy::MessageConfirmStrategy(const QJsonObject &parameters)
    : RunStrategy(RunKind::MessageConfirm, parameters)
{}

QJsonObject MessageConfirmStrategy::parametersFor(const QString &time)
{
    QJsonObject p;
    p.insert(runKeys::action(), time.isEmpty() ? 0 : 1);
    if (!time.isEmpty())
        p.insert(runKeys::time(), time);
    return p;
}

ConfirmMessageRequest MessageConfirmStrategy::body(const QString &messageId) const
{
    ConfirmMessageRequest r;
    r.messageId = messageId;
    r.action = parameters().value(runKeys::action()).toInt() == 1
                   ? ConfirmMessageRequest::Scheduled
                   : ConfirmMessageRequest::ExecuteNow;
    r.time = parameters().value(runKeys::time()).toString();
    return r;
}

QString MessageConfirmStrategy::validateParameters() const
{
    const int action = parameters().value(runKeys::action()).toInt(-1);
    if (action != 0 && action != 1)
        return tr("The confirmation must be now (0) or at a time (1).");
    return body(QStringLiteral("1")).validate();
}

UnitRequest *MessageConfirmStrategy::createRequest(Session *session,
                                                   const QList<RunItem> &items) const
{
    auto *job = new ConfirmMessageJob(session, body(items.constFirst().keyId));
    return new JobUnitRequest(
        job, [this, items](const ApiJob *finished) { return map(finished, items); });
}

UnitOutcome MessageConfirmStrategy::map(const ApiJob *job, const QList<RunItem> &items) const
{
    if (!job->ok())
        return commonFailure(job->error(), items);
    UnitOutcome out;
    const ConfirmMessageRequest b = body(items.constFirst().keyId);
    if (b.action == ConfirmMessageRequest::Scheduled) {
        out.answer.items = allItems(items, ItemState::Scheduled);
        const QDateTime at = ApiActionRequest::parseTime(b.time);
        for (ItemOutcome &o : out.answer.items)
            o.effectiveAt = at;
    } else {
        out.answer.items = allItems(items, ItemState::Success);
    }
    return out;
}

Reconciliation *
MessageConfirmStrategy::createReconciliation(Session *session, const ReconcileContext &context,
                                             const QList<ReconcileItem> &items) const
{
    return new ReviewRecordReconciliation(session, context, items);
}

} // namespace dataarts
