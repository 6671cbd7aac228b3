#include "DataServiceJson.h"

#include "ImpactJson.h"
#include "world/SandboxWorld.h"

#include <QJsonArray>

namespace dataarts::sandbox::dataservice_json {

namespace {

QJsonValue msOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(ms) : QJsonValue(QJsonValue::Null);
}

QJsonArray publishMessages(const SandboxWorld &world, int api)
{
    QJsonArray out;
    const int clusters = int(world.apis.clusters.size());
    for (int c = 0; c < clusters; ++c) {
        const Pair &p = world.apis.pairs[size_t(world.apis.pairIndex(api, c))];
        if (p.status != ApiStatus::Created)
            out.append(publishMessage(world, p));
    }
    return out;
}

} // namespace

QJsonObject publishMessage(const SandboxWorld &world, const Pair &pair)
{
    return {
        {QStringLiteral("id"), pair.publishId},
        {QStringLiteral("api_id"), world.apis.apis[size_t(pair.api)].id},
        {QStringLiteral("instance_id"), world.apis.clusters[size_t(pair.cluster)].id},
        {QStringLiteral("instance_name"), world.apis.clusters[size_t(pair.cluster)].name},
        {QStringLiteral("api_status"), apiStatusName(pair.status)},
        {QStringLiteral("api_debug"), pair.debug},
    };
}

QJsonObject apiOverview(const SandboxWorld &world, int api, bool withPublishMessages)
{
    const Api &a = world.apis.apis[size_t(api)];
    bool authorized = false;
    for (size_t c = 0; c < world.apis.clusters.size(); ++c)
        authorized = authorized ||
                     !world.apis.pairs[size_t(world.apis.pairIndex(api, int(c)))].apps.isEmpty();
    QJsonObject o{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("description"), a.description},
        {QStringLiteral("type"), a.type},
        {QStringLiteral("manager"), a.manager},
        {QStringLiteral("create_user"), a.createUser},
        {QStringLiteral("create_time"), a.createMs},
        {QStringLiteral("authorization_status"),
         authorized ? QStringLiteral("AUTHORIZED") : QStringLiteral("UNAUTHORIZED")},
    };
    if (withPublishMessages)
        o.insert(QStringLiteral("publish_messages"), publishMessages(world, api));
    return o;
}

QJsonObject apiDetail(const SandboxWorld &world, int api)
{
    const Api &a = world.apis.apis[size_t(api)];
    QJsonObject o = apiOverview(world, api, true);
    o.insert(QStringLiteral("path"), a.path);
    o.insert(QStringLiteral("protocol"), QStringLiteral("PROTOCOL_TYPE_HTTPS"));
    o.insert(QStringLiteral("request_type"), a.requestType);
    o.insert(QStringLiteral("visibility"), QStringLiteral("WORKSPACE"));
    o.insert(QStringLiteral("auth_type"), QStringLiteral("APP"));
    o.insert(QStringLiteral("log_flag"), false);
    o.insert(QStringLiteral("update_time"), a.updateMs);
    o.insert(QStringLiteral("table_name"), a.tableName);
    const QJsonObject datasource = impact_json::datasourceConfig(world, api);
    if (!datasource.isEmpty())
        o.insert(QStringLiteral("datasource_config"), datasource);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(a.tags));
    return o;
}

QJsonObject cluster(const SandboxWorld &world, int cluster)
{
    const Cluster &c = world.apis.clusters[size_t(cluster)];
    int published = 0;
    for (size_t a = 0; a < world.apis.apis.size(); ++a) {
        const ApiStatus s = world.apis.pairs[size_t(world.apis.pairIndex(int(a), cluster))].status;
        if (s == ApiStatus::Published || s == ApiStatus::WaitingStop ||
            s == ApiStatus::WaitingOffline)
            ++published;
    }
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("description"), c.description},
        {QStringLiteral("intranet_address"), c.intranetAddress},
        {QStringLiteral("external_address"), c.externalAddress},
        {QStringLiteral("instance_status"), QStringLiteral("RUNNING")},
        {QStringLiteral("node_num"), c.nodes},
        {QStringLiteral("current_namespace_publish_api_num"), published},
        {QStringLiteral("api_publishable_num"), qMax(0, 10000 - published)},
        {QStringLiteral("create_user"), c.createUser},
        {QStringLiteral("create_time"), c.createMs},
        {QStringLiteral("flavor_code"), QStringLiteral("dlm.exclusive.large")},
    };
}

QJsonObject applyRecord(const SandboxWorld &world, const ReviewRecord &r)
{
    const ApiStore &apis = world.apis;
    const bool hasApp = r.app >= 0;
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("api_apply_status"), applyStatusName(r.status)},
        {QStringLiteral("api_apply_type"), applyTypeName(r.type)},
        {QStringLiteral("api_id"), apis.apis[size_t(r.api)].id},
        {QStringLiteral("api_name"), apis.apis[size_t(r.api)].name},
        {QStringLiteral("api_using_time"), msOrNull(r.usingMs)},
        {QStringLiteral("app_id"),
         hasApp ? QJsonValue(apis.apps[size_t(r.app)].id) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("app_name"),
         hasApp ? QJsonValue(apis.apps[size_t(r.app)].name) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("apply_time"), msOrNull(r.applyMs)},
        {QStringLiteral("approval_time"), msOrNull(r.approvalMs)},
        {QStringLiteral("approver_name"), r.approverName},
        {QStringLiteral("comment"), r.comment},
        {QStringLiteral("user_name"), r.userName},
    };
}

} // namespace dataarts::sandbox::dataservice_json
