#include "ApiActionHandler.h"

#include "core/TimeFormat.h"
#include "http/Router.h"
#include "world/SandboxWorld.h"

namespace dataarts::sandbox {

void ApiActionHandler::addRoutes(Router &router)
{
    router.add("POST", "/v1/{project_id}/service/apis/{api_id}/instances/{instance_id}/action",
               "dataservice.action", Service::DataService, [this](Exchange &ex) { action(ex); });
}

void ApiActionHandler::action(Exchange &ex)
{
    const std::optional<QJsonObject> body = dataServiceBody(ex);
    if (!body)
        return;
    const QJsonValue actionValue = body->value(QStringLiteral("action"));
    const QString actionName = actionValue.toString();
    ApiAction action = ApiAction::Stop;
    if (actionName == QLatin1String("UNPUBLISH")) {
        action = ApiAction::Unpublish;
    } else if (actionName == QLatin1String("RECOVER")) {
        action = ApiAction::Recover;
    } else if (actionName != QLatin1String("STOP")) {
        invalidDataServiceField(ex, QStringLiteral("action"),
                                {QStringLiteral("\"%1\" is not one of UNPUBLISH, STOP, RECOVER")
                                     .arg(actionValue.toVariant().toString()),
                                 QStringLiteral("“%1”不在取值范围UNPUBLISH、STOP、RECOVER内")
                                     .arg(actionValue.toVariant().toString())});
        return;
    }
    std::optional<qint64> time;
    const QJsonValue timeValue = body->value(QStringLiteral("time"));
    if (!timeValue.isUndefined() && !timeValue.isNull()) {
        time = timeValue.isString() ? timefmt::parseUtc(timeValue.toString()) : std::nullopt;
        if (!time) {
            invalidDataServiceField(ex, QStringLiteral("time"),
                                    {QStringLiteral("\"%1\" is not a UTC time such as "
                                                    "2024-01-01T10:00:00.000Z")
                                         .arg(timeValue.toVariant().toString()),
                                     QStringLiteral("“%1”不是UTC时间（如2024-01-01T10:00:00.000Z）")
                                         .arg(timeValue.toVariant().toString())});
            return;
        }
    }

    ApiStore &apis = m_world.apis;
    const QString apiId = ex.param(QStringLiteral("api_id"));
    const QString clusterId = ex.param(QStringLiteral("instance_id"));
    const int api = ex.dataWorkspace ? apis.apiIndex(apiId) : -1;
    if (api < 0) {
        dataServiceError(ex, 400, QStringLiteral("DLM.4018"),
                         {QStringLiteral("The API does not exist: %1").arg(apiId),
                          QStringLiteral("API不存在：%1").arg(apiId)});
        return;
    }
    const int cluster = apis.clusterIndex(clusterId);
    if (cluster < 0) {
        dataServiceError(ex, 400, QStringLiteral("DLM.4215"),
                         {QStringLiteral("The cluster does not exist: %1").arg(clusterId),
                          QStringLiteral("集群不存在：%1").arg(clusterId)});
        return;
    }
    if (apis.busy(cluster)) {
        dataServiceError(ex, 400, QString::fromLatin1(ApiWorkflow::InProgressCode),
                         {QStringLiteral("Operation in progress on cluster %1; retry when the "
                                         "current action has finished.")
                              .arg(apis.clusters[size_t(cluster)].name),
                          QStringLiteral("集群%1上有操作正在进行中，请稍后重试。")
                              .arg(apis.clusters[size_t(cluster)].name)});
        return;
    }
    m_world.stats.countProcessed(apis.pairKey(apis.pair(api, cluster)));
    const auto failure =
        m_world.dataService.act(apis.pairIndex(api, cluster), action, time, *ex.user);
    if (failure) {
        dataServiceError(ex, 400, failure->code, failure->message);
        return;
    }
    ex.response = SandboxResponse::noContent();
    const int busyMs = m_world.options.actionMs;
    if (busyMs > 0) {
        // The cluster stays busy until the answer goes out.
        apis.setBusy(cluster, true);
        ex.response.delayMs = busyMs;
        ex.response.beforeWrite = [&apis, cluster] {
            apis.setBusy(cluster, false);
        };
    }
}

} // namespace dataarts::sandbox
