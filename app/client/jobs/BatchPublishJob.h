#pragma once

#include "ApprovalBatchJob.h"

namespace dataarts {

// POST /v2/{pid}/design/approvals/batch-publish: publish Architecture entities (dataarts-api.md
// section 2.2).
class BatchPublishJob : public ApprovalBatchJob
{
    Q_OBJECT
public:
    BatchPublishJob(Session *session, BatchPublishRequest request, QObject *parent = nullptr);
};

} // namespace dataarts
