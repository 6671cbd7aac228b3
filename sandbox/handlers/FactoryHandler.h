#pragma once

#include "HandlerBase.h"

namespace dataarts::sandbox {

// DataArts Factory full-text search over jobs and scripts (ShowFactoryFullText,
// dataarts-api.md section 7.1.4).
class FactoryHandler : public HandlerBase
{
public:
    using HandlerBase::HandlerBase;
    void addRoutes(Router &router) override;

private:
    void search(Exchange &ex);

    // The Factory validation error (400 DLF.1000) naming a field.
    void invalid(Exchange &ex, const QString &field, const Text &why) const;
};

} // namespace dataarts::sandbox
