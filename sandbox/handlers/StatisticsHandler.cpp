#include "StatisticsHandler.h"

#include "ImpactJson.h"
#include "http/Router.h"
#include "world/SandboxWorld.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace dataarts::sandbox {

namespace {

constexpr int kMaxDayBuckets = 366;
constexpr int kMaxHourBuckets = 744;

double ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? std::round(double(part) * 10000.0 / double(whole)) / 10000.0 : 0.0;
}

double rounded(double v)
{
    return std::round(v * 100.0) / 100.0;
}

} // namespace

void StatisticsHandler::addRoutes(Router &router)
{
    router.add("GET", "/v1/{project_id}/service/authorize/apis/{api_id}",
               "dataservice.authorized_apps", Service::DataService,
               [this](Exchange &ex) { authorizedApps(ex); });
    router.add("GET", "/v1/{project_id}/service/statistic/apis-dashboards/{api_id}",
               "dataservice.api_dashboard", Service::DataService,
               [this](Exchange &ex) { dashboard(ex); });
    router.add("GET", "/v1/{project_id}/service/statistic/apis-detail/{api_id}",
               "dataservice.api_statistic", Service::DataService,
               [this](Exchange &ex) { detail(ex); });
}

int StatisticsHandler::findApi(Exchange &ex)
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

void StatisticsHandler::authorizedApps(Exchange &ex)
{
    const int api = findApi(ex);
    if (api < 0)
        return;
    std::optional<Page> page = dataServicePage(ex, 10);
    if (!page)
        return;
    QList<QPair<int, int>> rows; // pair, app
    for (int c = 0; c < int(m_world.apis.clusters.size()); ++c) {
        const int p = m_world.apis.pairIndex(api, c);
        for (const int app : m_world.apis.pairs[size_t(p)].apps)
            rows.append({p, app});
    }
    const int total = int(rows.size());
    if (page->offset >= total)
        page->offset = 0; // the documented quirk of the DataService review lists
    QJsonArray records;
    for (int i = page->begin(total); i < page->end(total); ++i)
        records.append(impact_json::authorizedApp(m_world, rows.at(i).first, rows.at(i).second));
    dataServiceOk(
        ex, QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("records"), records}});
}

std::optional<StatisticsHandler::Range> StatisticsHandler::range(Exchange &ex)
{
    const SandboxRequest &r = ex.request;
    static const QRegularExpression millis(QStringLiteral("^[0-9]{13}$"));
    qint64 times[2] = {0, 0};
    const QString keys[2] = {QStringLiteral("start_time"), QStringLiteral("end_time")};
    for (int k = 0; k < 2; ++k) {
        const QString v = r.query(keys[k]);
        if (!r.hasQuery(keys[k]) || !millis.match(v).hasMatch()) {
            invalidDataServiceField(
                ex, keys[k],
                v.isEmpty() ? Text{QStringLiteral("it is required (13-digit epoch milliseconds)"),
                                   QStringLiteral("必填（13位毫秒时间戳）")}
                            : Text{QStringLiteral("\"%1\" is not a 13-digit epoch time in "
                                                  "milliseconds")
                                       .arg(v),
                                   QStringLiteral("“%1”不是13位毫秒时间戳").arg(v)});
            return std::nullopt;
        }
        times[k] = v.toLongLong();
    }
    const QString unit = r.query(QStringLiteral("time_unit"));
    if (unit != QLatin1String("DAY") && unit != QLatin1String("HOUR")) {
        invalidDataServiceField(ex, QStringLiteral("time_unit"),
                                unit.isEmpty()
                                    ? Text{QStringLiteral("it is required"), QStringLiteral("必填")}
                                    : oneOf(unit, {QStringLiteral("DAY"), QStringLiteral("HOUR")}));
        return std::nullopt;
    }
    Range range;
    range.step = unit == QLatin1String("DAY") ? CallStats::DayMs : CallStats::HourMs;
    range.firstBucket = times[0] / range.step * range.step;
    range.lastBucket = times[1] / range.step * range.step;
    const int maxBuckets = unit == QLatin1String("DAY") ? kMaxDayBuckets : kMaxHourBuckets;
    if (times[1] < times[0]) {
        invalidDataServiceField(
            ex, QStringLiteral("end_time"),
            {QStringLiteral("it is before start_time"), QStringLiteral("早于start_time")});
        return std::nullopt;
    }
    if ((range.lastBucket - range.firstBucket) / range.step + 1 > maxBuckets) {
        invalidDataServiceField(
            ex, QStringLiteral("end_time"),
            {QStringLiteral("the range holds more than %1 buckets of %2").arg(maxBuckets).arg(unit),
             QStringLiteral("时间范围超过%1个%2统计区间").arg(maxBuckets).arg(unit)});
        return std::nullopt;
    }
    if (r.hasQuery(QStringLiteral("instance_id"))) {
        range.cluster = m_world.apis.clusterIndex(r.query(QStringLiteral("instance_id")));
        if (range.cluster < 0) {
            dataServiceError(
                ex, 400, QStringLiteral("DLM.4215"),
                {QStringLiteral("The cluster does not exist: %1")
                     .arg(r.query(QStringLiteral("instance_id"))),
                 QStringLiteral("集群不存在：%1").arg(r.query(QStringLiteral("instance_id")))});
            return std::nullopt;
        }
    }
    return range;
}

