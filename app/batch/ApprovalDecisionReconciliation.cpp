#include "ApprovalDecisionReconciliation.h"

#include "ApprovalLookup.h"

namespace dataarts {

ApprovalDecisionReconciliation::ApprovalDecisionReconciliation(Session *session,
                                                               const ReconcileContext &context,
                                                               const QList<ReconcileItem> &items,
                                                               QObject *parent)
    : Reconciliation(session, context, items, parent)
{}

void ApprovalDecisionReconciliation::run()
{
    ListApprovalsJob::Filter filter;
    filter.approvalStatus = QStringLiteral("DEVELOPING");
    m_lookup = new ApprovalLookup(session(), filter, {}, this);
    connect(m_lookup, &ApprovalLookup::finished, this, &ApprovalDecisionReconciliation::onLookup);
    m_lookup->start();
}

void ApprovalDecisionReconciliation::stop()
{
    if (m_lookup)
        m_lookup->cancel();
}

void ApprovalDecisionReconciliation::onLookup()
{
    addReads(m_lookup->reads());
    if (!m_lookup->ok()) {
        finish(m_lookup->error());
        return;
    }
    const QHash<QString, Approval> &developing = m_lookup->byId();
    for (const ReconcileItem &i : items()) {
        if (i.state != ItemState::Unknown)
            continue;
        if (developing.contains(i.item.keyId))
            decide(i.item.id, ItemState::Queued);
        else
            decide(i.item.id, ItemState::Success, i.code, i.remark);
    }
    finish();
}

} // namespace dataarts
