#include "RateLimiter.h"

#include "core/SandboxOptions.h"

#include <cmath>

namespace dataarts::sandbox {

RateLimiter::RateLimiter(const SandboxOptions &options)
    : m_off(options.rateLimitOff)
    , m_overrideCount(options.rateLimitCount)
    , m_overrideSeconds(options.rateLimitSeconds)
{}

RateLimiter::Policy RateLimiter::policy(RateClass rateClass) const
{
    if (m_overrideCount > 0)
        return {m_overrideCount, m_overrideSeconds};
    switch (rateClass) {
    case RateClass::DataService:
        return {120, 10};
    case RateClass::ArchitectureWrite:
        return {120, 60};
    case RateClass::ArchitectureRead:
    case RateClass::CatalogRead:
    case RateClass::FactoryRead:
        return {240, 60};
    case RateClass::None:
        break;
    }
    return {};
}

QString RateLimiter::className(RateClass rateClass)
{
    switch (rateClass) {
    case RateClass::DataService:
        return QStringLiteral("dataservice");
    case RateClass::ArchitectureWrite:
        return QStringLiteral("architecture_write");
    case RateClass::ArchitectureRead:
        return QStringLiteral("architecture_read");
    case RateClass::CatalogRead:
        return QStringLiteral("catalog_read");
    case RateClass::FactoryRead:
        return QStringLiteral("factory_read");
    case RateClass::None:
        break;
    }
    return QStringLiteral("none");
}

bool RateLimiter::take(const QString &principal, RateClass rateClass, qint64 nowMs,
                       int *retryAfterS)
{
    if (m_off || rateClass == RateClass::None)
        return true;
    const Policy p = policy(rateClass);
    const double capacity = p.count;
    const double perMs = double(p.count) / (double(p.seconds) * 1000.0);
    const QString key = className(rateClass) + QLatin1Char('|') + principal;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{capacity, nowMs});
    Bucket &b = *it;
    if (nowMs > b.lastMs) {
        b.tokens = qMin(capacity, b.tokens + double(nowMs - b.lastMs) * perMs);
        b.lastMs = nowMs;
    }
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return true;
    }
    const double waitMs = (1.0 - b.tokens) / perMs;
    *retryAfterS = qMax(1, int(std::ceil(waitMs / 1000.0)));
    ++m_throttled;
    ++m_byClass[className(rateClass)];
    ++m_byPrincipal[principal];
    return false;
}

QJsonObject RateLimiter::counters() const
{
    QJsonObject byClass;
    for (auto it = m_byClass.cbegin(); it != m_byClass.cend(); ++it)
        byClass.insert(it.key(), it.value());
    QJsonObject byPrincipal;
    for (auto it = m_byPrincipal.cbegin(); it != m_byPrincipal.cend(); ++it)
        byPrincipal.insert(it.key(), it.value());
    return {{QStringLiteral("total"), m_throttled},
            {QStringLiteral("by_class"), byClass},
            {QStringLiteral("by_principal"), byPrincipal}};
}

} // namespace dataarts::sandbox