StatisticsHandler::Totals StatisticsHandler::bucket(int api, const Range &range, qint64 from) const
{
    Totals t;
    const qint64 now = m_world.clock.nowMs();
    const int clusters = int(m_world.apis.clusters.size());
    for (int c = 0; c < clusters; ++c) {
        if (range.cluster >= 0 && c != range.cluster)
            continue;
        const int p = m_world.apis.pairIndex(api, c);
        CallStats::Counts n = m_world.calls.day(p, from, now);
        if (range.step == CallStats::HourMs)
            n = CallStats::hourShare(n,
                                     int((from - CallStats::dayStart(from)) / CallStats::HourMs));
        t.calls += n.calls;
        t.failed += n.failed;
        t.illegal += n.illegal;
        t.costSum += double(n.calls) * m_world.calls.costMs(p);
    }
    return t;
}

QJsonObject StatisticsHandler::counters(const Totals &t)
{
    const double cost = t.calls > 0 ? rounded(t.costSum / double(t.calls)) : 0.0;
    return {
        {QStringLiteral("call_num"), t.calls},
        {QStringLiteral("success_num"), t.calls - t.failed},
        {QStringLiteral("fail_num"), t.failed},
        {QStringLiteral("legal_num"), t.calls - t.illegal},
        {QStringLiteral("illegal_num"), t.illegal},
        {QStringLiteral("cost_time_avg"), cost},
        {QStringLiteral("success_cost_time_avg"), cost},
        {QStringLiteral("fail_cost_time_avg"), t.failed > 0 ? rounded(cost * 1.5) : 0.0},
        {QStringLiteral("success_rate"), ratio(t.calls - t.failed, t.calls)},
        {QStringLiteral("fail_rate"), ratio(t.failed, t.calls)},
        {QStringLiteral("legal_rate"), ratio(t.calls - t.illegal, t.calls)},
        {QStringLiteral("illegal_rate"), ratio(t.illegal, t.calls)},
    };
}

void StatisticsHandler::dashboard(Exchange &ex)
{
    const int api = findApi(ex);
    if (api < 0)
        return;
    const std::optional<Range> r = range(ex);
    if (!r)
        return;
    QJsonArray dashboards;
    for (qint64 from = r->firstBucket; from <= r->lastBucket; from += r->step) {
        QJsonObject o = counters(bucket(api, *r, from));
        o.insert(QStringLiteral("log_time"), from);
        dashboards.append(o);
    }
    dataServiceOk(ex, QJsonObject{{QStringLiteral("dashboards"), dashboards}});
}

void StatisticsHandler::detail(Exchange &ex)
{
    const int api = findApi(ex);
    if (api < 0)
        return;
    const std::optional<Range> r = range(ex);
    if (!r)
        return;
    Totals sum;
    for (qint64 from = r->firstBucket; from <= r->lastBucket; from += r->step) {
        const Totals t = bucket(api, *r, from);
        sum.calls += t.calls;
        sum.failed += t.failed;
        sum.illegal += t.illegal;
        sum.costSum += t.costSum;
    }
    QJsonObject o = counters(sum);
    o.insert(QStringLiteral("id"), m_world.apis.apis[size_t(api)].id);
    o.insert(QStringLiteral("name"), m_world.apis.apis[size_t(api)].name);
    dataServiceOk(ex, o);
}

} // namespace dataarts::sandbox
