#pragma once

#include "HandlerBase.h"
#include "http/Router.h"

#include <memory>

namespace dataarts::sandbox {

class FaultInjector;
class ImpactControl;
class RateLimiter;
class RequestLog;

// The test control surface under /__sandbox/ (no auth, loopback only): queued faults,
// stats, the request log, the true state of entities and pairs, and the clock.
class ControlHandler : public HandlerBase
{
public:
    ControlHandler(SandboxWorld &world, const ErrorFactory &errors, FaultInjector &faults,
                   RateLimiter &limiter, RequestLog &log);
    ~ControlHandler() override;

    void addRoutes(Router &router) override;

    // Answers a /__sandbox/ request.
    SandboxResponse handle(const SandboxRequest &request);

private:
    void stats(Exchange &ex);
    void requests(Exchange &ex);
    void addFault(Exchange &ex);
    void listFaults(Exchange &ex);
    void clearFaults(Exchange &ex);
    void entity(Exchange &ex);
    void findEntities(Exchange &ex);
    void pair(Exchange &ex);
    void findPairs(Exchange &ex);
    void time(Exchange &ex);
    void advanceTime(Exchange &ex);

    void ok(Exchange &ex, const QJsonObject &body) const;
    void fail(Exchange &ex, int status, const QString &message) const;
    QJsonObject pairJson(int pairIndex) const;

    FaultInjector &m_faults;
    RateLimiter &m_limiter;
    RequestLog &m_log;
    std::unique_ptr<ImpactControl> m_impact; // /__sandbox/impact/...
    Router m_router;
};

} // namespace dataarts::sandbox
