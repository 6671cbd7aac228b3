#pragma once

#include "Reconciliation.h"

#include <QPointer>

namespace dataarts {

class ApprovalLookup;

// Reconciles resolve / reject / withdraw items through the approvals list: walks the
// approvals still DEVELOPING; an item among them was not decided (QUEUED: sent again), an
// item no longer among them was (SUCCESS).
class ApprovalDecisionReconciliation : public Reconciliation
{
    Q_OBJECT
public:
    ApprovalDecisionReconciliation(Session *session, const ReconcileContext &context,
                                   const QList<ReconcileItem> &items, QObject *parent = nullptr);

protected:
    void run() override;
    void stop() override;

private:
    void onLookup();

    QPointer<ApprovalLookup> m_lookup;
};

} // namespace dataarts
