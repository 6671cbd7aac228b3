#include "DiscoveryHandler.h"

#include "http/Router.h"
#include "world/SandboxWorld.h"

#include <QJsonArray>

namespace dataarts::sandbox {

void DiscoveryHandler::addRoutes(Router &router)
{
    router.add("GET", "/v1/{project_id}/instances", "discovery.instances", Service::Discovery,
               [this](Exchange &ex) { instances(ex); });
    router.add("GET", "/v1/{project_id}/workspaces/{instance_id}", "discovery.workspaces",
               Service::Discovery, [this](Exchange &ex) { workspaces(ex); });
}

void DiscoveryHandler::instances(Exchange &ex)
{
    const std::optional<Page> page = dataServicePage(ex, 20);
    if (!page)
        return;
    const Directory &dir = m_world.directory;
    const int total = int(dir.instances.size());
    QJsonArray list;
    for (int i = page->begin(total); i < page->end(total); ++i) {
        const Instance &in = dir.instances.at(i);
        list.append(QJsonObject{
            {QStringLiteral("resource_id"), in.id},
            {QStringLiteral("resource_name"), in.name},
            {QStringLiteral("status"), in.status},
            {QStringLiteral("order_id"), in.orderId},
            {QStringLiteral("product_id"), QStringLiteral("OFFI740586375358963717")},
            {QStringLiteral("region_id"), dir.project.name},
            {QStringLiteral("project_id"), dir.project.id},
            {QStringLiteral("domain_id"), dir.accountId},
            {QStringLiteral("create_user"), QStringLiteral("sandbox_admin")},
            {QStringLiteral("create_time"), EntityStore::SeedEpochMs - 500LL * 86400 * 1000},
            {QStringLiteral("charge_type"), QStringLiteral("PERIOD")},
            {QStringLiteral("resource_spec_code"), QStringLiteral("DAYU_ENTERPRISE")},
        });
    }
    dataServiceOk(ex, QJsonObject{{QStringLiteral("count"), total},
                                  {QStringLiteral("commodity_order_lists"), list}});
}

void DiscoveryHandler::workspaces(Exchange &ex)
{
    const Instance *in = m_world.directory.findInstance(ex.param(QStringLiteral("instance_id")));
    if (!in) {
        dataServiceError(
            ex, 400, QStringLiteral("DLM.4001"),
            {QStringLiteral("The instance does not exist: %1")
                 .arg(ex.param(QStringLiteral("instance_id"))),
             QStringLiteral("实例不存在：%1").arg(ex.param(QStringLiteral("instance_id")))});
        return;
    }
    const std::optional<Page> page = dataServicePage(ex, 20);
    if (!page)
        return;
    const int total = int(in->workspaces.size());
    QJsonArray list;
    for (int i = page->begin(total); i < page->end(total); ++i) {
        const Workspace &w = in->workspaces.at(i);
        list.append(QJsonObject{
            {QStringLiteral("id"), w.id},
            {QStringLiteral("name"), w.name},
            {QStringLiteral("description"), w.description},
            {QStringLiteral("is_default"), w.isDefault ? 1 : 0},
            {QStringLiteral("instance_id"), in->id},
            {QStringLiteral("project_id"), m_world.directory.project.id},
            {QStringLiteral("domain_id"), m_world.directory.accountId},
            {QStringLiteral("create_user"), QStringLiteral("sandbox_admin")},
            {QStringLiteral("create_time"), EntityStore::SeedEpochMs - 480LL * 86400 * 1000},
            {QStringLiteral("enterprise_project_id"), QStringLiteral("0")},
        });
    }
    dataServiceOk(
        ex, QJsonObject{{QStringLiteral("count"), total},
                        {QStringLiteral("total_page"), (total + page->limit - 1) / page->limit},
                        {QStringLiteral("data"), list}});
}

} // namespace dataarts::sandbox
