#include "TablesHandler.h"

#include "ArchitectureJson.h"
#include "core/Json.h"
#include "core/TimeFormat.h"
#include "dto/BizType.h"
#include "http/Router.h"
#include "world/SandboxWorld.h"

#include <QJsonArray>

namespace dataarts::sandbox {

namespace {

const QStringList &syncStatuses()
{
    static const QStringList names = {QStringLiteral("RUNNING"), QStringLiteral("NO_NEED"),
                                      QStringLiteral("SUMMARY_SUCCESS"),
                                      QStringLiteral("SUMMARY_FAILED")};
    return names;
}

} // namespace

void TablesHandler::addRoutes(Router &router)
{
    router.add("GET", "/v2/{project_id}/design/all-tables", "architecture.all_tables",
               Service::Architecture, [this](Exchange &ex) { allTables(ex); });
    router.add("GET", "/v2/{project_id}/design/table-model", "architecture.table_model",
               Service::Architecture, [this](Exchange &ex) { tableModel(ex); });
    router.add("GET", "/v2/{project_id}/design/workspaces", "architecture.models",
               Service::Architecture, [this](Exchange &ex) { models(ex); });
}

bool TablesHandler::Filter::keep(const EntityStore &entities, int i) const
{
    if (status && entities.status(i) != *status)
        return false;
    if (!createBy.isEmpty() && entities.createBy(i) != createBy)
        return false;
    if (!range.contains(entities.updateMs(i)))
        return false;
    return name.isEmpty() || entities.matchesName(i, name);
}

std::optional<TablesHandler::Filter> TablesHandler::commonFilter(Exchange &ex)
{
    const SandboxRequest &r = ex.request;
    Filter f;
    f.name = r.query(QStringLiteral("name"));
    f.createBy = r.query(QStringLiteral("create_by"));
    if (r.hasQuery(QStringLiteral("status"))) {
        f.status = parseBizStatus(r.query(QStringLiteral("status")));
        if (!f.status) {
            invalidField(ex, QStringLiteral("status"),
                         oneOf(r.query(QStringLiteral("status")),
                               {QStringLiteral("DRAFT"), QStringLiteral("PUBLISH_DEVELOPING"),
                                QStringLiteral("PUBLISHED"), QStringLiteral("OFFLINE_DEVELOPING"),
                                QStringLiteral("OFFLINE"), QStringLiteral("REJECT")}));
            return std::nullopt;
        }
    }
    if (r.hasQuery(QStringLiteral("sync_status")) &&
        !syncStatuses().contains(r.query(QStringLiteral("sync_status")))) {
        invalidField(ex, QStringLiteral("sync_status"),
                     oneOf(r.query(QStringLiteral("sync_status")), syncStatuses()));
        return std::nullopt;
    }
    const std::optional<TimeRange> range = timeRange(ex);
    if (!range)
        return std::nullopt;
    f.range = *range;
    return f;
}

void TablesHandler::respond(Exchange &ex, int total, const std::vector<int> &indexes,
                            bool tableModelShape)
{
    QJsonArray records;
    for (const int i : indexes) {
        const EntityView v = m_world.entities.view(i);
        records.append(tableModelShape ? architecture_json::tableModel(m_world, v)
                                       : architecture_json::allTable(m_world, v));
    }
    architectureOk(
        ex, QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("records"), records}});
}

void TablesHandler::respondPage(Exchange &ex, const Page &page,
                                const std::function<bool(int)> &keep, bool tableModelShape)
{
    const int count = ex.dataWorkspace ? m_world.entities.tableCount() : 0;
    int total = 0;
    std::vector<int> indexes;
    for (int i = 0; i < count; ++i) {
        if (!keep(i))
            continue;
        if (total >= page.offset && total < page.offset + page.limit)
            indexes.push_back(i);
        ++total;
    }
    respond(ex, total, indexes, tableModelShape);
}

