#pragma once

#include "core/Text.h"
#include "http/ErrorFactory.h"
#include "http/HttpTypes.h"
#include "http/Paging.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace dataarts::sandbox {

class Router;
class SandboxWorld;

// What every area handler shares: the world, the error shapes and the envelopes.
class HandlerBase
{
public:
    HandlerBase(SandboxWorld &world, const ErrorFactory &errors)
        : m_world(world)
        , m_errors(errors)
    {}
    virtual ~HandlerBase() = default;

    virtual void addRoutes(Router &router) = 0;

protected:
    // Architecture: {"data":{"value": V}} / {error_code, error_msg, data}.
    void architectureOk(Exchange &ex, const QJsonValue &value) const;
    void architectureError(Exchange &ex, int status, const QString &code,
                           const Text &message) const;
    // DataService: bare objects / {error_code, error_msg}.
    void dataServiceOk(Exchange &ex, const QJsonObject &body, int status = 200) const;
    void dataServiceError(Exchange &ex, int status, const QString &code, const Text &message) const;

    // The Architecture validation error (400 DS.6000) naming a field.
    void invalidField(Exchange &ex, const QString &field, const Text &why) const;
    // The DataService validation error (400 DLS.1000) naming a field.
    void invalidDataServiceField(Exchange &ex, const QString &field, const Text &why) const;

    // Paging with the endpoint's default; answers the 400 itself when it fails.
    std::optional<Page> architecturePage(Exchange &ex, int defaultLimit = 50) const;
    std::optional<Page> dataServicePage(Exchange &ex, int defaultLimit) const;

    // The body as a JSON object; answers the 400 itself when it is not one.
    std::optional<QJsonObject> architectureBody(Exchange &ex) const;
    std::optional<QJsonObject> dataServiceBody(Exchange &ex) const;

    bool numericIds() const;

    // begin_time / end_time (RFC 3339, both or neither) of the Architecture lists.
    struct TimeRange {
        bool given = false;
        qint64 begin = 0;
        qint64 end = 0;
        bool contains(qint64 ms) const { return !given || (ms >= begin && ms <= end); }
    };
    // Empty with the 400 answered when they are not both there or not RFC 3339.
    std::optional<TimeRange> timeRange(Exchange &ex) const;

    // "\"X\" is not one of A, B, C" in both languages.
    static Text oneOf(const QString &value, const QStringList &allowed);

    SandboxWorld &m_world;
    const ErrorFactory &m_errors;
};

} // namespace dataarts::sandbox
