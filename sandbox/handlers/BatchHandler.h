#pragma once

#include "HandlerBase.h"

namespace dataarts::sandbox {

// POST /v2/{project_id}/design/approvals/batch-offline and batch-publish: strict body
// validation, then one result per biz_infos item in a BatchOperationVO.
class BatchHandler : public HandlerBase
{
public:
    using HandlerBase::HandlerBase;
    void addRoutes(Router &router) override;

private:
    void batch(Exchange &ex, bool offline);
};

} // namespace dataarts::sandbox
