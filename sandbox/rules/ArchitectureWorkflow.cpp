#include "ArchitectureWorkflow.h"

#include "core/IdFactory.h"
#include "core/SandboxClock.h"
#include "data/Stats.h"
#include "data/UserDirectory.h"

namespace dataarts::sandbox {

namespace {

Text pendingRemark(BizStatus status)
{
    return {
        QStringLiteral("The entity has a pending approval (%1) and cannot be submitted again.")
            .arg(bizStatusName(status)),
        QStringLiteral("该实体有待审批的申请（%1），不能重复提交。").arg(bizStatusName(status))};
}

} // namespace

void ArchitectureWorkflow::setStatus(int entity, BizStatus status)
{
    const BizStatus from = m_entities.status(entity);
    const qint64 now = m_clock.nowMs();
    m_entities.setStatus(entity, status, now);
    m_stats.entityTransition(QString::number(m_entities.id(entity)), bizStatusName(from),
                             bizStatusName(status), now);
}

qint64 ArchitectureWorkflow::createApproval(int entity, ApprovalType type, ApprovalStatus status,
                                            const QString &createBy, const QString &approver,
                                            const QString &email, qint64 submitMs,
                                            BizStatus previous)
{
    Approval a;
    a.id = m_ids.nextNumeric();
    a.entity = entity;
    a.type = type;
    a.status = status;
    a.createBy = createBy;
    a.approver = approver;
    a.email = email;
    a.submitMs = submitMs;
    a.previous = previous;
    if (status != ApprovalStatus::Developing) {
        a.approvalMs = submitMs;
        a.msg = QStringLiteral("fast approval");
    }
    m_approvals.add(a);
    return a.id;
}

ArchitectureWorkflow::Outcome ArchitectureWorkflow::submit(int entity, const Submission &s)
{
    Outcome out;
    if (entity < 0) {
        out.remark = {QStringLiteral("The business entity does not exist or is not of the given "
                                     "biz_type."),
                      QStringLiteral("业务实体不存在，或与指定的biz_type不符。")};
        return out;
    }
    const BizStatus status = m_entities.status(entity);
    const bool offline = s.kind == Kind::Offline;
    if (status == BizStatus::PublishDeveloping || status == BizStatus::OfflineDeveloping) {
        out.remark = pendingRemark(status);
        return out;
    }
    if (offline && status == BizStatus::Offline) {
        out.remark = {QStringLiteral("The entity is already offline."),
                      QStringLiteral("该实体已下线，不能重复下线。")};
        return out;
    }
    if (offline && status != BizStatus::Published) {
        out.remark = {
            QStringLiteral("Only published entities can be taken offline (status %1).")
                .arg(bizStatusName(status)),
            QStringLiteral("只有已发布的实体可以下线（当前状态%1）。").arg(bizStatusName(status))};
        return out;
    }
    if (!offline && status == BizStatus::Published) {
        out.remark = {QStringLiteral("The entity is already published."),
                      QStringLiteral("该实体已发布，不能重复发布。")};
        return out;
    }

    const ApprovalType type = offline ? ApprovalType::Offline : ApprovalType::Publish;
    const qint64 now = m_clock.nowMs();
    out.success = true;
    if (s.fast && s.caller->approver) {
        out.approvalId = createApproval(entity, type, ApprovalStatus::Approved, s.caller->name,
                                        s.approverName, s.email, now, status);
        setStatus(entity, offline ? BizStatus::Offline : BizStatus::Published);
        out.remark = {QStringLiteral("PASSED"), QStringLiteral("PASSED")};
    } else {
        out.approvalId = createApproval(entity, type, ApprovalStatus::Developing, s.caller->name,
                                        s.approverName, s.email, now, status);
        setStatus(entity, offline ? BizStatus::OfflineDeveloping : BizStatus::PublishDeveloping);
        out.remark = {QStringLiteral("DEVELOPING"), QStringLiteral("DEVELOPING")};
    }
    return out;
}

ArchitectureWorkflow::Outcome ArchitectureWorkflow::decide(qint64 approvalId, Decision decision,
                                                           const QString &msg)
{
    Outcome out;
    Approval *a = m_approvals.find(approvalId);
    if (!a) {
        out.remark = {QStringLiteral("The approval %1 does not exist.").arg(approvalId),
                      QStringLiteral("审批单%1不存在。").arg(approvalId)};
        return out;
    }
    if (a->status != ApprovalStatus::Developing) {
        out.remark = {QStringLiteral("The approval has already been processed (%1).")
                          .arg(approvalStatusName(a->status)),
                      QStringLiteral("该审批单已处理（%1）。").arg(approvalStatusName(a->status))};
        return out;
    }
    const bool resolve = decision == Decision::Resolve;
    a->status = resolve ? ApprovalStatus::Approved : ApprovalStatus::Reject;
    a->approvalMs = m_clock.nowMs();
    a->msg = msg;
    m_approvals.closePending(a->entity);
    const int entity = a->entity;
    if (a->type == ApprovalType::Offline)
        setStatus(entity, resolve ? BizStatus::Offline : BizStatus::Published);
    else
        setStatus(entity, resolve ? BizStatus::Published : BizStatus::Reject);
    out.success = true;
    out.approvalId = approvalId;
    out.remark = {approvalStatusName(resolve ? ApprovalStatus::Approved : ApprovalStatus::Reject),
                  approvalStatusName(resolve ? ApprovalStatus::Approved : ApprovalStatus::Reject)};
    return out;
}

std::optional<ArchitectureWorkflow::Refusal>
ArchitectureWorkflow::checkWithdraw(const QList<qint64> &ids, const User &caller)
{
    for (const qint64 id : ids) {
        const Approval *a = m_approvals.find(id);
        if (!a) {
            return Refusal{false,
                           {QStringLiteral("The approval %1 does not exist.").arg(id),
                            QStringLiteral("审批单%1不存在。").arg(id)}};
        }
        if (a->status != ApprovalStatus::Developing) {
            return Refusal{false,
                           {QStringLiteral("The approval %1 has already been processed (%2) and "
                                           "cannot be withdrawn.")
                                .arg(id)
                                .arg(approvalStatusName(a->status)),
                            QStringLiteral("审批单%1已处理（%2），不能撤回。")
                                .arg(id)
                                .arg(approvalStatusName(a->status))}};
        }
        if (a->createBy != caller.name) {
            return Refusal{true,
                           {QStringLiteral("Only the submitter (%1) can withdraw the approval %2; "
                                           "you are %3.")
                                .arg(a->createBy)
                                .arg(id)
                                .arg(caller.name),
                            QStringLiteral("只有提交人（%1）可以撤回审批单%2，当前用户为%3。")
                                .arg(a->createBy)
                                .arg(id)
                                .arg(caller.name)}};
        }
    }
    return std::nullopt;
}

int ArchitectureWorkflow::withdraw(const QList<qint64> &ids)
{
    int count = 0;
    for (const qint64 id : ids) {
        Approval *a = m_approvals.find(id);
        if (!a || a->status != ApprovalStatus::Developing)
            continue; // a duplicate id in the list
        a->status = ApprovalStatus::Withdrew;
        a->approvalMs = m_clock.nowMs();
        m_approvals.closePending(a->entity);
        setStatus(a->entity, a->previous);
        ++count;
    }
    return count;
}

} // namespace dataarts::sandbox
