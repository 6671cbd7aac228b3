#include "CatalogHandler.h"

#include "ImpactJson.h"
#include "core/Json.h"
#include "http/Router.h"
#include "world/SandboxWorld.h"

#include <QJsonArray>

namespace dataarts::sandbox {

namespace {

const Text kRequired{QStringLiteral("it is required"), QStringLiteral("必填")};

constexpr int kMaxDepth = 20;

} // namespace

void CatalogHandler::addRoutes(Router &router)
{
    router.add("POST", "/v3/{project_id}/asset/entities/search", "catalog.search", Service::Catalog,
               [this](Exchange &ex) { search(ex); });
    router.add("GET", "/v3/{project_id}/entities/{guid}/lineage", "catalog.lineage",
               Service::Catalog, [this](Exchange &ex) { lineage(ex); });
}

void CatalogHandler::invalid(Exchange &ex, const QString &field, const Text &why) const
{
    dataServiceError(
        ex, 400, QStringLiteral("DLG.1000"),
        {QStringLiteral("Invalid parameter %1: %2").arg(field, why.en),
         QStringLiteral("参数%1非法：%2").arg(field, why.zh.isEmpty() ? why.en : why.zh)});
}

void CatalogHandler::search(Exchange &ex)
{
    QString error;
    const std::optional<QJsonObject> body = json::parseObject(ex.request.http.body, &error);
    if (!body) {
        dataServiceError(ex, 400, QStringLiteral("DLG.1000"),
                         {QStringLiteral("The request body is not valid JSON: %1").arg(error),
                          QStringLiteral("请求体不是合法的JSON：%1").arg(error)});
        return;
    }
    const QJsonValue query = body->value(QStringLiteral("query"));
    if (!query.isString() || query.toString().trimmed().isEmpty()) {
        invalid(ex, QStringLiteral("query"),
                query.isUndefined() || query.isNull()
                    ? kRequired
                    : Text{QStringLiteral("it must be a non-empty string"),
                           QStringLiteral("须为非空字符串")});
        return;
    }
    const QJsonValue types = body->value(QStringLiteral("type_names"));
    QStringList typeNames;
    for (const QJsonValue &t : types.toArray()) {
        if (!t.isString()) {
            typeNames.clear();
            break;
        }
        typeNames.append(t.toString());
    }
    if (!types.isArray() || typeNames.isEmpty()) {
        invalid(ex, QStringLiteral("type_names"),
                types.isUndefined() || types.isNull()
                    ? kRequired
                    : Text{QStringLiteral("it must be a non-empty array of strings"),
                           QStringLiteral("须为非空字符串数组")});
        return;
    }
    int numbers[2] = {10, 0};
    const QString numberKeys[2] = {QStringLiteral("limit"), QStringLiteral("offset")};
    for (int k = 0; k < 2; ++k) {
        const QJsonValue v = body->value(numberKeys[k]);
        if (v.isUndefined() || v.isNull())
            continue;
        const double d = v.toDouble(-1);
        const bool ok = v.isDouble() && d == double(qint64(d)) &&
                        (k == 0 ? d >= 1 && d <= 100 : d >= 0 && d <= 1e9);
        if (!ok) {
            invalid(ex, numberKeys[k],
                    k == 0 ? Text{QStringLiteral("it must be an integer from 1 to 100"),
                                  QStringLiteral("须为1～100的整数")}
                           : Text{QStringLiteral("it must be an integer >= 0"),
                                  QStringLiteral("须为不小于0的整数")});
            return;
        }
        numbers[k] = int(d);
    }
    QString database;
    const QJsonValue criteria = body->value(QStringLiteral("filter_criteria"));
    if (criteria.isObject()) {
        const QJsonObject c = criteria.toObject();
        if (c.value(QStringLiteral("name")).toString() != QLatin1String("database")) {
            invalid(
                ex, QStringLiteral("filter_criteria.name"),
                oneOf(c.value(QStringLiteral("name")).toString(), {QStringLiteral("database")}));
            return;
        }
        database = c.value(QStringLiteral("value")).toString();
    }
    QStringList connections;
    for (const QJsonValue &c : body->value(QStringLiteral("connection_names")).toArray())
        connections.append(c.toString());

    std::vector<int> hits;
    if (ex.dataWorkspace)
        hits = m_world.catalog.search(query.toString().trimmed(), typeNames, database);
    if (!connections.isEmpty()) {
        std::vector<int> kept;
        for (const int t : hits) {
            if (connections.contains(
                    m_world.catalog.connection(m_world.entities.view(t).dwType).name))
                kept.push_back(t);
        }
        hits.swap(kept);
    }
    const int total = int(hits.size());
    QJsonArray entities;
    for (int i = numbers[1]; i < total && i < numbers[1] + numbers[0]; ++i) {
        entities.append(impact_json::entityHeader(
            m_world, CatalogNode{CatalogNode::Table, hits[size_t(i)], 0}));
    }
    dataServiceOk(ex, QJsonObject{{QStringLiteral("count"), total},
                                  {QStringLiteral("entities"), entities},
                                  {QStringLiteral("scroll_id"), QJsonValue(QJsonValue::Null)}});
}

void CatalogHandler::lineage(Exchange &ex)
{
    const SandboxRequest &r = ex.request;
    const QString direction = r.hasQuery(QStringLiteral("direction"))
                                  ? r.query(QStringLiteral("direction"))
                                  : QStringLiteral("BOTH");
    static const QStringList directions = {QStringLiteral("BOTH"), QStringLiteral("IN"),
                                           QStringLiteral("OUT")};
    if (!directions.contains(direction)) {
        invalid(ex, QStringLiteral("direction"), oneOf(direction, directions));
        return;
    }
    int depth = 5;
    if (r.hasQuery(QStringLiteral("depth"))) {
        bool ok = false;
        depth = r.query(QStringLiteral("depth")).toInt(&ok);
        if (!ok || depth < 1 || depth > kMaxDepth) {
            invalid(ex, QStringLiteral("depth"),
                    {QStringLiteral("\"%1\" is not an integer from 1 to %2")
                         .arg(r.query(QStringLiteral("depth")))
                         .arg(kMaxDepth),
                     QStringLiteral("“%1”不是1～%2的整数")
                         .arg(r.query(QStringLiteral("depth")))
                         .arg(kMaxDepth)});
            return;
        }
    }
    const QString guid = ex.param(QStringLiteral("guid"));
    const std::optional<CatalogNode> base =
        ex.dataWorkspace ? m_world.catalog.node(guid) : std::nullopt;
    if (!base) {
        dataServiceError(ex, 404, QStringLiteral("DLG.3903"),
                         {QStringLiteral("The entity does not exist: %1").arg(guid),
                          QStringLiteral("实体不存在：%1").arg(guid)});
        return;
    }
    QList<QPair<CatalogNode, CatalogNode>> relations;
    QList<CatalogGraph::Reached> nodes;
    if (direction != QLatin1String("IN"))
        nodes += m_world.catalog.walk(*base, true, depth, &relations);
    if (direction != QLatin1String("OUT"))
        nodes += m_world.catalog.walk(*base, false, depth, &relations);
    QJsonObject map;
    for (const CatalogGraph::Reached &n : std::as_const(nodes)) {
        const QString g = m_world.catalog.guid(n.node);
        if (!map.contains(g))
            map.insert(g, impact_json::entityHeader(m_world, n.node));
    }
    QJsonArray rels;
    for (const auto &rel : std::as_const(relations)) {
        rels.append(QJsonObject{
            {QStringLiteral("from_entity_id"), m_world.catalog.guid(rel.first)},
            {QStringLiteral("relationship_id"),
             m_world.catalog.relationshipId(rel.first, rel.second)},
            {QStringLiteral("to_entity_id"), m_world.catalog.guid(rel.second)},
        });
    }
    dataServiceOk(ex, QJsonObject{{QStringLiteral("base_entity_guid"), m_world.catalog.guid(*base)},
                                  {QStringLiteral("guid_entity_map"), map},
                                  {QStringLiteral("relations"), rels},
                                  {QStringLiteral("referred_entities"), QJsonObject()}});
}

} // namespace dataarts::sandbox
