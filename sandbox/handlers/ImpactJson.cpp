#include "ImpactJson.h"

#include "world/SandboxWorld.h"

namespace dataarts::sandbox::impact_json {

QJsonObject datasourceConfig(const SandboxWorld &world, int api)
{
    const Api &a = world.apis.apis[size_t(api)];
    if (a.tableIndex < 0)
        return {};
    const EntityView v = world.entities.view(a.tableIndex);
    const CatalogConnection &c = world.catalog.connection(v.dwType);
    const bool script = a.type == QLatin1String("API_SPECIFIC_TYPE_SCRIPT");
    return {
        {QStringLiteral("type"), c.datasourceType},
        {QStringLiteral("connection_id"), c.id},
        {QStringLiteral("connection_name"), c.name},
        {QStringLiteral("database"), v.dbName},
        {QStringLiteral("datatable"), v.code},
        {QStringLiteral("table_id"), QStringLiteral("Native-%1-%2-%3").arg(c.id, v.dbName, v.code)},
        {QStringLiteral("queue"),
         c.datasourceType == QLatin1String("DLI") ? QStringLiteral("default") : QString()},
        {QStringLiteral("access_type"),
         script ? QStringLiteral("SCRIPT") : QStringLiteral("CONFIGURAITON")},
        {QStringLiteral("access_mode"), QStringLiteral("SQL")},
        {QStringLiteral("sql"),
         script ? QStringLiteral("SELECT * FROM %1.%2 WHERE id = ${id}").arg(v.dbName, v.code)
                : QString()},
        {QStringLiteral("total_size_sql"),
         script ? QStringLiteral("SELECT COUNT(*) FROM %1.%2").arg(v.dbName, v.code) : QString()},
    };
}

QJsonObject entityHeader(const SandboxWorld &world, const CatalogNode &node)
{
    const CatalogGraph &catalog = world.catalog;
    if (node.kind == CatalogNode::Process) {
        return {
            {QStringLiteral("guid"), catalog.guid(node)},
            {QStringLiteral("type_name"), QStringLiteral("dlf_process")},
            {QStringLiteral("display_text"), catalog.nodeName(node)},
            {QStringLiteral("attributes"),
             QJsonObject{{QStringLiteral("job_name"), catalog.jobName(node)},
                         {QStringLiteral("node_name"), catalog.nodeName(node)},
                         {QStringLiteral("workspace"), world.directory.workspace().id}}},
            {QStringLiteral("connection"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("tags"), QJsonArray()},
            {QStringLiteral("classification_names"), QJsonArray()},
        };
    }
    const EntityView v = world.entities.view(node.table);
    const CatalogConnection &c = catalog.connection(v.dwType);
    return {
        {QStringLiteral("guid"), catalog.guid(node)},
        {QStringLiteral("type_name"), c.typeName},
        {QStringLiteral("display_text"), v.code},
        {QStringLiteral("attributes"),
         QJsonObject{{QStringLiteral("database"), v.dbName},
                     {QStringLiteral("schema"), QString()},
                     {QStringLiteral("name"), v.code},
                     {QStringLiteral("description"), v.description},
                     {QStringLiteral("owner"), v.owner},
                     {QStringLiteral("qualifiedName"),
                      QString(c.name + QLatin1Char('.') + v.dbName + QLatin1Char('.') + v.code)},
                     {QStringLiteral("ddlUpdateTime"), v.updateMs}}},
        {QStringLiteral("connection"),
         QJsonObject{{QStringLiteral("guid"), c.guid},
                     {QStringLiteral("display_text"), c.name},
                     {QStringLiteral("type_name"), QStringLiteral("connection")},
                     {QStringLiteral("connection_type"), c.connectionType},
                     {QStringLiteral("qualified_name"),
                      QString(c.name + QLatin1Char('@') + world.directory.workspace().id)}}},
        {QStringLiteral("tags"), QJsonArray()},
        {QStringLiteral("classification_names"), QJsonArray()},
    };
}

QJsonObject searchDetail(const SandboxWorld &world, const FactoryDoc &d)
{
    const FactoryIndex &f = world.factory;
    const bool node = d.kind == FactoryDoc::Node;
    const EntityView v = world.entities.view(d.table);
    const Workspace &ws = world.directory.workspace();
    return {
        {QStringLiteral("id"), f.id(d)},
        {QStringLiteral("doc_type"), node ? QStringLiteral("node") : QStringLiteral("script")},
        {QStringLiteral("workspace"), ws.id},
        {QStringLiteral("workspace_name"), ws.name},
        {QStringLiteral("owner"), v.createBy},
        {QStringLiteral("job_id"), f.jobId(d)},
        {QStringLiteral("job_name"), node ? f.name(d) : QString()},
        {QStringLiteral("job_type"), node ? QStringLiteral("BATCH") : QString()},
        {QStringLiteral("node_name"), f.nodeName(d)},
        {QStringLiteral("node_type"), f.nodeType(d)},
        {QStringLiteral("single_node_job_type"), QString()},
        {QStringLiteral("schedule_state"), node ? QStringLiteral("running") : QString()},
        {QStringLiteral("script_id"), f.scriptId(d)},
        {QStringLiteral("script_name"), node ? QString() : f.name(d)},
        {QStringLiteral("script_type"), f.scriptType(d)},
        {QStringLiteral("script_params"), node ? QString() : f.text(d)},
        {QStringLiteral("job_params"), node ? f.text(d) : QString()},
        {QStringLiteral("new_save_or_commit"), QStringLiteral("save")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("last_modified_time"), v.updateMs},
        {QStringLiteral("project_id"), world.directory.project.id},
        {QStringLiteral("dgc_instance_id"), world.directory.instance().id},
    };
}

QString relationshipType(const SandboxWorld &world, int pairIndex, int app)
{
    const Pair &p = world.apis.pairs[size_t(pairIndex)];
    const bool waiting =
        p.status == ApiStatus::WaitingStop || p.status == ApiStatus::WaitingOffline;
    if (waiting && p.pending >= 0) {
        const PendingAction &pa = world.apis.pending[size_t(p.pending)];
        for (const QString &id : pa.records) {
            const ReviewRecord *r = world.reviews.find(id);
            if (r && r->app == app && r->kind == RecordKind::Message &&
                r->status == ApplyStatus::PendingCheck)
                return QStringLiteral("OFFLINE_WAITING_CHECK");
        }
    }
    return QStringLiteral("LINKED");
}

QJsonObject authorizedApp(const SandboxWorld &world, int pairIndex, int app)
{
    const Pair &p = world.apis.pairs[size_t(pairIndex)];
    const App &a = world.apis.apps[size_t(app)];
    const Cluster &c = world.apis.clusters[size_t(p.cluster)];
    return {
        {QStringLiteral("app_id"), a.id},
        {QStringLiteral("app_name"), a.name},
        {QStringLiteral("instance_id"), c.id},
        {QStringLiteral("instance_name"), c.name},
        {QStringLiteral("api_using_time"), world.calls.usingMs(pairIndex, app)},
        {QStringLiteral("approval_time"), world.calls.approvalMs(pairIndex, app)},
        {QStringLiteral("relationship_type"), relationshipType(world, pairIndex, app)},
        {QStringLiteral("static_params"), world.calls.staticParams(pairIndex, app)},
    };
}

} // namespace dataarts::sandbox::impact_json
