#pragma once

#include "ApprovalBatchJob.h"

namespace dataarts {

// POST /v2/{pid}/design/approvals/batch-offline: take published Architecture entities offline, per
// entity results in result().groups (dataarts-api.md section 2.1).
class BatchOfflineJob : public ApprovalBatchJob
{
    Q_OBJECT
public:
    BatchOfflineJob(Session *session, BatchOfflineRequest request, QObject *parent = nullptr);
};

} // namespace dataarts
