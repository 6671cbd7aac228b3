#include "ApprovalStore.h"

namespace dataarts::sandbox {

QString approvalStatusName(ApprovalStatus status)
{
    switch (status) {
    case ApprovalStatus::Developing:
        return QStringLiteral("DEVELOPING");
    case ApprovalStatus::Approved:
        return QStringLiteral("APPROVED");
    case ApprovalStatus::Reject:
        return QStringLiteral("REJECT");
    case ApprovalStatus::Withdrew:
        return QStringLiteral("WITHDREW");
    }
    return QString();
}

QString approvalTypeName(ApprovalType type)
{
    return type == ApprovalType::Publish ? QStringLiteral("PUBLISH") : QStringLiteral("OFFLINE");
}

int ApprovalStore::add(const Approval &approval)
{
    const int index = int(m_items.size());
    m_items.push_back(approval);
    m_byId.insert(approval.id, index);
    if (approval.status == ApprovalStatus::Developing)
        m_pending.insert(approval.entity, index);
    return index;
}

Approval *ApprovalStore::find(qint64 id)
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_items[size_t(*it)];
}

Approval *ApprovalStore::pendingFor(int entity)
{
    const auto it = m_pending.constFind(entity);
    return it == m_pending.cend() ? nullptr : &m_items[size_t(*it)];
}

const Approver *ApprovalStore::findApprover(const QString &userId) const
{
    for (const Approver &a : approvers) {
        if (a.userId == userId)
            return &a;
    }
    return nullptr;
}

} // namespace dataarts::sandbox
