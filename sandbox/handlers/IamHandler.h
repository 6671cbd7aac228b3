#pragma once

#include "HandlerBase.h"

namespace dataarts::sandbox {

// IAM: password tokens (POST /v3/auth/tokens, token in X-Subject-Token) and the project
// lookup by region name (GET /v3/projects?name=).
class IamHandler : public HandlerBase
{
public:
    using HandlerBase::HandlerBase;
    void addRoutes(Router &router) override;

private:
    void tokens(Exchange &ex);
    void projects(Exchange &ex);

    void invalid(Exchange &ex, const QString &key) const;
};

} // namespace dataarts::sandbox
