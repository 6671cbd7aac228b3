#include "ApiPublishHandler.h"

#include "core/TimeFormat.h"
#include "http/Router.h"
#include "world/SandboxWorld.h"

#include <QJsonArray>

namespace dataarts::sandbox {

namespace {

constexpr qint64 HourMs = 3600LL * 1000;

bool publishable(ApiStatus status)
{
    return status == ApiStatus::Created || status == ApiStatus::Offline ||
           status == ApiStatus::PublishReject;
}

// The body of a call whose body is optional: empty means {}.
std::optional<QJsonObject> optionalBody(const SandboxRequest &request)
{
    if (request.http.body.trimmed().isEmpty())
        return QJsonObject{};
    return std::nullopt;
}

} // namespace

void ApiPublishHandler::addRoutes(Router &router)
{
    router.add("POST", "/v1/{project_id}/service/apis/{api_id}/instances/{instance_id}/publish",
               "dataservice.publish", Service::DataService, [this](Exchange &ex) { publish(ex); });
    router.add("POST", "/v1/{project_id}/service/apis/{api_id}/instances/{instance_id}/authorize",
               "dataservice.authorize", Service::DataService,
               [this](Exchange &ex) { authorize(ex); });
    router.add("POST", "/v1/{project_id}/service/apis/authorize/action",
               "dataservice.authorize_action", Service::DataService,
               [this](Exchange &ex) { authorizeAction(ex); });
}

int ApiPublishHandler::findPair(Exchange &ex, const QString &apiId, const QString &clusterId) const
{
    const ApiStore &apis = m_world.apis;
    const int api = ex.dataWorkspace ? apis.apiIndex(apiId) : -1;
    if (api < 0) {
        dataServiceError(ex, 400, QStringLiteral("DLM.4018"),
                         {QStringLiteral("The API does not exist: %1").arg(apiId),
                          QStringLiteral("API不存在：%1").arg(apiId)});
        return -1;
    }
    const int cluster = apis.clusterIndex(clusterId);
    if (cluster < 0) {
        dataServiceError(ex, 400, QStringLiteral("DLM.4215"),
                         {QStringLiteral("The cluster does not exist: %1").arg(clusterId),
                          QStringLiteral("集群不存在：%1").arg(clusterId)});
        return -1;
    }
    return apis.pairIndex(api, cluster);
}

void ApiPublishHandler::publish(Exchange &ex)
{
    std::optional<QJsonObject> body = optionalBody(ex.request);
    if (!body)
        body = dataServiceBody(ex);
    if (!body)
        return;
    // GatewayDto: every field optional; only the types are checked.
    const QJsonValue apigType = body->value(QStringLiteral("apig_type"));
    if (!apigType.isUndefined() && !apigType.isNull()) {
        const QStringList types{QStringLiteral("APIG"), QStringLiteral("APIGW"),
                                QStringLiteral("ROMA_APIC")};
        if (!types.contains(apigType.toString())) {
            invalidDataServiceField(ex, QStringLiteral("apig_type"),
                                    oneOf(apigType.toVariant().toString(), types));
            return;
        }
    }
    for (const QString &field :
         {QStringLiteral("apig_instance_id"), QStringLiteral("group_id_in_apig"),
          QStringLiteral("roma_app_id")}) {
        const QJsonValue v = body->value(field);
        if (!v.isUndefined() && !v.isNull() && !v.isString()) {
            invalidDataServiceField(
                ex, field, {QStringLiteral("must be a string"), QStringLiteral("必须是字符串")});
            return;
        }
    }

    const int pairIndex =
        findPair(ex, ex.param(QStringLiteral("api_id")), ex.param(QStringLiteral("instance_id")));
    if (pairIndex < 0)
        return;
    ApiStore &apis = m_world.apis;
    Pair &pair = apis.pairs[size_t(pairIndex)];
    const int cluster = pair.cluster;
    if (apis.busy(cluster)) {
        dataServiceError(ex, 400, QString::fromLatin1(ApiWorkflow::InProgressCode),
                         {QStringLiteral("Operation in progress on cluster %1; retry when the "
                                         "current action has finished.")
                              .arg(apis.clusters[size_t(cluster)].name),
                          QStringLiteral("集群%1上有操作正在进行中，请稍后重试。")
                              .arg(apis.clusters[size_t(cluster)].name)});
        return;
    }
    if (!publishable(pair.status)) {
        const QString status = apiStatusName(pair.status);
        const QString needs =
            QStringLiteral("API_STATUS_CREATED, API_STATUS_OFFLINE or API_STATUS_PUBLISH_REJECT");
        dataServiceError(
            ex, 400, QString::fromLatin1(ApiWorkflow::IllegalActionCode),
            {QStringLiteral("Illegal action PUBLISH: the API is %1 on this cluster; "
                            "PUBLISH needs %2.")
                 .arg(status, needs),
             QStringLiteral("非法操作PUBLISH：API在该集群的状态为%1，PUBLISH要求状态为%2。")
                 .arg(status, needs)});
        return;
    }
    const Api &api = apis.apis[size_t(pair.api)];
    if (ex.user->name == api.manager) {
        m_world.dataService.setStatus(pair, ApiStatus::Published);
    } else {
        m_world.dataService.createApplication(pairIndex, ApplyType::Publish, ex.user->name,
                                              m_world.clock.nowMs());
        m_world.dataService.setStatus(pair, ApiStatus::PublishWaitReview);
    }
    ex.response = SandboxResponse::noContent();
    const int busyMs = m_world.options.actionMs;
    if (busyMs > 0) {
        apis.setBusy(cluster, true);
        ex.response.delayMs = busyMs;
        ex.response.beforeWrite = [&apis, cluster] {
            apis.setBusy(cluster, false);
        };
    }
}

std::optional<qint64> ApiPublishHandler::authorizationEnd(Exchange &ex,
                                                          const QJsonObject &body) const
{
    const qint64 now = m_world.clock.nowMs();
    const QJsonValue value = body.value(QStringLiteral("time"));
    if (value.isUndefined() || value.isNull())
        return ((now + 48 * HourMs) + HourMs - 1) / HourMs * HourMs;
    const std::optional<qint64> time =
        value.isString() ? timefmt::parseUtc(value.toString()) : std::nullopt;
    if (!time) {
        invalidDataServiceField(ex, QStringLiteral("time"),
                                {QStringLiteral("\"%1\" is not a UTC time such as "
                                                "2024-01-01T10:00:00.000Z")
                                     .arg(value.toVariant().toString()),
                                 QStringLiteral("“%1”不是UTC时间（如2024-01-01T10:00:00.000Z）")
                                     .arg(value.toVariant().toString())});
        return std::nullopt;
    }
    if (*time <= now) {
        invalidDataServiceField(ex, QStringLiteral("time"),
                                {QStringLiteral("the end of the authorization (%1) must be later "
                                                "than now (%2)")
                                     .arg(value.toString(), timefmt::isoMillis(now)),
                                 QStringLiteral("授权截止时间（%1）必须晚于当前时间（%2）")
                                     .arg(value.toString(), timefmt::isoMillis(now))});
        return std::nullopt;
    }
    return time;
}

bool ApiPublishHandler::grant(Exchange &ex, int pairIndex, const QList<int> &apps,
                              qint64 untilMs) const
{
    Pair &pair = m_world.apis.pairs[size_t(pairIndex)];
    if (!ex.user->approver) {
        dataServiceError(
            ex, 400, QString::fromLatin1(ApiWorkflow::NotReviewerCode),
            {QStringLiteral("Authorizing apps needs the approver role; %1 is a "
                            "developer.")
                 .arg(ex.user->name),
             QStringLiteral("授权应用需要审核人角色，%1是开发者。").arg(ex.user->name)});
        return false;
    }
    if (pair.status != ApiStatus::Published) {
        const QString status = apiStatusName(pair.status);
        dataServiceError(ex, 400, QString::fromLatin1(ApiWorkflow::IllegalActionCode),
                         {QStringLiteral("Illegal action AUTHORIZE: the API is %1 on this "
                                         "cluster; AUTHORIZE needs API_STATUS_PUBLISHED.")
                              .arg(status),
                          QStringLiteral("非法操作AUTHORIZE：API在该集群的状态为%1，AUTHORIZE要求"
                                         "状态为API_STATUS_PUBLISHED。")
                              .arg(status)});
        return false;
    }
    const qint64 now = m_world.clock.nowMs();
    for (const int app : apps) {
        if (pair.apps.contains(app)) {
            m_world.calls.extend(pairIndex, app, untilMs);
        } else {
            pair.apps.append(app);
            m_world.calls.link(pairIndex, app, now, untilMs);
        }
    }
    return true;
}

void ApiPublishHandler::authorize(Exchange &ex)
{
    const std::optional<QJsonObject> body = dataServiceBody(ex);
    if (!body)
        return;
    const QJsonValue ids = body->value(QStringLiteral("app_ids"));
    const QJsonArray idArray = ids.toArray();
    bool valid = ids.isArray() && !idArray.isEmpty();
    for (const QJsonValue &v : idArray)
        valid = valid && v.isString() && !v.toString().isEmpty();
    if (!valid) {
        invalidDataServiceField(ex, QStringLiteral("app_ids"),
                                {QStringLiteral("must be a non-empty array of app ids"),
                                 QStringLiteral("必须是非空的应用ID数组")});
        return;
    }
    const std::optional<qint64> until = authorizationEnd(ex, *body);
    if (!until)
        return;
    const int pairIndex =
        findPair(ex, ex.param(QStringLiteral("api_id")), ex.param(QStringLiteral("instance_id")));
    if (pairIndex < 0)
        return;
    QList<int> apps;
    QStringList unknown;
    for (const QJsonValue &v : idArray) {
        const int app = m_world.apis.appIndex(v.toString());
        if (app < 0)
            unknown.append(v.toString());
        else if (!apps.contains(app))
            apps.append(app);
    }
    if (!unknown.isEmpty()) {
        const QString list = unknown.join(QStringLiteral(", "));
        dataServiceError(ex, 400, QStringLiteral("DLM.4063"),
                         {QStringLiteral("The app does not exist: %1").arg(list),
                          QStringLiteral("应用不存在：%1").arg(list)});
        return;
    }
    if (!grant(ex, pairIndex, apps, *until))
        return;
    ex.response = SandboxResponse::noContent();
}

void ApiPublishHandler::authorizeAction(Exchange &ex)
{
    const std::optional<QJsonObject> body = dataServiceBody(ex);
    if (!body)
        return;
    for (const QString &field :
         {QStringLiteral("api_id"), QStringLiteral("instance_id"), QStringLiteral("app_id")}) {
        const QJsonValue v = body->value(field);
        if (!v.isString() || v.toString().isEmpty()) {
            invalidDataServiceField(ex, field,
                                    {QStringLiteral("required, a non-empty string"),
                                     QStringLiteral("必填，非空字符串")});
            return;
        }
    }
    const QString type = body->value(QStringLiteral("apply_type")).toString();
    const QStringList types{QStringLiteral("APPLY_TYPE_AUTHORIZE"),
                            QStringLiteral("APPLY_TYPE_API_CANCEL_AUTHORIZE"),
                            QStringLiteral("APPLY_TYPE_APP_CANCEL_AUTHORIZE"),
                            QStringLiteral("APPLY_TYPE_APPLY"), QStringLiteral("APPLY_TYPE_RENEW")};
    if (!types.contains(type)) {
        invalidDataServiceField(
            ex, QStringLiteral("apply_type"),
            oneOf(body->value(QStringLiteral("apply_type")).toVariant().toString(), types));
        return;
    }
    if (type == types[1] || type == types[3]) {
        invalidDataServiceField(ex, QStringLiteral("apply_type"),
                                {QStringLiteral("%1 is not supported by the sandbox").arg(type),
                                 QStringLiteral("沙箱不支持%1").arg(type)});
        return;
    }
    const bool cancel = type == types[2];
    std::optional<qint64> until = 0;
    if (!cancel) {
        until = authorizationEnd(ex, *body);
        if (!until)
            return;
    }
    const int pairIndex = findPair(ex, body->value(QStringLiteral("api_id")).toString(),
                                   body->value(QStringLiteral("instance_id")).toString());
    if (pairIndex < 0)
        return;
    const QString appId = body->value(QStringLiteral("app_id")).toString();
    const int app = m_world.apis.appIndex(appId);
    if (app < 0) {
        dataServiceError(ex, 400, QStringLiteral("DLM.4063"),
                         {QStringLiteral("The app does not exist: %1").arg(appId),
                          QStringLiteral("应用不存在：%1").arg(appId)});
        return;
    }
    Pair &pair = m_world.apis.pairs[size_t(pairIndex)];
    if ((cancel || type == types[4]) && !pair.apps.contains(app)) {
        dataServiceError(
            ex, 400, QString::fromLatin1(ApiWorkflow::IllegalActionCode),
            {QStringLiteral("Illegal action %1: the app %2 is not authorized to "
                            "the API on this cluster.")
                 .arg(type, appId),
             QStringLiteral("非法操作%1：应用%2未授权该API在该集群。").arg(type, appId)});
        return;
    }
    if (cancel) {
        if (pair.pending >= 0) {
            dataServiceError(ex, 400, QString::fromLatin1(ApiWorkflow::IllegalActionCode),
                             {QStringLiteral("Illegal action %1: the API has a pending %2.")
                                  .arg(type, apiStatusName(pair.status)),
                              QStringLiteral("非法操作%1：API有待处理的%2。")
                                  .arg(type, apiStatusName(pair.status))});
            return;
        }
        pair.apps.removeAll(app); // an app-side cancellation takes effect at once
    } else if (!grant(ex, pairIndex, {app}, *until)) {
        return;
    }
    ex.response = SandboxResponse::noContent();
}

} // namespace dataarts::sandbox
