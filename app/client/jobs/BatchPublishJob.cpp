#include "BatchPublishJob.h"

namespace dataarts {

BatchPublishJob::BatchPublishJob(Session *session, BatchPublishRequest request, QObject *parent)
    : ApprovalBatchJob(session, std::move(request), QStringLiteral("approvals/batch-publish"),
                       parent)
{}

} // namespace dataarts
