#include "ReviewHandler.h"

#include "DataServiceJson.h"
#include "core/TimeFormat.h"
#include "http/Router.h"
#include "world/SandboxWorld.h"

#include <QJsonArray>

#include <algorithm>

namespace dataarts::sandbox {

void ReviewHandler::addRoutes(Router &router)
{
    router.add("GET", "/v1/{project_id}/service/messages", "review.messages", Service::DataService,
               [this](Exchange &ex) { listMessages(ex); });
    router.add("GET", "/v1/{project_id}/service/messages/{id}", "review.message",
               Service::DataService, [this](Exchange &ex) { showMessage(ex); });
    router.add("POST", "/v1/{project_id}/service/messages", "review.confirm_message",
               Service::DataService, [this](Exchange &ex) { confirmMessage(ex); });
    router.add("GET", "/v1/{project_id}/service/applys", "review.applications",
               Service::DataService, [this](Exchange &ex) { listApplications(ex); });
    router.add("GET", "/v1/{project_id}/service/applys/{id}", "review.application",
               Service::DataService, [this](Exchange &ex) { showApplication(ex); });
    router.add("POST", "/v1/{project_id}/service/applys", "review.review_applications",
               Service::DataService, [this](Exchange &ex) { reviewApplications(ex); });
}

void ReviewHandler::respondList(Exchange &ex, const std::function<bool(const ReviewRecord &)> &keep)
{
    std::optional<Page> page = dataServicePage(ex, 100);
    if (!page)
        return;
    const QString apiName = ex.request.query(QStringLiteral("api_name"));
    const std::vector<ReviewRecord> &all = m_world.reviews.all();
    QList<const ReviewRecord *> hits;
    if (ex.dataWorkspace) {
        for (auto it = all.rbegin(); it != all.rend(); ++it) {
            if (!keep(*it))
                continue;
            if (!apiName.isEmpty() &&
                !m_world.apis.apis[size_t(it->api)].name.contains(apiName, Qt::CaseInsensitive))
                continue;
            hits.append(&*it);
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const ReviewRecord *a, const ReviewRecord *b) {
        return a->applyMs > b->applyMs;
    });
    const int total = int(hits.size());
    if (page->offset >= total)
        page->offset = 0; // the real service answers the first page again
    QJsonArray records;
    for (int i = page->begin(total); i < page->end(total); ++i)
        records.append(dataservice_json::applyRecord(m_world, *hits.at(i)));
    dataServiceOk(
        ex, QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("records"), records}});
}

void ReviewHandler::listMessages(Exchange &ex)
{
    const QString me = ex.user->name;
    respondList(ex, [&me](const ReviewRecord &r) {
        return r.kind == RecordKind::Message && r.approverName == me;
    });
}

void ReviewHandler::listApplications(Exchange &ex)
{
    int queryType = 0;
    if (ex.request.hasQuery(QStringLiteral("query_type"))) {
        bool ok = false;
        queryType = ex.request.query(QStringLiteral("query_type")).toInt(&ok);
        if (!ok || queryType < 0 || queryType > 3) {
            invalidDataServiceField(ex, QStringLiteral("query_type"),
                                    {QStringLiteral("\"%1\" is not 0, 1, 2 or 3")
                                         .arg(ex.request.query(QStringLiteral("query_type"))),
                                     QStringLiteral("“%1”不是0、1、2、3之一")
                                         .arg(ex.request.query(QStringLiteral("query_type")))});
            return;
        }
    }
    const QString me = ex.user->name;
    respondList(ex, [&me, queryType](const ReviewRecord &r) {
        if (r.kind != RecordKind::Application)
            return false;
        const bool pending = r.status == ApplyStatus::PendingApproval;
        const bool asCaller = r.type == ApplyType::Apply || r.type == ApplyType::Renew ||
                              r.type == ApplyType::AppCancelAuthorize;
        switch (queryType) {
        case 0:
            return r.approverName == me && pending;
        case 1:
            return r.approverName == me && !pending;
        case 2:
            return r.userName == me && !asCaller;
        default:
            return r.userName == me && asCaller;
        }
    });
}

void ReviewHandler::show(Exchange &ex, bool message)
{
    const QString id = ex.param(QStringLiteral("id"));
    const ReviewRecord *r = ex.dataWorkspace ? m_world.reviews.find(id) : nullptr;
    if (!r || (r->kind == RecordKind::Message) != message) {
        dataServiceError(ex, 400, QString::fromLatin1(ApiWorkflow::RecordNotFoundCode),
                         message
                             ? Text{QStringLiteral("The message %1 does not exist.").arg(id),
                                    QStringLiteral("消息%1不存在。").arg(id)}
                             : Text{QStringLiteral("The application %1 does not exist.").arg(id),
                                    QStringLiteral("申请%1不存在。").arg(id)});
        return;
    }
    dataServiceOk(ex, dataservice_json::applyRecord(m_world, *r));
}

