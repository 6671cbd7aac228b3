#pragma once

#include "HandlerBase.h"

namespace dataarts::sandbox {

// Architecture approvals: the list with its filters, the approvers, resolve / reject and
// withdraw.
class ApprovalsHandler : public HandlerBase
{
public:
    using HandlerBase::HandlerBase;
    void addRoutes(Router &router) override;

private:
    void list(Exchange &ex);
    void approvers(Exchange &ex);
    void action(Exchange &ex);
    void withdraw(Exchange &ex);
};

} // namespace dataarts::sandbox
