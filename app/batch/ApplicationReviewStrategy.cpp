#include "ApplicationReviewStrategy.h"

#include "JobUnitRequest.h"
#include "ReviewRecordReconciliation.h"
#include "RunSpec.h"

#include "client/jobs/ReviewAppliesJob.h"

namespace dataarts {

ApplicationReviewStrategy::ApplicationReviewStrategy(const QJsonObject &parameters)
    : RunStrategy(RunKind::ApplicationReview, parameters)
{}

QJsonObject ApplicationReviewStrategy::parametersFor(bool approve)
{
    return {{runKeys::approve(), approve}};
}

QString ApplicationReviewStrategy::validateParameters() const
{
    if (!parameters().value(runKeys::approve()).isBool())
        return tr("Say whether the applications are approved or rejected.");
    return {};
}

UnitRequest *ApplicationReviewStrategy::createRequest(Session *session,
                                                      const QList<RunItem> &items) const
{
    ReviewAppliesRequest body;
    body.applyResult = parameters().value(runKeys::approve()).toBool();
    for (const RunItem &item : items)
        body.applyIds.append(item.keyId);
    auto *job = new ReviewAppliesJob(session, body);
    return new JobUnitRequest(job, [items](const ApiJob *finished) {
        if (!finished->ok())
            return commonFailure(finished->error(), items);
        UnitOutcome out;
        out.answer.items = allItems(items, ItemState::Success);
        return out;
    });
}

Reconciliation *
ApplicationReviewStrategy::createReconciliation(Session *session, const ReconcileContext &context,
                                                const QList<ReconcileItem> &items) const
{
    return new ReviewRecordReconciliation(session, context, items);
}

} // namespace dataarts
