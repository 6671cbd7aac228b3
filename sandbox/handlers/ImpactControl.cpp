#include "ImpactControl.h"

#include "ImpactJson.h"
#include "core/Json.h"
#include "http/Router.h"
#include "world/SandboxWorld.h"

#include <QJsonArray>
#include <QSet>

namespace dataarts::sandbox {

namespace {

constexpr int kMaxImpactDepth = 50;

int queryInt(const SandboxRequest &r, const QString &key, int fallback)
{
    bool ok = false;
    const int v = r.query(key).toInt(&ok);
    return ok ? v : fallback;
}

} // namespace

void ImpactControl::addRoutes(Router &router)
{
    const auto add = [&](const char *pattern, void (ImpactControl::*fn)(Exchange &)) {
        router.add(
            "GET", pattern, "control", Service::Discovery,
            [this, fn](Exchange &ex) { (this->*fn)(ex); }, false);
    };
    add("/__sandbox/impact/entities", &ImpactControl::findEntities);
    add("/__sandbox/impact/entities/{id}", &ImpactControl::entity);
    add("/__sandbox/impact/pairs", &ImpactControl::findPairs);
    add("/__sandbox/impact/pairs/{api_id}/{instance_id}", &ImpactControl::pair);
}

void ImpactControl::ok(Exchange &ex, const QJsonObject &body) const
{
    ex.response = SandboxResponse::json(200, json::bytes(body));
}

void ImpactControl::fail(Exchange &ex, int status, const QString &message) const
{
    ex.response =
        SandboxResponse::json(status, json::bytes(QJsonObject{{QStringLiteral("error"), message}}));
}

QJsonArray ImpactControl::downstream(int table) const
{
    // Breadth first over tables: the processes reading a table at depth d are at d + 1,
    // with the tables they write.
    const CatalogGraph &g = m_world.catalog;
    QJsonArray out;
    if (!g.hasEntity(table))
        return out;
    QSet<int> seen{table};
    QList<int> layer{table};
    for (int depth = 1; depth <= kMaxImpactDepth && !layer.isEmpty(); ++depth) {
        QList<int> nextLayer;
        for (const int t : std::as_const(layer)) {
            const QList<int> targets = g.outputs(t);
            for (int k = 0; k < targets.size(); ++k) {
                const CatalogNode process{CatalogNode::Process, t, k};
                out.append(QJsonObject{{QStringLiteral("guid"), g.guid(process)},
                                       {QStringLiteral("name"), g.nodeName(process)},
                                       {QStringLiteral("type_name"), QStringLiteral("dlf_process")},
                                       {QStringLiteral("depth"), depth}});
                const int target = targets.at(k);
                if (seen.contains(target))
                    continue;
                seen.insert(target);
                nextLayer.append(target);
                const CatalogNode node{CatalogNode::Table, target, 0};
                const EntityView v = m_world.entities.view(target);
                out.append(
                    QJsonObject{{QStringLiteral("guid"), g.guid(node)},
                                {QStringLiteral("name"), v.code},
                                {QStringLiteral("type_name"), g.connection(v.dwType).typeName},
                                {QStringLiteral("depth"), depth}});
            }
        }
        layer = nextLayer;
    }
    return out;
}

QJsonObject ImpactControl::entityJson(int index) const
{
    const EntityView v = m_world.entities.view(index);
    const bool catalog = m_world.catalog.hasEntity(index);
    QJsonArray readers;
    for (const int api : m_world.apis.readersOf(index)) {
        readers.append(
            QJsonObject{{QStringLiteral("api_id"), m_world.apis.apis[size_t(api)].id},
                        {QStringLiteral("api_name"), m_world.apis.apis[size_t(api)].name}});
    }
    QJsonArray factory;
    if (catalog) {
        for (const FactoryDoc &d : m_world.factory.docsNaming(index)) {
            factory.append(QJsonObject{{QStringLiteral("id"), m_world.factory.id(d)},
                                       {QStringLiteral("doc_type"), d.kind == FactoryDoc::Node
                                                                        ? QStringLiteral("node")
                                                                        : QStringLiteral("script")},
                                       {QStringLiteral("name"), m_world.factory.name(d)}});
        }
    }
    int maxDepth = 0;
    const QJsonArray down = downstream(index);
    for (const QJsonValue &d : down)
        maxDepth = qMax(maxDepth, d.toObject().value(QStringLiteral("depth")).toInt());
    return {
        {QStringLiteral("biz_id"), QString::number(v.id)},
        {QStringLiteral("biz_type"), v.bizType},
        {QStringLiteral("code"), v.code},
        {QStringLiteral("database"), v.dbName},
        {QStringLiteral("catalog_guid"),
         catalog ? QJsonValue(m_world.catalog.guid(CatalogNode{CatalogNode::Table, index, 0}))
                 : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("catalog_type_name"),
         catalog ? QJsonValue(m_world.catalog.connection(v.dwType).typeName)
                 : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("readers"), readers},
        {QStringLiteral("downstream"), down},
        {QStringLiteral("downstream_depth"), maxDepth},
        {QStringLiteral("factory"), factory},
    };
}

void ImpactControl::entity(Exchange &ex)
{
    const std::optional<qint64> id = json::readId(QJsonValue(ex.param(QStringLiteral("id"))));
    const int index = id ? m_world.entities.indexOf(*id) : -1;
    if (index < 0) {
        fail(ex, 404, QStringLiteral("no entity %1").arg(ex.param(QStringLiteral("id"))));
        return;
    }
    ok(ex, entityJson(index));
}

void ImpactControl::findEntities(Exchange &ex)
{
    const SandboxRequest &r = ex.request;
    const QString has = r.query(QStringLiteral("has"));
    static const QStringList kinds = {QStringLiteral("readers"), QStringLiteral("lineage"),
                                      QStringLiteral("factory"), QStringLiteral("none")};
    if (!has.isEmpty() && !kinds.contains(has)) {
        fail(ex, 400, QStringLiteral("has must be one of readers, lineage, factory, none"));
        return;
    }
    const int limit = qBound(1, queryInt(r, QStringLiteral("limit"), 20), 100000);
    const int minDepth = queryInt(r, QStringLiteral("min_depth"), 0);
    QJsonArray ids;
    for (int i = 0; i < m_world.entities.tableCount() && ids.size() < limit; ++i) {
        if (!m_world.catalog.hasEntity(i))
            continue;
        const bool readers = !m_world.apis.readersOf(i).isEmpty();
        const bool lineage = !m_world.catalog.outputs(i).isEmpty();
        const bool factory = !m_world.factory.docsNaming(i).empty();
        bool keep = true;
        if (has == QLatin1String("readers"))
            keep = readers;
        else if (has == QLatin1String("lineage"))
            keep = lineage;
        else if (has == QLatin1String("factory"))
            keep = factory;
        else if (has == QLatin1String("none"))
            keep = !readers && !lineage && !factory;
        if (keep && minDepth > 0) {
            int depth = 0;
            for (const QJsonValue &d : downstream(i))
                depth = qMax(depth, d.toObject().value(QStringLiteral("depth")).toInt());
            keep = depth >= minDepth;
        }
        if (keep)
            ids.append(QString::number(m_world.entities.id(i)));
    }
    ok(ex, QJsonObject{{QStringLiteral("biz_ids"), ids}});
}

QJsonObject ImpactControl::pairJson(int pairIndex) const
{
    const ApiStore &apis = m_world.apis;
    const Pair &p = apis.pairs[size_t(pairIndex)];
    QJsonArray apps;
    for (const int a : p.apps) {
        apps.append(
            QJsonObject{{QStringLiteral("app_id"), apis.apps[size_t(a)].id},
                        {QStringLiteral("app_name"), apis.apps[size_t(a)].name},
                        {QStringLiteral("api_using_time"), m_world.calls.usingMs(pairIndex, a)},
                        {QStringLiteral("approval_time"), m_world.calls.approvalMs(pairIndex, a)},
                        {QStringLiteral("relationship_type"),
                         impact_json::relationshipType(m_world, pairIndex, a)}});
    }
    const qint64 now = m_world.clock.nowMs();
    const qint64 today = CallStats::dayStart(now);
    qint64 totals[2][2] = {{0, 0}, {0, 0}}; // 7 d, 30 d x calls, failed
    QJsonArray daily;
    for (int k = 29; k >= 0; --k) {
        const qint64 day = today - qint64(k) * CallStats::DayMs;
        const CallStats::Counts c = m_world.calls.day(pairIndex, day, now);
        daily.append(QJsonObject{{QStringLiteral("day_ms"), day},
                                 {QStringLiteral("calls"), c.calls},
                                 {QStringLiteral("failed"), c.failed}});
        totals[1][0] += c.calls;
        totals[1][1] += c.failed;
        if (k < 7) {
            totals[0][0] += c.calls;
            totals[0][1] += c.failed;
        }
    }
    QJsonValue lastCall = QJsonValue::Null;
    const qint64 oldest = CallStats::dayStart(m_world.calls.startMs()) - 100 * CallStats::DayMs;
    for (qint64 day = today; day >= oldest; day -= CallStats::DayMs) {
        if (m_world.calls.day(pairIndex, day, now).calls > 0) {
            lastCall = day;
            break;
        }
    }
    static const char *const profiles[] = {"busy", "old", "never"};
    return {
        {QStringLiteral("api_id"), apis.apis[size_t(p.api)].id},
        {QStringLiteral("instance_id"), apis.clusters[size_t(p.cluster)].id},
        {QStringLiteral("status"), apiStatusName(p.status)},
        {QStringLiteral("profile"),
         QString::fromLatin1(profiles[int(m_world.calls.profile(pairIndex))])},
        {QStringLiteral("apps"), apps},
        {QStringLiteral("calls_7d"), QJsonObject{{QStringLiteral("total"), totals[0][0]},
                                                 {QStringLiteral("failed"), totals[0][1]}}},
        {QStringLiteral("calls_30d"), QJsonObject{{QStringLiteral("total"), totals[1][0]},
                                                  {QStringLiteral("failed"), totals[1][1]}}},
        {QStringLiteral("last_call_day_ms"), lastCall},
        {QStringLiteral("today_ms"), today},
        {QStringLiteral("daily"), daily},
    };
}

void ImpactControl::pair(Exchange &ex)
{
    const int api = m_world.apis.apiIndex(ex.param(QStringLiteral("api_id")));
    const int cluster = m_world.apis.clusterIndex(ex.param(QStringLiteral("instance_id")));
    if (api < 0 || cluster < 0) {
        fail(ex, 404, QStringLiteral("no such API or cluster"));
        return;
    }
    ok(ex, pairJson(m_world.apis.pairIndex(api, cluster)));
}

void ImpactControl::findPairs(Exchange &ex)
{
    const SandboxRequest &r = ex.request;
    const QString calls = r.query(QStringLiteral("calls"));
    const QString apps = r.query(QStringLiteral("apps"));
    if (!calls.isEmpty() && calls != QLatin1String("recent") && calls != QLatin1String("old") &&
        calls != QLatin1String("none")) {
        fail(ex, 400, QStringLiteral("calls must be one of recent, old, none"));
        return;
    }
    std::optional<ApiStatus> status;
    if (r.hasQuery(QStringLiteral("status"))) {
        QString name = r.query(QStringLiteral("status"));
        if (!name.startsWith(QLatin1String("API_STATUS_")))
            name.prepend(QStringLiteral("API_STATUS_"));
        status = parseApiStatus(name);
        if (!status) {
            fail(ex, 400, QStringLiteral("unknown status %1").arg(name));
            return;
        }
    }
    const int limit = qBound(1, queryInt(r, QStringLiteral("limit"), 20), 100000);
    QJsonArray found;
    for (int i = 0; i < int(m_world.apis.pairs.size()) && found.size() < limit; ++i) {
        const Pair &p = m_world.apis.pairs[size_t(i)];
        if (apps == QLatin1String("yes") && p.apps.isEmpty())
            continue;
        if (apps == QLatin1String("no") && !p.apps.isEmpty())
            continue;
        if (status && p.status != *status)
            continue;
        const QJsonObject o = pairJson(i);
        const bool recent = o.value(QStringLiteral("calls_7d"))
                                .toObject()
                                .value(QStringLiteral("total"))
                                .toInteger() > 0;
        const bool any = !o.value(QStringLiteral("last_call_day_ms")).isNull();
        if (calls == QLatin1String("recent") && !recent)
            continue;
        if (calls == QLatin1String("old") && (recent || !any))
            continue;
        if (calls == QLatin1String("none") && any)
            continue;
        found.append(o);
    }
    ok(ex, QJsonObject{{QStringLiteral("pairs"), found}});
}

} // namespace dataarts::sandbox
