#pragma once

#include "Reconciliation.h"

#include <QStringList>

namespace dataarts {

class ApiJob;
struct ApplyRecord;

// Reconciles DataService message confirmations and application reviews through each
// record's detail (ShowMessageJob / ShowApplyJob, a few at a time): still pending
// (PENDING_CHECK / PENDING_APPROVAL) -> not applied, QUEUED; no longer pending -> applied
// (a message scheduled with PENDING_EXECUTE -> SCHEDULED). Follows SCHEDULED messages up:
// PASSED -> SUCCESS, FORCED_CANCEL -> FAILED.
class ReviewRecordReconciliation : public Reconciliation
{
    Q_OBJECT
public:
    static constexpr int kParallelReads = 4;

    ReviewRecordReconciliation(Session *session, const ReconcileContext &context,
                               const QList<ReconcileItem> &items, QObject *parent = nullptr);

protected:
    void run() override;
    void stop() override;

private:
    void next();
    void onRead(ApiJob *job, int index);
    void settle(const ReconcileItem &item, const ApplyRecord &record);
    bool messages() const { return context().kind == RunKind::MessageConfirm; }

    int m_next = 0;
    int m_running = 0;
    QList<ApiJob *> m_jobs;
    ApiError m_failure;
};

} // namespace dataarts
