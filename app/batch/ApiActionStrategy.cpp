#include "ApiActionStrategy.h"

#include "ApiActionReconciliation.h"
#include "JobUnitRequest.h"
#include "RunSpec.h"

#include "client/jobs/ApiActionJob.h"

namespace dataarts {

ApiActionStrategy::ApiActionStrategy(const QJsonObject &parameters)
    : RunStrategy(RunKind::ApiAction, parameters)
{}

QJsonObject ApiActionStrategy::parametersFor(ApiAction action, const QString &time)
{
    QJsonObject p;
    p.insert(runKeys::action(), enumName(action));
    if (!time.isEmpty())
        p.insert(runKeys::time(), time);
    return p;
}

ApiAction ApiActionStrategy::action() const
{
    return decodeEnum<ApiAction>(parameters().value(runKeys::action()).toString()).value;
}

ApiActionRequest ApiActionStrategy::body() const
{
    ApiActionRequest r;
    r.action = action();
    r.time = parameters().value(runKeys::time()).toString();
    return r;
}

QString ApiActionStrategy::validateParameters() const
{
    return body().validate();
}

QString ApiActionStrategy::validateItem(const RunItem &item) const
{
    const QString base = RunStrategy::validateItem(item);
    if (!base.isEmpty())
        return base;
    if (item.keyPart.trimmed().isEmpty())
        return tr("API %1 has no cluster.").arg(item.keyId);
    return {};
}

UnitRequest *ApiActionStrategy::createRequest(Session *session, const QList<RunItem> &items) const
{
    const RunItem &pair = items.constFirst();
    auto *job = new ApiActionJob(session, pair.keyId, pair.keyPart, body());
    return new JobUnitRequest(job, [this, items](const ApiJob *finished) {
        return map(static_cast<const ApiActionJob *>(finished), items);
    });
}

UnitOutcome ApiActionStrategy::map(const ApiActionJob *job, const QList<RunItem> &items) const
{
    if (job->ok()) {
        // Accepted: what it did (done, scheduled, waiting for review) is read after the
        // sends, in bulk.
        UnitOutcome out;
        out.answer.items = allItems(items, ItemState::Unknown);
        return out;
    }
    const ApiError &e = job->error();
    if (e.kind == ApiError::Kind::BadRequest && e.code == illegalActionCode()) {
        // Illegal in the pair's state: done already, or refused. Read it after the sends.
        UnitOutcome out;
        out.error = e;
        out.answer.errorCode = e.code;
        out.answer.remark = remarkFor(e);
        out.answer.items = allItems(items, ItemState::Unknown, e.code, out.answer.remark);
        return out;
    }
    if (e.isUnreadableRefusal())
        return unreadableRefusal(e, items); // read the pair's state after the sends
    return commonFailure(e, items);
}

Reconciliation *ApiActionStrategy::createReconciliation(Session *session,
                                                        const ReconcileContext &context,
                                                        const QList<ReconcileItem> &items) const
{
    return new ApiActionReconciliation(session, context, items);
}

} // namespace dataarts
