#pragma once

#include "HandlerBase.h"

namespace dataarts::sandbox {

// Instance and workspace discovery (no workspace header needed).
class DiscoveryHandler : public HandlerBase
{
public:
    using HandlerBase::HandlerBase;
    void addRoutes(Router &router) override;

private:
    void instances(Exchange &ex);
    void workspaces(Exchange &ex);
};

} // namespace dataarts::sandbox