void TablesHandler::allTables(Exchange &ex)
{
    const QStringList types = ex.request.queryValues(QStringLiteral("biz_type_list"));
    if (types.isEmpty()) {
        invalidField(ex, QStringLiteral("biz_type_list"),
                     {QStringLiteral("it is required (repeat the key for several types)"),
                      QStringLiteral("必填（多个类型请重复该参数）")});
        return;
    }
    QList<int> wanted;
    for (const QString &type : types) {
        if (!bizTypes::tableTypes().contains(type)) {
            invalidField(ex, QStringLiteral("biz_type_list"), oneOf(type, bizTypes::tableTypes()));
            return;
        }
        const int index = int(bizTypes::all().indexOf(type));
        if (!wanted.contains(index))
            wanted.append(index);
    }
    const std::optional<Filter> filter = commonFilter(ex);
    if (!filter)
        return;
    const std::optional<Page> page = architecturePage(ex);
    if (!page)
        return;
    const EntityStore &entities = m_world.entities;
    if (!ex.dataWorkspace) {
        respond(ex, 0, {}, false);
    } else if (!filter->needsScan()) {
        // Kinds and status have an index: O(page) whatever the offset.
        std::vector<int> indexes;
        const int total =
            entities.page(wanted, filter->status, page->offset, page->limit, &indexes);
        respond(ex, total, indexes, false);
    } else {
        respondPage(
            ex, *page,
            [&](int i) {
                return wanted.contains(entities.typeIndex(i)) && filter->keep(entities, i);
            },
            false);
    }
}

void TablesHandler::tableModel(Exchange &ex)
{
    const QString modelText = ex.request.query(QStringLiteral("model_id"));
    const std::optional<qint64> modelId = json::readId(QJsonValue(modelText));
    if (modelText.isEmpty() || !modelId) {
        invalidField(ex, QStringLiteral("model_id"),
                     {modelText.isEmpty() ? QStringLiteral("it is required")
                                          : QStringLiteral("\"%1\" is not an id").arg(modelText),
                      modelText.isEmpty() ? QStringLiteral("必填")
                                          : QStringLiteral("“%1”不是合法的ID").arg(modelText)});
        return;
    }
    const std::optional<Filter> filter = commonFilter(ex);
    if (!filter)
        return;
    const std::optional<Page> page = architecturePage(ex);
    if (!page)
        return;
    const EntityStore &entities = m_world.entities;
    const qint64 wanted = *modelId;
    const int physical = int(bizTypes::all().indexOf(QStringLiteral("TABLE_MODEL")));
    const int logical = int(bizTypes::all().indexOf(QStringLiteral("TABLE_MODEL_LOGIC")));
    respondPage(
        ex, *page,
        [&](int i) {
            const int type = entities.typeIndex(i);
            return (type == physical || type == logical) && entities.modelId(i) == wanted &&
                   filter->keep(entities, i);
        },
        true);
}

void TablesHandler::models(Exchange &ex)
{
    const QString type = ex.request.query(QStringLiteral("workspace_type"));
    if (!type.isEmpty() && type != QLatin1String("THIRD_NF") &&
        type != QLatin1String("DIMENSION")) {
        invalidField(ex, QStringLiteral("workspace_type"),
                     oneOf(type, {QStringLiteral("THIRD_NF"), QStringLiteral("DIMENSION")}));
        return;
    }
    const QString dwType = ex.request.query(QStringLiteral("dw_type"));
    const std::optional<Page> page = architecturePage(ex);
    if (!page)
        return;
    QJsonArray records;
    int total = 0;
    if (ex.dataWorkspace) {
        for (const Model &m : m_world.directory.models) {
            if ((!type.isEmpty() && m.type != type) || (!dwType.isEmpty() && m.dwType != dwType))
                continue;
            if (total >= page->offset && total < page->offset + page->limit)
                records.append(architecture_json::model(m_world, m));
            ++total;
        }
    }
    architectureOk(
        ex, QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("records"), records}});
}

} // namespace dataarts::sandbox
