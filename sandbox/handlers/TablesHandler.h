#pragma once

#include "HandlerBase.h"
#include "data/EntityStore.h"

#include <functional>
#include <optional>
#include <vector>

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
    // begin_time/end_time).
    struct Filter {
        std::optional<BizStatus> status;
        QString name;
        QString createBy;
        TimeRange range;

        // Whether a filter needs a scan (the status one has an index).
        bool needsScan() const { return !name.isEmpty() || !createBy.isEmpty() || range.given; }
        bool keep(const EntityStore &entities, int index) const;
    };
    // Empty with the 400 answered when a filter is invalid.
    std::optional<Filter> commonFilter(Exchange &ex);
    // Pages over entity indexes [0, count) that pass `keep`, in creation order.
    void respondPage(Exchange &ex, const Page &page, const std::function<bool(int)> &keep,
                     bool tableModelShape);
    void respond(Exchange &ex, int total, const std::vector<int> &indexes, bool tableModelShape);
};

} // namespace dataarts::sandbox
