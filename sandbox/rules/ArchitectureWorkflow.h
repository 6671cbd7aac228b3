#pragma once

#include "core/Text.h"
#include "data/ApprovalStore.h"

#include <QList>
#include <QString>

#include <optional>

namespace dataarts::sandbox {

class IdFactory;
class SandboxClock;
class Stats;
struct User;

// The Architecture rules: batch offline / publish per entity, approvals resolved,
// rejected or withdrawn, and the entity status that follows.
class ArchitectureWorkflow
{
public:
    ArchitectureWorkflow(EntityStore &entities, ApprovalStore &approvals, IdFactory &ids,
                         Stats &stats, const SandboxClock &clock)
        : m_entities(entities)
        , m_approvals(approvals)
        , m_ids(ids)
        , m_stats(stats)
        , m_clock(clock)
    {}

    enum class Kind { Offline, Publish };

    struct Submission {
        Kind kind = Kind::Offline;
        bool fast = false;
        const User *caller = nullptr;
        QString approverName;
        QString email;
    };

    struct Outcome {
        bool success = false;
        Text remark; // PASSED / DEVELOPING, or why it failed
        qint64 approvalId = 0;
    };

    // One biz_infos item; entity -1: unknown id or a type that does not match.
    Outcome submit(int entity, const Submission &submission);

    enum class Decision { Resolve, Reject };
    // The caller's right to decide (approvers only) is checked by the handler.
    Outcome decide(qint64 approvalId, Decision decision, const QString &msg);

    // Withdraw is all or nothing: the first reason an id cannot be withdrawn, or nothing.
    struct Refusal {
        bool notSubmitter = false; // else: unknown or already processed
        Text reason;
    };
    std::optional<Refusal> checkWithdraw(const QList<qint64> &ids, const User &caller);
    int withdraw(const QList<qint64> &ids);

    // Records an approval without touching the entity (seeding uses it too).
    qint64 createApproval(int entity, ApprovalType type, ApprovalStatus status,
                          const QString &createBy, const QString &approver, const QString &email,
                          qint64 submitMs, BizStatus previous);

    // Changes an entity's status and records the transition.
    void setStatus(int entity, BizStatus status);

private:
    EntityStore &m_entities;
    ApprovalStore &m_approvals;
    IdFactory &m_ids;
    Stats &m_stats;
    const SandboxClock &m_clock;
};

} // namespace dataarts::sandbox
