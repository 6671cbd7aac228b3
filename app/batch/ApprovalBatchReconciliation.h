#pragma once

#include "Reconciliation.h"

#include <QPointer>

namespace dataarts {

class ApprovalLookup;
class TableStatusLookup;

// Reconciles batch offline / publish items (never by sending again):
// 1. the approvals list (approval_type OFFLINE / PUBLISH, begun since the run started,
//    create_by = the run's user when known), matched by biz_id: DEVELOPING ->
//    PENDING_APPROVAL linked to the approval, APPROVED -> SUCCESS, REJECT / WITHDREW ->
//    FAILED with the reviewer's message;
// 2. for the five table types not found there, the entity's status in all-tables changed
//    since the run started: OFFLINE (PUBLISHED) -> SUCCESS, OFFLINE_DEVELOPING
//    (PUBLISH_DEVELOPING) -> PENDING_APPROVAL;
// 3. an UNKNOWN item found nowhere was not applied -> QUEUED, unless its group said
//    SUCCESS (then it waits for approval: PENDING_APPROVAL without a link).
// PENDING_APPROVAL items (refreshPending) become SUCCESS or FAILED once decided.
class ApprovalBatchReconciliation : public Reconciliation
{
    Q_OBJECT
public:
    // How far around the run's creation time to look (clock differences).
    static constexpr int kWindowSlackSecs = 15 * 60;

    ApprovalBatchReconciliation(Session *session, const ReconcileContext &context,
                                const QList<ReconcileItem> &items, QObject *parent = nullptr);

protected:
    void run() override;
    void stop() override;

private:
    void onApprovals();
    void onTables();
    void concludeNotFound();
    bool offline() const { return context().kind == RunKind::BatchOffline; }
    // Whether the item's last request answered SUCCESS for it.
    static bool groupSaidSuccess(const ReconcileItem &item);

    QPointer<ApprovalLookup> m_approvals;
    QPointer<TableStatusLookup> m_tables;
};

} // namespace dataarts
