#pragma once

#include "Reconciliation.h"

#include "dto/Enums.h"

#include <QPointer>

namespace dataarts {

class PublishStateLookup;

// Settles API-action items from the pairs' publish state, read in bulk (PublishStateLookup):
// - accepted (2xx): target -> SUCCESS, WAITING_STOP / WAITING_OFFLINE -> SCHEDULED at the
//   requested time, RECOVER_WAIT_REVIEW / OFFLINE_WAIT_REVIEW -> PENDING_APPROVAL, anything
//   else -> SUCCESS with the state in the remark (the server accepted it);
// - refused (DLM.4182, or a 4xx whose answer could not be read; nothing changed, so the
//   state is the one before the run): target -> SUCCESS "already stopped ...", WAITING_* ->
//   SUCCESS "already waiting, takes effect at T" (T from an earlier run in the journal),
//   else FAILED (DLM.4182 with code and message; unreadable with the state read);
// - unknown outcome: target / WAITING_* / *_WAIT_REVIEW -> applied as above, unchanged ->
//   QUEUED (not applied: sent again);
// - PENDING_APPROVAL / SCHEDULED (refreshPending): target -> SUCCESS, still waiting -> as
//   is, anything else -> FAILED (rejected, withdrawn or cancelled).
class ApiActionReconciliation : public Reconciliation
{
    Q_OBJECT
public:
    ApiActionReconciliation(Session *session, const ReconcileContext &context,
                            const QList<ReconcileItem> &items, QObject *parent = nullptr);

    // The state the action leads to, and its waiting states.
    static ApiStatus targetOf(ApiAction action);
    static bool isScheduledState(ApiAction action, ApiStatus status);
    static bool isReviewState(ApiAction action, ApiStatus status);
    // "stopped", "unpublished", "published": the target state in words.
    static QString alreadyText(ApiAction action, const QString &shown);

protected:
    void run() override;
    void stop() override;

private:
    void onLookup();
    void settle(const ReconcileItem &item, const KnownEnum<ApiStatus> &status);

    QPointer<PublishStateLookup> m_lookup;
};

} // namespace dataarts
