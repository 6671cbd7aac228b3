#include "HandlerBase.h"

#include "core/Json.h"
#include "core/TimeFormat.h"
#include "world/SandboxWorld.h"

namespace dataarts::sandbox {

void HandlerBase::architectureOk(Exchange &ex, const QJsonValue &value) const
{
    const QJsonObject body{{QStringLiteral("data"), QJsonObject{{QStringLiteral("value"), value}}}};
    ex.response = SandboxResponse::json(200, json::bytes(body), ErrorFactory::ArchitectureType);
}

void HandlerBase::architectureError(Exchange &ex, int status, const QString &code,
                                    const Text &message) const
{
    ex.response = m_errors.architecture(status, code, message.pick(ex.chinese));
}

void HandlerBase::dataServiceOk(Exchange &ex, const QJsonObject &body, int status) const
{
    ex.response = SandboxResponse::json(status, json::bytes(body));
}

void HandlerBase::dataServiceError(Exchange &ex, int status, const QString &code,
                                   const Text &message) const
{
    ex.response = m_errors.dataService(status, code, message.pick(ex.chinese));
}

void HandlerBase::invalidField(Exchange &ex, const QString &field, const Text &why) const
{
    architectureError(
        ex, 400, QStringLiteral("DS.6000"),
        {QStringLiteral("Invalid parameter %1: %2").arg(field, why.en),
         QStringLiteral("参数%1非法：%2").arg(field, why.zh.isEmpty() ? why.en : why.zh)});
}

void HandlerBase::invalidDataServiceField(Exchange &ex, const QString &field, const Text &why) const
{
    dataServiceError(
        ex, 400, QStringLiteral("DLS.1000"),
        {QStringLiteral("Invalid parameter %1: %2").arg(field, why.en),
         QStringLiteral("参数%1非法：%2").arg(field, why.zh.isEmpty() ? why.en : why.zh)});
}

std::optional<Page> HandlerBase::architecturePage(Exchange &ex, int defaultLimit) const
{
    Text error;
    const std::optional<Page> page = parsePage(ex.request, defaultLimit, &error);
    if (!page)
        architectureError(ex, 400, QStringLiteral("DS.6000"), error);
    return page;
}

std::optional<Page> HandlerBase::dataServicePage(Exchange &ex, int defaultLimit) const
{
    Text error;
    const std::optional<Page> page = parsePage(ex.request, defaultLimit, &error);
    if (!page)
        dataServiceError(ex, 400, QStringLiteral("DLS.1000"), error);
    return page;
}

std::optional<QJsonObject> HandlerBase::architectureBody(Exchange &ex) const
{
    QString error;
    std::optional<QJsonObject> body = json::parseObject(ex.request.http.body, &error);
    if (!body) {
        architectureError(ex, 400, QStringLiteral("DS.6000"),
                          {QStringLiteral("The request body is not valid JSON: %1").arg(error),
                           QStringLiteral("请求体不是合法的JSON：%1").arg(error)});
    }
    return body;
}

std::optional<QJsonObject> HandlerBase::dataServiceBody(Exchange &ex) const
{
    QString error;
    std::optional<QJsonObject> body = json::parseObject(ex.request.http.body, &error);
    if (!body) {
        dataServiceError(ex, 400, QStringLiteral("DLS.1000"),
                         {QStringLiteral("The request body is not valid JSON: %1").arg(error),
                          QStringLiteral("请求体不是合法的JSON：%1").arg(error)});
    }
    return body;
}

Text HandlerBase::oneOf(const QString &value, const QStringList &allowed)
{
    return {
        QStringLiteral("\"%1\" is not one of %2").arg(value, allowed.join(QStringLiteral(", "))),
        QStringLiteral("“%1”不在取值范围%2内").arg(value, allowed.join(QStringLiteral("、")))};
}

std::optional<HandlerBase::TimeRange> HandlerBase::timeRange(Exchange &ex) const
{
    const SandboxRequest &r = ex.request;
    const QString keys[2] = {QStringLiteral("begin_time"), QStringLiteral("end_time")};
    TimeRange range;
    range.given = r.hasQuery(keys[0]);
    if (range.given != r.hasQuery(keys[1])) {
        invalidField(ex, range.given ? keys[1] : keys[0],
                     {QStringLiteral("begin_time and end_time go together"),
                      QStringLiteral("begin_time与end_time须同时提供")});
        return std::nullopt;
    }
    for (int k = 0; range.given && k < 2; ++k) {
        const std::optional<qint64> t = timefmt::parseRfc3339(r.query(keys[k]));
        if (!t) {
            invalidField(ex, keys[k],
                         {QStringLiteral("\"%1\" is not an RFC 3339 time such as "
                                         "2024-01-01T00:00:00Z")
                              .arg(r.query(keys[k])),
                          QStringLiteral("“%1”不是RFC 3339格式的时间").arg(r.query(keys[k]))});
            return std::nullopt;
        }
        (k == 0 ? range.begin : range.end) = *t;
    }
    return range;
}

bool HandlerBase::numericIds() const
{
    return m_world.options.numericIds;
}

} // namespace dataarts::sandbox
