#include "ApiActionReconciliation.h"

#include "ApiActionStrategy.h"
#include "PublishStateLookup.h"
#include "RunSpec.h"

#include "dto/ApiActionRequest.h"

namespace dataarts {

ApiActionReconciliation::ApiActionReconciliation(Session *session, const ReconcileContext &context,
                                                 const QList<ReconcileItem> &items, QObject *parent)
    : Reconciliation(session, context, items, parent)
{}

ApiStatus ApiActionReconciliation::targetOf(ApiAction action)
{
    switch (action) {
    case ApiAction::Unpublish:
        return ApiStatus::Offline;
    case ApiAction::Stop:
        return ApiStatus::Stopped;
    case ApiAction::Recover:
        return ApiStatus::Published;
    default:
        return ApiStatus::Unknown;
    }
}

bool ApiActionReconciliation::isScheduledState(ApiAction action, ApiStatus status)
{
    return (action == ApiAction::Unpublish && status == ApiStatus::WaitingOffline) ||
           (action == ApiAction::Stop && status == ApiStatus::WaitingStop);
}

bool ApiActionReconciliation::isReviewState(ApiAction action, ApiStatus status)
{
    return (action == ApiAction::Recover && status == ApiStatus::RecoverWaitReview) ||
           (action == ApiAction::Unpublish && status == ApiStatus::OfflineWaitReview);
}

void ApiActionReconciliation::run()
{
    QHash<QString, QSet<QString>> wanted;
    for (const ReconcileItem &i : items())
        wanted[i.item.keyId].insert(i.item.keyPart);
    m_lookup = new PublishStateLookup(session(), wanted, this);
    connect(m_lookup, &PublishStateLookup::finished, this, &ApiActionReconciliation::onLookup);
    m_lookup->start();
}

void ApiActionReconciliation::stop()
{
    if (m_lookup)
        m_lookup->cancel();
}

void ApiActionReconciliation::onLookup()
{
    addReads(m_lookup->reads());
    if (!m_lookup->ok()) {
        finish(m_lookup->error());
        return;
    }
    for (const ReconcileItem &i : items())
        settle(i, m_lookup->state(i.item.keyId, i.item.keyPart));
    finish();
}

void ApiActionReconciliation::settle(const ReconcileItem &i, const KnownEnum<ApiStatus> &status)
{
    const ApiAction action =
        decodeEnum<ApiAction>(context().parameters.value(runKeys::action()).toString()).value;
    const ApiStatus s = status.value;
    const QString shown = status.raw.isEmpty() ? tr("not published on this cluster") : status.raw;
    const bool reached = s != ApiStatus::Unknown && s == targetOf(action);
    ItemOutcome o;
    o.itemId = i.item.id;
    o.code = i.code;
    o.remark = i.remark;

    if (i.state == ItemState::PendingApproval || i.state == ItemState::Scheduled) {
        if (reached) {
            o.state = ItemState::Success;
            o.code.clear();
            o.remark = tr("Took effect: the publish state is %1.").arg(shown);
        } else if (isScheduledState(action, s) || isReviewState(action, s)) {
            return; // still waiting
        } else {
            o.state = ItemState::Failed;
            o.code.clear();
            o.remark = tr("Did not take effect: the publish state is %1.").arg(shown);
        }
        decide(o);
        return;
    }

    const bool accepted = i.httpStatus >= 200 && i.httpStatus < 300;
    const bool illegal = !accepted && i.code == ApiActionStrategy::illegalActionCode();
    if (reached) {
        o.state = ItemState::Success;
        if (illegal)
            o.remark =
                tr("Already %1 on this cluster; the server answered: %2").arg(shown, i.remark);
    } else if (illegal) {
        o.state = ItemState::Failed;
    } else if (isScheduledState(action, s)) {
        o.state = ItemState::Scheduled;
        o.effectiveAt =
            ApiActionRequest::parseTime(context().parameters.value(runKeys::time()).toString());
    } else if (isReviewState(action, s)) {
        o.state = ItemState::PendingApproval;
    } else if (accepted) {
        o.state = ItemState::Success;
        o.remark = tr("Accepted; the publish state is now %1.").arg(shown);
    } else {
        // Unknown outcome and nothing changed: it was not applied. Send it again.
        o = ItemOutcome();
        o.itemId = i.item.id;
        o.state = ItemState::Queued;
    }
    decide(o);
}

} // namespace dataarts
