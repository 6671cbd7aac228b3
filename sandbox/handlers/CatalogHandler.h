#pragma once

#include "HandlerBase.h"

namespace dataarts::sandbox {

// DataArts Catalog reads for impact: the entity search (ShowEntities) and the lineage of
// one entity (ShowLineage), dataarts-api.md sections 7.1.2 and 7.1.3.
class CatalogHandler : public HandlerBase
{
public:
    using HandlerBase::HandlerBase;
    void addRoutes(Router &router) override;

private:
    void search(Exchange &ex);
    void lineage(Exchange &ex);

    // The Catalog validation error (400 DLG.1000) naming a field.
    void invalid(Exchange &ex, const QString &field, const Text &why) const;
};

} // namespace dataarts::sandbox
