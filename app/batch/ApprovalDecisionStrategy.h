#pragma once

#include "RunStrategy.h"

namespace dataarts {

// The approvals pane's bulk actions on Architecture approvals (dataarts-api.md sections
// 2.2, 5b.2): resolve / reject (ApprovalActionJob, chunks of ids with the message; groups[]
// matched by id, SUCCESS / FAILED with the remark; an answer without groups settles every
// id) and withdraw (WithdrawApprovalsJob, chunks of ids; all or nothing). Reconciled
// through the approvals list: an approval no longer DEVELOPING was decided.
class ApprovalDecisionStrategy : public RunStrategy
{
    Q_DECLARE_TR_FUNCTIONS(dataarts::ApprovalDecisionStrategy)
public:
    static constexpr int kDefaultChunkSize = 50;
    static constexpr int kMaxChunkSize = 100;

    ApprovalDecisionStrategy(RunKind kind, const QJsonObject &parameters);

    static QJsonObject parametersFor(const QString &msg);

    QString validateParameters() const override;
    int defaultChunkSize() const override { return kDefaultChunkSize; }
    int maxChunkSize() const override { return kMaxChunkSize; }
    Service service() const override { return Service::ArchitectureWrite; }
    UnitRequest *createRequest(Session *session, const QList<RunItem> &items) const override;
    Reconciliation *createReconciliation(Session *session, const ReconcileContext &context,
                                         const QList<ReconcileItem> &items) const override;

private:
    UnitOutcome map(const ApiJob *job, const QList<RunItem> &items) const;
    QString msg() const;
};

} // namespace dataarts
