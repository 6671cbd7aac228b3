#include "ControlHandler.h"

#include "ImpactControl.h"
#include "core/Json.h"
#include "core/TimeFormat.h"
#include "gateway/FaultInjector.h"
#include "gateway/RateLimiter.h"
#include "gateway/RequestLog.h"
#include "world/SandboxWorld.h"

#include <QJsonArray>

namespace dataarts::sandbox {

namespace {

int intQuery(const SandboxRequest &r, const QString &key, int fallback)
{
    bool ok = false;
    const int v = r.query(key).toInt(&ok);
    return ok ? v : fallback;
}

// history_times / history_times_ms next to the history (see insertHistoryTimes).
QJsonObject withHistoryTimes(QJsonObject o, const QList<qint64> &times)
{
    insertHistoryTimes(o, times);
    return o;
}

} // namespace

ControlHandler::ControlHandler(SandboxWorld &world, const ErrorFactory &errors,
                               FaultInjector &faults, RateLimiter &limiter, RequestLog &log)
    : HandlerBase(world, errors)
    , m_faults(faults)
    , m_limiter(limiter)
    , m_log(log)
    , m_impact(std::make_unique<ImpactControl>(world, errors))
{
    addRoutes(m_router);
    m_impact->addRoutes(m_router);
}

ControlHandler::~ControlHandler() = default;

void ControlHandler::addRoutes(Router &router)
{
    const auto add = [&](const char *method, const char *pattern,
                         void (ControlHandler::*fn)(Exchange &)) {
        router.add(
            method, pattern, "control", Service::Discovery,
            [this, fn](Exchange &ex) { (this->*fn)(ex); }, false);
    };
    add("GET", "/__sandbox/stats", &ControlHandler::stats);
    add("GET", "/__sandbox/requests", &ControlHandler::requests);
    add("POST", "/__sandbox/faults", &ControlHandler::addFault);
    add("GET", "/__sandbox/faults", &ControlHandler::listFaults);
    add("DELETE", "/__sandbox/faults", &ControlHandler::clearFaults);
    add("GET", "/__sandbox/entities", &ControlHandler::findEntities);
    add("GET", "/__sandbox/entities/{id}", &ControlHandler::entity);
    add("GET", "/__sandbox/pairs", &ControlHandler::findPairs);
    add("GET", "/__sandbox/pairs/{api_id}/{instance_id}", &ControlHandler::pair);
    add("GET", "/__sandbox/time", &ControlHandler::time);
    add("POST", "/__sandbox/time", &ControlHandler::advanceTime);
}

SandboxResponse ControlHandler::handle(const SandboxRequest &request)
{
    Exchange ex{request, {}, nullptr, false, true, {}};
    const Route *route = m_router.match(request.method(), request.path(), &ex.params);
    if (!route) {
        fail(ex, 404,
             QStringLiteral("no such control endpoint: %1 %2")
                 .arg(QString::fromLatin1(request.method()), request.path()));
        return ex.response;
    }
    route->handler(ex);
    return ex.response;
}

void ControlHandler::ok(Exchange &ex, const QJsonObject &body) const
{
    ex.response = SandboxResponse::json(200, json::bytes(body));
}

void ControlHandler::fail(Exchange &ex, int status, const QString &message) const
{
    ex.response =
        SandboxResponse::json(status, json::bytes(QJsonObject{{QStringLiteral("error"), message}}));
}

void ControlHandler::stats(Exchange &ex)
{
    QJsonObject body = m_world.stats.toJson(m_limiter.counters(), m_faults.injected());
    body.insert(QStringLiteral("scheduled"), m_world.scheduler.pending());
    body.insert(QStringLiteral("now"), timefmt::isoMillis(m_world.clock.nowMs()));
    ok(ex, body);
}

void ControlHandler::requests(Exchange &ex)
{
    QString error;
    const QJsonArray found = m_log.find(
        ex.request.query(QStringLiteral("path")),
        qBound(1, intQuery(ex.request, QStringLiteral("limit"), 50), RequestLog::Capacity), &error);
    if (!error.isEmpty()) {
        fail(ex, 400, error);
        return;
    }
    ok(ex, QJsonObject{{QStringLiteral("requests"), found}});
}

void ControlHandler::addFault(Exchange &ex)
{
    QString error;
    const std::optional<QJsonObject> body = json::parseObject(ex.request.http.body, &error);
    if (!body) {
        fail(ex, 400, error);
        return;
    }
    const int count = body->contains(QStringLiteral("count"))
                          ? int(body->value(QStringLiteral("count")).toInteger(0))
                          : 1;
    if (!m_faults.enqueue(body->value(QStringLiteral("mode")).toString(),
                          body->value(QStringLiteral("path")).toString(), count,
                          int(body->value(QStringLiteral("ms")).toInteger(0)), &error)) {
        fail(ex, 400, error);
        return;
    }
    ok(ex, QJsonObject{{QStringLiteral("queued"), m_faults.queued()}});
}

void ControlHandler::listFaults(Exchange &ex)
{
    ok(ex, QJsonObject{{QStringLiteral("queued"), m_faults.queued()},
                       {QStringLiteral("injected"), m_faults.injected()}});
}

void ControlHandler::clearFaults(Exchange &ex)
{
    m_faults.clear();
    ok(ex, QJsonObject{{QStringLiteral("queued"), QJsonArray()}});
}

void ControlHandler::entity(Exchange &ex)
{
    const std::optional<qint64> id = json::readId(QJsonValue(ex.param(QStringLiteral("id"))));
    const int index = id ? m_world.entities.indexOf(*id) : -1;
    if (index < 0) {
        fail(ex, 404, QStringLiteral("no entity %1").arg(ex.param(QStringLiteral("id"))));
        return;
    }
    const EntityView v = m_world.entities.view(index);
    const Approval *pending = m_world.approvals.pendingFor(index);
    const QString key = QString::number(v.id);
    ok(ex,
       withHistoryTimes(
           QJsonObject{
               {QStringLiteral("id"), key},
               {QStringLiteral("index"), index},
               {QStringLiteral("biz_type"), v.bizType},
               {QStringLiteral("status"), bizStatusName(v.status)},
               {QStringLiteral("name"), v.name},
               {QStringLiteral("name_ch"), v.nameCh},
               {QStringLiteral("code"), v.code},
               {QStringLiteral("model_id"), QString::number(v.modelId)},
               {QStringLiteral("update_time"), timefmt::rfc3339(v.updateMs)},
               {QStringLiteral("pending_approval"),
                pending ? QJsonValue(QString::number(pending->id)) : QJsonValue(QJsonValue::Null)},
               {QStringLiteral("transitions"), m_world.stats.entityTransitions(key)},
               {QStringLiteral("history"),
                QJsonArray::fromStringList(m_world.stats.entityHistory(key))},
           },
           m_world.stats.entityHistoryTimes(key)));
}

void ControlHandler::findEntities(Exchange &ex)
{
    const SandboxRequest &r = ex.request;
    const QString type = r.query(QStringLiteral("biz_type"));
    std::optional<BizStatus> status;
    if (r.hasQuery(QStringLiteral("status"))) {
        status = parseBizStatus(r.query(QStringLiteral("status")));
        if (!status) {
            fail(ex, 400,
                 QStringLiteral("unknown status %1").arg(r.query(QStringLiteral("status"))));
            return;
        }
    }
    const int limit = qBound(1, intQuery(r, QStringLiteral("limit"), 20), 100000);
    const int skip = qMax(0, intQuery(r, QStringLiteral("skip"), 0));
    const EntityStore &entities = m_world.entities;
    QJsonArray found;
    int matched = 0;
    for (int i = 0; i < entities.count() && found.size() < limit; ++i) {
        if (!type.isEmpty() && entities.bizType(i) != type)
            continue;
        if (status && entities.status(i) != *status)
            continue;
        if (matched++ < skip)
            continue;
        found.append(QJsonObject{{QStringLiteral("id"), QString::number(entities.id(i))},
                                 {QStringLiteral("biz_type"), entities.bizType(i)},
                                 {QStringLiteral("status"), bizStatusName(entities.status(i))}});
    }
    ok(ex, QJsonObject{{QStringLiteral("entities"), found}});
}

QJsonObject ControlHandler::pairJson(int pairIndex) const
{
    const ApiStore &apis = m_world.apis;
    const Pair &p = apis.pairs[size_t(pairIndex)];
    const Api &api = apis.apis[size_t(p.api)];
    QJsonArray apps;
    for (const int a : p.apps) {
        apps.append(QJsonObject{{QStringLiteral("id"), apis.apps[size_t(a)].id},
                                {QStringLiteral("name"), apis.apps[size_t(a)].name},
                                {QStringLiteral("owner"), apis.apps[size_t(a)].owner},
                                {QStringLiteral("until"), m_world.calls.usingMs(pairIndex, a)}});
    }
    QJsonValue pending = QJsonValue::Null;
    if (p.pending >= 0) {
        const PendingAction &pa = apis.pending[size_t(p.pending)];
        QJsonArray records;
        for (const QString &id : pa.records) {
            const ReviewRecord *r = m_world.reviews.find(id);
            if (!r)
                continue;
            records.append(
                QJsonObject{{QStringLiteral("id"), r->id},
                            {QStringLiteral("kind"), r->kind == RecordKind::Message
                                                         ? QStringLiteral("message")
                                                         : QStringLiteral("application")},
                            {QStringLiteral("status"), applyStatusName(r->status)},
                            {QStringLiteral("type"), applyTypeName(r->type)},
                            {QStringLiteral("receiver"), r->approverName}});
        }
        pending = QJsonObject{{QStringLiteral("action"), apiActionName(pa.action)},
                              {QStringLiteral("effective_time"),
                               pa.effectiveMs > 0 ? QJsonValue(timefmt::isoMillis(pa.effectiveMs))
                                                  : QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("requested_by"), pa.requestedBy},
                              {QStringLiteral("records"), records}};
    }
    const QString key = apis.pairKey(p);
    return withHistoryTimes(
        {
            {QStringLiteral("api_id"), api.id},
            {QStringLiteral("instance_id"), apis.clusters[size_t(p.cluster)].id},
            {QStringLiteral("api_name"), api.name},
            {QStringLiteral("manager"), api.manager},
            {QStringLiteral("status"), apiStatusName(p.status)},
            {QStringLiteral("debug"), p.debug},
            {QStringLiteral("apps"), apps},
            {QStringLiteral("pending"), pending},
            {QStringLiteral("transitions"), int(m_world.stats.pairHistory(key).size())},
            {QStringLiteral("history"), QJsonArray::fromStringList(m_world.stats.pairHistory(key))},
        },
        m_world.stats.pairHistoryTimes(key));
}

void ControlHandler::pair(Exchange &ex)
{
    const int api = m_world.apis.apiIndex(ex.param(QStringLiteral("api_id")));
    const int cluster = m_world.apis.clusterIndex(ex.param(QStringLiteral("instance_id")));
    if (api < 0 || cluster < 0) {
        fail(ex, 404, QStringLiteral("no such API or cluster"));
        return;
    }
    ok(ex, pairJson(m_world.apis.pairIndex(api, cluster)));
}

void ControlHandler::findPairs(Exchange &ex)
{
    const SandboxRequest &r = ex.request;
    std::optional<ApiStatus> status;
    if (r.hasQuery(QStringLiteral("status"))) {
        QString name = r.query(QStringLiteral("status"));
        if (!name.startsWith(QLatin1String("API_STATUS_")))
            name.prepend(QStringLiteral("API_STATUS_"));
        status = parseApiStatus(name);
        if (!status) {
            fail(ex, 400,
                 QStringLiteral("unknown status %1").arg(r.query(QStringLiteral("status"))));
            return;
        }
    }
    const QString apps = r.query(QStringLiteral("apps")); // yes / no / empty
    const QString manager = r.query(QStringLiteral("manager"));
    const QString notManager = r.query(QStringLiteral("not_manager"));
    const QString appOwner = r.query(QStringLiteral("app_owner"));
    const int limit = qBound(1, intQuery(r, QStringLiteral("limit"), 20), 100000);
    const ApiStore &store = m_world.apis;
    QJsonArray found;
    for (int i = 0; i < int(store.pairs.size()) && found.size() < limit; ++i) {
        const Pair &p = store.pairs[size_t(i)];
        const Api &api = store.apis[size_t(p.api)];
        if (status && p.status != *status)
            continue;
        if (apps == QLatin1String("yes") && p.apps.isEmpty())
            continue;
        if (apps == QLatin1String("no") && !p.apps.isEmpty())
            continue;
        if (!manager.isEmpty() && api.manager != manager)
            continue;
        if (!notManager.isEmpty() && api.manager == notManager)
            continue;
        if (!appOwner.isEmpty()) {
            bool owned = !p.apps.isEmpty();
            for (const int a : p.apps)
                owned = owned && store.apps[size_t(a)].owner == appOwner;
            if (!owned)
                continue;
        }
        found.append(pairJson(i));
    }
    ok(ex, QJsonObject{{QStringLiteral("pairs"), found}});
}

void ControlHandler::time(Exchange &ex)
{
    ok(ex, QJsonObject{{QStringLiteral("now"), timefmt::isoMillis(m_world.clock.nowMs())},
                       {QStringLiteral("now_ms"), m_world.clock.nowMs()},
                       {QStringLiteral("offset_ms"), m_world.clock.offsetMs()},
                       {QStringLiteral("advanced_ms"), m_world.clock.advancedMs()}});
}

void ControlHandler::advanceTime(Exchange &ex)
{
    QString error;
    const std::optional<QJsonObject> body = json::parseObject(ex.request.http.body, &error);
    const qint64 seconds = body ? body->value(QStringLiteral("advance_s")).toInteger(-1) : -1;
    if (seconds < 0) {
        fail(ex, 400, body ? QStringLiteral("advance_s must be an integer >= 0") : error);
        return;
    }
    m_world.clock.advance(seconds);
    const int ran = m_world.scheduler.runDue(m_world.clock.nowMs());
    ok(ex, QJsonObject{{QStringLiteral("now"), timefmt::isoMillis(m_world.clock.nowMs())},
                       {QStringLiteral("now_ms"), m_world.clock.nowMs()},
                       {QStringLiteral("ran"), ran}});
}

} // namespace dataarts::sandbox
