#pragma once

#include "HandlerBase.h"

#include <functional>
#include <optional>

namespace dataarts::sandbox {

// Architecture listings: all-tables, table-model and the models (design/workspaces).
class TablesHandler : public HandlerBase
{
public:
    using HandlerBase::HandlerBase;
    void addRoutes(Router &router) override;

private:
    void allTables(Exchange &ex);
    void tableModel(Exchange &ex);
    void models(Exchange &ex);

    // The filters both table listings share (name, create_by, status, sync_status,
    // begin_time/end_time). Empty with the 400 answered when one is invalid.
    std::optional<std::function<bool(int)>> commonFilter(Exchange &ex);
    // Pages over entity indexes [0, count) that pass `keep`, in creation order.
    void respondPage(Exchange &ex, const std::function<bool(int)> &keep, bool tableModelShape);
};

} // namespace dataarts::sandbox
