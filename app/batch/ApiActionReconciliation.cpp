#include "ApiActionReconciliation.h"

#include "ApiActionStrategy.h"
#include "PublishStateLookup.h"
#include "RunSpec.h"

#include "dto/ApiActionRequest.h"
#include "journal/RunExport.h"

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

QString ApiActionReconciliation::alreadyText(ApiAction action, const QString &shown)
{
    switch (action) {
    case ApiAction::Stop:
        return tr("stopped");
    case ApiAction::Unpublish:
        return tr("unpublished");
    case ApiAction::Recover:
        return tr("published");
    default:
        return shown;
    }
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
            // A scheduled change took effect at its time, or earlier when every app
            // acknowledged (the API gives no time for that: when it was seen).
            o.effectiveAt =
                effectTime(i.state == ItemState::Scheduled ? i.effectiveAt : QDateTime());
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
    // Refused (DLM.4182, or a 4xx whose answer could not be read): the server changed
    // nothing, so the state read now is the state before this run.
    const bool refused = i.httpStatus >= 400 && i.httpStatus < 500;
    const bool unreadable = refused && i.code.isEmpty();
    if (refused && reached) {
        o.state = ItemState::Success;
        o.remark = unreadable ? tr("Already %1 (%2) on this cluster before this run. %3")
                                    .arg(alreadyText(action, shown), shown, i.remark)
                              : tr("Already %1 (%2) on this cluster before this run; the "
                                   "server answered: %3")
                                    .arg(alreadyText(action, shown), shown, i.remark);
    } else if (refused && isScheduledState(action, s)) {
        // Waiting since before this run: it takes effect at the time given then.
        o.state = ItemState::Success;
        o.code.clear();
        const QDateTime at =
            context().earlierEffectiveAt ? context().earlierEffectiveAt(i.item) : QDateTime();
        if (at.isValid()) {
            o.effectiveAt = at;
            o.remark = tr("Already waiting before this run (%1); takes effect at %2.")
                           .arg(shown, RunExport::timeText(at));
        } else {
            o.remark = tr("Already waiting before this run (%1); it takes effect at the time "
                          "given then, which no run in this journal recorded.")
                           .arg(shown);
        }
    } else if (unreadable) {
        o.state = ItemState::Failed;
        o.remark = tr("%1 Not applied: the publish state is %2.").arg(i.remark, shown);
    } else if (reached) {
        o.state = ItemState::Success;
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
