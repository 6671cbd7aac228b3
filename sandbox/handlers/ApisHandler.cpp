#include "ApisHandler.h"

#include "DataServiceJson.h"
#include "core/TimeFormat.h"
#include "http/Router.h"
#include "rules/ApiWorkflow.h"
#include "world/SandboxWorld.h"

#include <QJsonArray>

namespace dataarts::sandbox {

namespace {

bool isPublishedSomewhere(const SandboxWorld &world, int api)
{
    for (size_t c = 0; c < world.apis.clusters.size(); ++c) {
        switch (world.apis.pairs[size_t(world.apis.pairIndex(api, int(c)))].status) {
        case ApiStatus::Published:
        case ApiStatus::WaitingStop:
        case ApiStatus::WaitingOffline:
        case ApiStatus::Stopped:
        case ApiStatus::RecoverWaitReview:
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace

void ApisHandler::addRoutes(Router &router)
{
    router.add("GET", "/v1/{project_id}/service/apis", "dataservice.apis", Service::DataService,
               [this](Exchange &ex) { list(ex); });
    router.add("GET", "/v1/{project_id}/service/apis/{api_id}", "dataservice.api",
               Service::DataService, [this](Exchange &ex) { show(ex); });
    router.add("GET", "/v1/{project_id}/service/apis/{api_id}/instances",
               "dataservice.api_instances", Service::DataService,
               [this](Exchange &ex) { instancesForAction(ex); });
    router.add("GET", "/v1/{project_id}/service/apis/{api_id}/publish-info",
               "dataservice.publish_info", Service::DataService,
               [this](Exchange &ex) { publishInfo(ex); });
    router.add("GET", "/v1/{project_id}/service/instances", "dataservice.clusters",
               Service::DataService, [this](Exchange &ex) { clusters(ex); });
}

int ApisHandler::findApi(Exchange &ex)
{
    const int api =
        ex.dataWorkspace ? m_world.apis.apiIndex(ex.param(QStringLiteral("api_id"))) : -1;
    if (api < 0) {
        dataServiceError(
            ex, 400, QStringLiteral("DLM.4018"),
            {QStringLiteral("The API does not exist: %1").arg(ex.param(QStringLiteral("api_id"))),
             QStringLiteral("API不存在：%1").arg(ex.param(QStringLiteral("api_id")))});
    }
    return api;
}

void ApisHandler::list(Exchange &ex)
{
    const SandboxRequest &r = ex.request;
    static const QStringList apiTypes = {
        QStringLiteral("API_SPECIFIC_TYPE_CONFIGURATION"),
        QStringLiteral("API_SPECIFIC_TYPE_SCRIPT"), QStringLiteral("API_SPECIFIC_TYPE_REGISTER"),
        QStringLiteral("API_SPECIFIC_TYPE_MYBATIS"), QStringLiteral("API_SPECIFIC_TYPE_GROOVY")};
    const QString apiType = r.query(QStringLiteral("api_type"));
    if (r.hasQuery(QStringLiteral("api_type")) && !apiTypes.contains(apiType)) {
        invalidDataServiceField(ex, QStringLiteral("api_type"), oneOf(apiType, apiTypes));
        return;
    }
    const QString publishStatus = r.query(QStringLiteral("publish_status"));
    if (r.hasQuery(QStringLiteral("publish_status")) &&
        publishStatus != QLatin1String("PUBLISHED") &&
        publishStatus != QLatin1String("NOT_PUBLISHED")) {
        invalidDataServiceField(
            ex, QStringLiteral("publish_status"),
            oneOf(publishStatus, {QStringLiteral("PUBLISHED"), QStringLiteral("NOT_PUBLISHED")}));
        return;
    }
    qint64 times[2] = {0, 0};
    const QString timeKeys[2] = {QStringLiteral("start_time"), QStringLiteral("end_time")};
    for (int k = 0; k < 2; ++k) {
        if (!r.hasQuery(timeKeys[k]))
            continue;
        const std::optional<qint64> t = timefmt::parseUtc(r.query(timeKeys[k]));
        if (!t) {
            invalidDataServiceField(ex, timeKeys[k],
                                    {QStringLiteral("\"%1\" is not a UTC time such as "
                                                    "2024-02-24T16:00:00.000Z")
                                         .arg(r.query(timeKeys[k])),
                                     QStringLiteral("“%1”不是UTC时间（如2024-02-24T16:00:00.000Z）")
                                         .arg(r.query(timeKeys[k]))});
            return;
        }
        times[k] = *t;
    }
    const std::optional<Page> page = dataServicePage(ex, 10);
    if (!page)
        return;

    const QString name = r.query(QStringLiteral("name"));
    const QString description = r.query(QStringLiteral("description"));
    const QString createUser = r.query(QStringLiteral("create_user"));
    const QString tableName = r.query(QStringLiteral("table_name"));
    const QStringList tags = r.queryValues(QStringLiteral("tags"));
    const bool withPublish = r.header("x-return-publish-messages").trimmed().toLower() == "true";

    int total = 0;
    QJsonArray records;
    if (ex.dataWorkspace) {
        for (const int i : m_world.apis.newestFirst) {
            const Api &a = m_world.apis.apis[size_t(i)];
            if (!name.isEmpty() && !a.name.contains(name, Qt::CaseInsensitive))
                continue;
            if (!description.isEmpty() && !a.description.contains(description, Qt::CaseInsensitive))
                continue;
            if (!createUser.isEmpty() && a.createUser != createUser)
                continue;
            if (!apiType.isEmpty() && a.type != apiType)
                continue;
            if (!tableName.isEmpty() && !a.tableName.contains(tableName, Qt::CaseInsensitive))
                continue;
            if ((times[0] && a.createMs < times[0]) || (times[1] && a.createMs > times[1]))
                continue;
            bool tagsOk = true;
            for (const QString &tag : tags)
                tagsOk = tagsOk && a.tags.contains(tag);
            if (!tagsOk)
                continue;
            if (!publishStatus.isEmpty() &&
                isPublishedSomewhere(m_world, i) != (publishStatus == QLatin1String("PUBLISHED")))
                continue;
            if (total >= page->offset && total < page->offset + page->limit)
                records.append(dataservice_json::apiOverview(m_world, i, withPublish));
            ++total;
        }
    }
    dataServiceOk(
        ex, QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("records"), records}});
}

void ApisHandler::show(Exchange &ex)
{
    const int api = findApi(ex);
    if (api >= 0)
        dataServiceOk(ex, dataservice_json::apiDetail(m_world, api));
}

void ApisHandler::instancesForAction(Exchange &ex)
{
    const int api = findApi(ex);
    if (api < 0)
        return;
    const SandboxRequest &r = ex.request;
    static const QStringList actions = {QStringLiteral("PUBLISH"),   QStringLiteral("UNPUBLISH"),
                                        QStringLiteral("STOP"),      QStringLiteral("RECOVER"),
                                        QStringLiteral("WHITELIST"), QStringLiteral("AUTHORIZE")};
    const QString action = r.query(QStringLiteral("action"));
    if (!actions.contains(action)) {
        invalidDataServiceField(ex, QStringLiteral("action"),
                                action.isEmpty()
                                    ? Text{QStringLiteral("it is required"), QStringLiteral("必填")}
                                    : oneOf(action, actions));
        return;
    }
    bool flags[3] = {false, true, true};
    const QString flagKeys[3] = {QStringLiteral("show_all"), QStringLiteral("check_status"),
                                 QStringLiteral("check_debug")};
    for (int k = 0; k < 3; ++k) {
        if (!r.hasQuery(flagKeys[k]))
            continue;
        const QString v = r.query(flagKeys[k]);
        if (v != QLatin1String("true") && v != QLatin1String("false")) {
            invalidDataServiceField(ex, flagKeys[k],
                                    oneOf(v, {QStringLiteral("true"), QStringLiteral("false")}));
            return;
        }
        flags[k] = v == QLatin1String("true");
    }
    int app = -1;
    if (r.hasQuery(QStringLiteral("app_id"))) {
        app = m_world.apis.appIndex(r.query(QStringLiteral("app_id")));
        if (app < 0) {
            dataServiceError(
                ex, 400, QStringLiteral("DLM.4063"),
                {QStringLiteral("The app does not exist: %1")
                     .arg(r.query(QStringLiteral("app_id"))),
                 QStringLiteral("应用不存在：%1").arg(r.query(QStringLiteral("app_id")))});
            return;
        }
    }
    const std::optional<Page> page = dataServicePage(ex, 10);
    if (!page)
        return;

    QJsonArray instances;
    int total = 0;
    for (size_t c = 0; c < m_world.apis.clusters.size(); ++c) {
        const Pair &p = m_world.apis.pairs[size_t(m_world.apis.pairIndex(api, int(c)))];
        bool valid = true;
        QString cause;
        if (flags[1]) {
            if (action == QLatin1String("UNPUBLISH"))
                valid = ApiWorkflow::allowed(p.status, ApiAction::Unpublish);
            else if (action == QLatin1String("STOP"))
                valid = ApiWorkflow::allowed(p.status, ApiAction::Stop);
            else if (action == QLatin1String("RECOVER"))
                valid = ApiWorkflow::allowed(p.status, ApiAction::Recover);
            else if (action == QLatin1String("PUBLISH"))
                valid = p.status == ApiStatus::Created || p.status == ApiStatus::Offline ||
                        p.status == ApiStatus::PublishReject;
            else
                valid = p.status == ApiStatus::Published;
            if (!valid) {
                cause = QStringLiteral("API status %1 does not allow %2")
                            .arg(apiStatusName(p.status), action);
            }
        }
        if (valid && flags[2] && action == QLatin1String("PUBLISH") &&
            p.debug != QLatin1String("API_DEBUG_SUCCESS")) {
            valid = false;
            cause = QStringLiteral("The API has not been debugged successfully (%1)").arg(p.debug);
        }
        if (valid && app >= 0 && action == QLatin1String("AUTHORIZE") && p.apps.contains(app)) {
            valid = false;
            cause = QStringLiteral("The app is already authorized on this cluster");
        }
        if (!valid && !flags[0])
            continue;
        if (total >= page->offset && total < page->offset + page->limit) {
            instances.append(QJsonObject{
                {QStringLiteral("instance_id"), m_world.apis.clusters[c].id},
                {QStringLiteral("instance_type"), QStringLiteral("DLM")},
                {QStringLiteral("name"), m_world.apis.clusters[c].name},
                {QStringLiteral("action"), action},
                {QStringLiteral("result"), valid},
                {QStringLiteral("cause"), cause},
                {QStringLiteral("api_status"), apiStatusName(p.status)},
                {QStringLiteral("api_debug"), p.debug},
            });
        }
        ++total;
    }
    dataServiceOk(ex, QJsonObject{{QStringLiteral("instances"), instances}});
}

void ApisHandler::publishInfo(Exchange &ex)
{
    const int api = findApi(ex);
    if (api < 0)
        return;
    const std::optional<Page> page = dataServicePage(ex, 10);
    if (!page)
        return;
    QJsonArray messages;
    int total = 0;
    for (size_t c = 0; c < m_world.apis.clusters.size(); ++c) {
        const Pair &p = m_world.apis.pairs[size_t(m_world.apis.pairIndex(api, int(c)))];
        if (p.status == ApiStatus::Created)
            continue;
        if (total >= page->offset && total < page->offset + page->limit)
            messages.append(dataservice_json::publishMessage(m_world, p));
        ++total;
    }
    dataServiceOk(ex, QJsonObject{{QStringLiteral("total"), total},
                                  {QStringLiteral("publish_messages"), messages}});
}

void ApisHandler::clusters(Exchange &ex)
{
    const std::optional<Page> page = dataServicePage(ex, 10);
    if (!page)
        return;
    const QString name = ex.request.query(QStringLiteral("name"));
    const QString createUser = ex.request.query(QStringLiteral("create_user"));
    QJsonArray instances;
    int total = 0;
    const int count = ex.dataWorkspace ? int(m_world.apis.clusters.size()) : 0;
    for (int c = 0; c < count; ++c) {
        const Cluster &cl = m_world.apis.clusters[size_t(c)];
        if (!name.isEmpty() && !cl.name.contains(name, Qt::CaseInsensitive))
            continue;
        if (!createUser.isEmpty() && cl.createUser != createUser)
            continue;
        if (total >= page->offset && total < page->offset + page->limit)
            instances.append(dataservice_json::cluster(m_world, c));
        ++total;
    }
    dataServiceOk(ex, QJsonObject{{QStringLiteral("total"), total},
                                  {QStringLiteral("instances"), instances}});
}

} // namespace dataarts::sandbox
