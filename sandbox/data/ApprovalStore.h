#pragma once

#include "EntityStore.h"

#include <QHash>
#include <QString>

#include <vector>

namespace dataarts::sandbox {

enum class ApprovalStatus : quint8 { Developing, Approved, Reject, Withdrew };
enum class ApprovalType : quint8 { Publish, Offline };
QString approvalStatusName(ApprovalStatus status);
QString approvalTypeName(ApprovalType type);

// One Architecture approval (ApprovalVO).
struct Approval {
    qint64 id = 0;
    int entity = -1;
    ApprovalType type = ApprovalType::Offline;
    ApprovalStatus status = ApprovalStatus::Developing;
    QString createBy;
    QString approver;
    QString email;
    qint64 submitMs = 0;
    qint64 approvalMs = 0;
    QString msg;
    BizStatus previous = BizStatus::Published; // entity status before the submission
    int bizVersion = 1;
};

// ApproverVO: who may be named as approver.
struct Approver {
    qint64 id = 0;
    QString name;
    QString userId;
    QString email;
    QString userType; // APPROVER or BIZ_METRIC_OWNER_AND_APPROVER
    qint64 createMs = 0;
};

// Approvals in submission order, the pending one of each entity, and the approvers.
class ApprovalStore
{
public:
    int add(const Approval &approval);
    Approval *find(qint64 id);
    const std::vector<Approval> &all() const { return m_items; }
    Approval &at(int index) { return m_items[size_t(index)]; }

    // The DEVELOPING approval of an entity, or null.
    Approval *pendingFor(int entity);
    void closePending(int entity) { m_pending.remove(entity); }

    QList<Approver> approvers;
    const Approver *findApprover(const QString &userId) const;

private:
    std::vector<Approval> m_items;
    QHash<qint64, int> m_byId;
    QHash<int, int> m_pending; // entity -> index of its DEVELOPING approval
};

} // namespace dataarts::sandbox
