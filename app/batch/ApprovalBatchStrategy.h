#pragma once

#include "RunStrategy.h"

#include "dto/ApprovalBatchRequest.h"

namespace dataarts {

class ApprovalBatchJob;

// Batch offline and batch publish (dataarts-api.md section 2.1): chunks of BizInfos (default
// 50), one BatchOfflineJob / BatchPublishJob each. groups[] are matched by biz_id: SUCCESS
// -> SUCCESS with fast approval, else waiting for approval (UNKNOWN until the pass over the
// approvals list links it to its approval, then PENDING_APPROVAL); FAILED -> FAILED with
// the remark verbatim; RUNNING or missing -> UNKNOWN (reconciled).
class ApprovalBatchStrategy : public RunStrategy
{
    Q_DECLARE_TR_FUNCTIONS(dataarts::ApprovalBatchStrategy)
public:
    static constexpr int kDefaultChunkSize = 50;
    static constexpr int kMaxChunkSize = 1000;

    ApprovalBatchStrategy(RunKind kind, const QJsonObject &parameters);

    static QJsonObject parametersFor(const ApprovalBatchRequest &options);

    QString validateParameters() const override;
    QString validateItem(const RunItem &item) const override;
    int defaultChunkSize() const override { return kDefaultChunkSize; }
    int maxChunkSize() const override { return kMaxChunkSize; }
    Service service() const override { return Service::ArchitectureWrite; }
    UnitRequest *createRequest(Session *session, const QList<RunItem> &items) const override;
    Reconciliation *createReconciliation(Session *session, const ReconcileContext &context,
                                         const QList<ReconcileItem> &items) const override;
    QList<ItemState> followedStates() const override { return {ItemState::PendingApproval}; }

    // The body for these items.
    ApprovalBatchRequest requestFor(const QList<RunItem> &items) const;
    bool offline() const { return kind() == RunKind::BatchOffline; }
    bool fastApproval() const;

private:
    UnitOutcome map(const ApprovalBatchJob *job, const QList<RunItem> &items) const;
};

} // namespace dataarts