void ReviewHandler::showMessage(Exchange &ex)
{
    show(ex, true);
}

void ReviewHandler::showApplication(Exchange &ex)
{
    show(ex, false);
}

void ReviewHandler::confirmMessage(Exchange &ex)
{
    const std::optional<QJsonObject> body = dataServiceBody(ex);
    if (!body)
        return;
    const QJsonValue id = body->value(QStringLiteral("message_id"));
    if (!id.isString() || id.toString().isEmpty()) {
        invalidDataServiceField(ex, QStringLiteral("message_id"),
                                {QStringLiteral("a non-empty string is required"),
                                 QStringLiteral("必填，须为非空字符串")});
        return;
    }
    const QJsonValue actionValue = body->value(QStringLiteral("action"));
    const int action = actionValue.isDouble() ? int(actionValue.toInteger(-1)) : -1;
    if (action != 0 && action != 1) {
        invalidDataServiceField(ex, QStringLiteral("action"),
                                {QStringLiteral("0 (execute now) or 1 (at a time) is required"),
                                 QStringLiteral("必填，取值为0（立即执行）或1（定时执行）")});
        return;
    }
    std::optional<qint64> time;
    if (action == 1) {
        const QJsonValue timeValue = body->value(QStringLiteral("time"));
        const QString text = timeValue.toString();
        time = timefmt::parseUtc(text, true);
        const Text format{
            QStringLiteral("\"%1\" is not a whole UTC hour such as "
                           "2024-01-01T10:00:00.000Z")
                .arg(text),
            QStringLiteral("“%1”不是整点的UTC时间（如2024-01-01T10:00:00.000Z）").arg(text)};
        if (!timeValue.isString() || !time || *time % (3600LL * 1000) != 0) {
            invalidDataServiceField(ex, QStringLiteral("time"),
                                    text.isEmpty()
                                        ? Text{QStringLiteral("it is required when action is 1"),
                                               QStringLiteral("action为1时必填")}
                                        : format);
            return;
        }
        if (*time <= m_world.clock.nowMs()) {
            invalidDataServiceField(ex, QStringLiteral("time"),
                                    {QStringLiteral("%1 is not in the future").arg(text),
                                     QStringLiteral("%1不是将来的时间").arg(text)});
            return;
        }
    }
    const auto failure =
        ex.dataWorkspace ? m_world.dataService.confirmMessage(id.toString(), action, time, *ex.user)
                         : std::optional<ApiWorkflow::Failure>(ApiWorkflow::Failure{
                               QString::fromLatin1(ApiWorkflow::RecordNotFoundCode),
                               {QStringLiteral("The message %1 does not exist.").arg(id.toString()),
                                QStringLiteral("消息%1不存在。").arg(id.toString())}});
    if (failure) {
        dataServiceError(ex, 400, failure->code, failure->message);
        return;
    }
    ex.response = SandboxResponse::noContent();
}

void ReviewHandler::reviewApplications(Exchange &ex)
{
    const std::optional<QJsonObject> body = dataServiceBody(ex);
    if (!body)
        return;
    const QJsonValue result = body->value(QStringLiteral("apply_result"));
    if (!result.isBool()) {
        invalidDataServiceField(ex, QStringLiteral("apply_result"),
                                {QStringLiteral("true (approve) or false (reject) is required"),
                                 QStringLiteral("必填，true表示通过，false表示驳回")});
        return;
    }
    const QJsonValue idsValue = body->value(QStringLiteral("apply_ids"));
    QStringList ids;
    for (const QJsonValue &v : idsValue.toArray()) {
        if (!v.isString() || v.toString().isEmpty()) {
            ids.clear();
            break;
        }
        ids.append(v.toString());
    }
    if (!idsValue.isArray() || ids.isEmpty()) {
        invalidDataServiceField(ex, QStringLiteral("apply_ids"),
                                {QStringLiteral("a non-empty array of application ids is required"),
                                 QStringLiteral("必填，须为非空的申请ID数组")});
        return;
    }
    if (!ex.dataWorkspace) {
        dataServiceError(
            ex, 400, QString::fromLatin1(ApiWorkflow::RecordNotFoundCode),
            {QStringLiteral("The application %1 does not exist.").arg(ids.constFirst()),
             QStringLiteral("申请%1不存在。").arg(ids.constFirst())});
        return;
    }
    const auto failure = m_world.dataService.review(ids, result.toBool(), *ex.user);
    if (failure) {
        dataServiceError(ex, 400, failure->code, failure->message);
        return;
    }
    ex.response = SandboxResponse::noContent();
}

} // namespace dataarts::sandbox
