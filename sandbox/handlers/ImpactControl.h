#pragma once

#include "HandlerBase.h"

namespace dataarts::sandbox {

// The ground truth of the impact reads under /__sandbox/impact/ (no auth): for an entity,
// the APIs reading it, its downstream lineage and the Factory documents naming it; for an
// API x cluster, its authorized apps and its calls. Computed from the seeded structure,
// not through the endpoints it checks.
class ImpactControl : public HandlerBase
{
public:
    using HandlerBase::HandlerBase;
    void addRoutes(Router &router) override;

private:
    void entity(Exchange &ex);
    void findEntities(Exchange &ex);
    void pair(Exchange &ex);
    void findPairs(Exchange &ex);

    QJsonObject entityJson(int index) const;
    QJsonArray downstream(int table) const;
    QJsonObject pairJson(int pairIndex) const;
    void ok(Exchange &ex, const QJsonObject &body) const;
    void fail(Exchange &ex, int status, const QString &message) const;
};

} // namespace dataarts::sandbox
