#include "FaultInjector.h"

#include "core/SandboxOptions.h"

namespace dataarts::sandbox {

namespace {

const QStringList &modes()
{
    static const QStringList names = {
        QStringLiteral("fail"),
        QStringLiteral("fail-500"),
        QStringLiteral("html"),
        QStringLiteral("reset"),
        QStringLiteral("throttle"),
        QStringLiteral("fail-after"),
        QStringLiteral("reset-after"),
        QStringLiteral("truncate"),
        QStringLiteral("malformed"),
        QStringLiteral("slow"),
        QStringLiteral("latency"),
        QStringLiteral("forbidden"),
        QStringLiteral("bad-4xx"),
        QStringLiteral("bad-4xx-html"),
        QStringLiteral("bad-4xx-truncated"),
    };
    return names;
}

Fault faultOfMode(const QString &mode)
{
    static const QHash<QString, Fault> map = {
        {QStringLiteral("fail"), Fault::Fail503},
        {QStringLiteral("fail-500"), Fault::Fail500},
        {QStringLiteral("html"), Fault::Html},
        {QStringLiteral("reset"), Fault::Reset},
        {QStringLiteral("throttle"), Fault::Throttle},
        {QStringLiteral("forbidden"), Fault::Forbidden},
        {QStringLiteral("fail-after"), Fault::FailAfter},
        {QStringLiteral("reset-after"), Fault::ResetAfter},
        {QStringLiteral("truncate"), Fault::Truncate},
        {QStringLiteral("malformed"), Fault::Malformed},
        {QStringLiteral("bad-4xx"), Fault::Bad4xxEmpty},
        {QStringLiteral("bad-4xx-html"), Fault::Bad4xxHtml},
        {QStringLiteral("bad-4xx-truncated"), Fault::Bad4xxTruncated},
    };
    return map.value(mode, Fault::None);
}

} // namespace

QString faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QStringLiteral("none");
    case Fault::Fail503:
        return QStringLiteral("fail");
    case Fault::Fail500:
        return QStringLiteral("fail-500");
    case Fault::Html:
        return QStringLiteral("html");
    case Fault::Reset:
        return QStringLiteral("reset");
    case Fault::Throttle:
        return QStringLiteral("throttle");
    case Fault::Forbidden:
        return QStringLiteral("forbidden");
    case Fault::FailAfter:
        return QStringLiteral("fail-after");
    case Fault::ResetAfter:
        return QStringLiteral("reset-after");
    case Fault::Truncate:
        return QStringLiteral("truncate");
    case Fault::Malformed:
        return QStringLiteral("malformed");
    case Fault::Bad4xxEmpty:
        return QStringLiteral("bad-4xx");
    case Fault::Bad4xxHtml:
        return QStringLiteral("bad-4xx-html");
    case Fault::Bad4xxTruncated:
        return QStringLiteral("bad-4xx-truncated");
    }
    return QString();
}

bool isBefore(Fault fault)
{
    return fault == Fault::Fail503 || fault == Fault::Fail500 || fault == Fault::Html ||
           fault == Fault::Reset || fault == Fault::Throttle || fault == Fault::Forbidden;
}

FaultInjector::FaultInjector(const SandboxOptions &options)
    : m_options(options)
    , m_rng(Rng::mix(options.seed, 0xFA017))
{}

FaultPlan FaultInjector::plan(const QString &path)
{
    const SandboxOptions &o = m_options;
    FaultPlan plan;
    // Always the same draws, in the same order, whatever they decide.
    plan.latencyMs = m_rng.range(o.latencyMinMs, o.latencyMaxMs);
    const double reset = m_rng.uniform();
    const double fail = m_rng.uniform();
    const bool fail503 = m_rng.uniform() < 0.5;
    const double html = m_rng.uniform();
    const double failAfter = m_rng.uniform();
    const double resetAfter = m_rng.uniform();
    const double truncate = m_rng.uniform();
    const double malformed = m_rng.uniform();
    plan.slowBodyMs = o.slowBodyMs;

    if (reset < o.resetRate)
        plan.before = Fault::Reset;
    else if (fail < o.failRate)
        plan.before = fail503 ? Fault::Fail503 : Fault::Fail500;
    else if (html < o.htmlRate)
        plan.before = Fault::Html;

    if (failAfter < o.failAfterRate)
        plan.after = Fault::FailAfter;
    else if (resetAfter < o.resetAfterRate)
        plan.after = Fault::ResetAfter;
    else if (truncate < o.truncateRate)
        plan.after = Fault::Truncate;
    else if (malformed < o.malformedRate)
        plan.after = Fault::Malformed;

    for (int i = 0; i < m_queue.size(); ++i) {
        Queued &q = m_queue[i];
        if (!q.path.match(path).hasMatch())
            continue;
        if (q.mode == QLatin1String("slow")) {
            plan.slowBodyMs = q.ms;
        } else if (q.mode == QLatin1String("latency")) {
            plan.latencyMs = q.ms;
        } else {
            const Fault f = faultOfMode(q.mode);
            plan.before = isBefore(f) ? f : Fault::None;
            plan.after = isBefore(f) ? Fault::None : f;
        }
        if (--q.remaining <= 0)
            m_queue.removeAt(i);
        break;
    }
    if (plan.before != Fault::None)
        plan.after = Fault::None;
    if (plan.before != Fault::None)
        ++m_injected[faultName(plan.before)];
    if (plan.after != Fault::None)
        ++m_injected[faultName(plan.after)];
    return plan;
}

bool FaultInjector::enqueue(const QString &mode, const QString &pathPattern, int count, int ms,
                            QString *error)
{
    if (!modes().contains(mode)) {
        *error = QStringLiteral("unknown mode \"%1\"; use one of: %2")
                     .arg(mode, modes().join(QStringLiteral(", ")));
        return false;
    }
    QRegularExpression pattern(pathPattern.isEmpty() ? QStringLiteral(".*") : pathPattern);
    if (!pattern.isValid()) {
        *error =
            QStringLiteral("path is not a valid regular expression: %1").arg(pattern.errorString());
        return false;
    }
    if (count < 1) {
        *error = QStringLiteral("count must be at least 1");
        return false;
    }
    if ((mode == QLatin1String("slow") || mode == QLatin1String("latency")) && ms <= 0) {
        *error = QStringLiteral("mode %1 needs \"ms\" > 0").arg(mode);
        return false;
    }
    m_queue.append(Queued{mode, pattern, count, ms});
    return true;
}

QJsonArray FaultInjector::queued() const
{
    QJsonArray out;
    for (const Queued &q : m_queue) {
        out.append(QJsonObject{{QStringLiteral("mode"), q.mode},
                               {QStringLiteral("path"), q.path.pattern()},
                               {QStringLiteral("remaining"), q.remaining},
                               {QStringLiteral("ms"), q.ms}});
    }
    return out;
}

QJsonObject FaultInjector::injected() const
{
    QJsonObject out;
    for (auto it = m_injected.cbegin(); it != m_injected.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace dataarts::sandbox
