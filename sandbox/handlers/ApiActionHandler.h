#pragma once

#include "HandlerBase.h"

namespace dataarts::sandbox {

// POST /v1/{project_id}/service/apis/{api_id}/instances/{instance_id}/action: UNPUBLISH,
// STOP or RECOVER one API on one cluster, one action per cluster at a time.
class ApiActionHandler : public HandlerBase
{
public:
    using HandlerBase::HandlerBase;
    void addRoutes(Router &router) override;

private:
    void action(Exchange &ex);
};

} // namespace dataarts::sandbox
