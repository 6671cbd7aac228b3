#include "BatchOfflineJob.h"

namespace dataarts {

BatchOfflineJob::BatchOfflineJob(Session *session, BatchOfflineRequest request, QObject *parent)
    : ApprovalBatchJob(session, std::move(request), QStringLiteral("approvals/batch-offline"),
                       parent)
{}

} // namespace dataarts
