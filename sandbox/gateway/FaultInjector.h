#pragma once

#include "core/Rng.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace dataarts::sandbox {

struct SandboxOptions;

// The faults the sandbox can inject. "Before" faults answer before any state change;
// "after" faults let the handler apply its change first.
enum class Fault {
    None,
    Fail503,    // before: 503
    Fail500,    // before: 500
    Html,       // before: an HTML 502 page from the "gateway"
    Reset,      // before: connection reset
    Throttle,   // before: 429 APIGW.0308 (queued only)
    Forbidden,  // before: 403 in the service's error shape (queued only)
    FailAfter,  // after: 500
    ResetAfter, // after: connection reset
    Truncate,   // after: body cut short, then the connection closes
    Malformed,  // after: broken JSON
    // after: a 4xx answer (the handler refused) loses its readable body; other answers
    // are left as they are
    Bad4xxEmpty,     // empty body
    Bad4xxHtml,      // an HTML error page from the "gateway"
    Bad4xxTruncated, // the error body cut short, then the connection closes
};
QString faultName(Fault fault);
bool isBefore(Fault fault);

// What happens to one request.
struct FaultPlan {
    Fault before = Fault::None;
    Fault after = Fault::None;
    int latencyMs = 0;
    int slowBodyMs = 0;
};

// Draws faults from the seeded generator at the rates given on the command line (always
// the same number of draws per request, so a seed gives the same sequence), and hands out
// faults queued through POST /__sandbox/faults first.
class FaultInjector
{
public:
    explicit FaultInjector(const SandboxOptions &options);

    FaultPlan plan(const QString &path);

    // Modes: fail, fail-500, html, reset, throttle, forbidden, fail-after, reset-after, truncate,
    // malformed, bad-4xx, bad-4xx-html, bad-4xx-truncated, slow, latency. ms: for slow and
    // latency.
    bool enqueue(const QString &mode, const QString &pathPattern, int count, int ms,
                 QString *error);
    void clear() { m_queue.clear(); }
    QJsonArray queued() const;
    QJsonObject injected() const;

private:
    struct Queued {
        QString mode;
        QRegularExpression path;
        int remaining = 0;
        int ms = 0;
    };
    const SandboxOptions &m_options;
    Rng m_rng;
    QList<Queued> m_queue;
    QHash<QString, int> m_injected;
};

} // namespace dataarts::sandbox
