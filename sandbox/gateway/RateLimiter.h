#pragma once

#include "http/Service.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace dataarts::sandbox {

struct SandboxOptions;

// Token buckets per access key and service class, as the API overview pages document
// them: DataService 120 per 10 s, Architecture writes 120 per minute and reads 240 per
// minute; Catalog and Factory reads 240 per minute each (a bucket of their own).
// --rate-limit N/SECONDS gives every bucket N per SECONDS; "off" disables them.
class RateLimiter
{
public:
    struct Policy {
        int count = 0;
        int seconds = 0;
    };

    explicit RateLimiter(const SandboxOptions &options);

    Policy policy(RateClass rateClass) const;

    // Takes one token. False when the bucket is empty: *retryAfterS says when the next
    // token arrives (whole seconds, at least 1).
    bool take(const QString &principal, RateClass rateClass, qint64 nowMs, int *retryAfterS);

    // Throttled requests so far: {"total", "by_class", "by_principal"}.
    QJsonObject counters() const;

    static QString className(RateClass rateClass);

private:
    struct Bucket {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    bool m_off = false;
    int m_overrideCount = 0;
    int m_overrideSeconds = 0;
    QHash<QString, Bucket> m_buckets;
    int m_throttled = 0;
    QHash<QString, int> m_byClass;
    QHash<QString, int> m_byPrincipal;
};

} // namespace dataarts::sandbox
