#include "CallStats.h"

#include "ApiStore.h"
#include "core/Rng.h"

#include <QJsonObject>

namespace dataarts::sandbox {

namespace {

bool live(ApiStatus s)
{
    return s == ApiStatus::Published || s == ApiStatus::WaitingStop ||
           s == ApiStatus::WaitingOffline;
}

} // namespace

CallStats::CallStats(quint64 seed, const ApiStore &apis, qint64 startMs)
    : m_seed(seed)
    , m_apis(apis)
    , m_startMs(startMs / HourMs * HourMs)
    , m_startDay(dayStart(startMs))
{
    m_profiles.resize(apis.pairs.size());
    for (size_t i = 0; i < apis.pairs.size(); ++i) {
        const int p = int(Rng::mix(seed ^ 0xCA11ULL, quint64(i)) % 100);
        const ApiStatus s = apis.pairs[i].status;
        Profile profile = Never;
        if (live(s))
            profile = p < 60 ? Busy : p < 80 ? Old : Never;
        else if (s != ApiStatus::Created && s != ApiStatus::PublishWaitReview)
            profile = p < 50 ? Old : Never;
        m_profiles[i] = profile;
    }
}

qint64 CallStats::dayStart(qint64 ms)
{
    return ms >= 0 ? ms / DayMs * DayMs : -((-ms + DayMs - 1) / DayMs) * DayMs;
}

CallStats::Counts CallStats::day(int pairIndex, qint64 dayMs, qint64 nowMs) const
{
    Counts c;
    dayMs = dayStart(dayMs);
    if (dayMs > dayStart(nowMs))
        return c;
    const Pair &pair = m_apis.pairs[size_t(pairIndex)];
    if (!live(pair.status) && pair.changedMs >= m_startMs && dayMs > dayStart(pair.changedMs))
        return c; // it stopped being callable that day
    const qint64 dayNumber = dayMs / DayMs;
    const quint64 h = Rng::mix(m_seed ^ 0xDA7ULL, quint64(pairIndex));
    const quint64 d = Rng::mix(h, quint64(dayNumber));
    switch (profile(pairIndex)) {
    case Busy: {
        if (dayMs < m_startDay - 90 * DayMs)
            return c;
        const qint64 base = 40 + qint64(h % 2000);
        c.calls = base / 2 + qint64(d % quint64(base));
        break;
    }
    case Old: {
        const qint64 last = m_startDay - qint64(8 + h % 10) * DayMs;
        if (dayMs > last || dayMs < m_startDay - 60 * DayMs)
            return c;
        if (dayMs != last && d % 2 == 0)
            return c;
        c.calls = 1 + qint64(d % 300);
        break;
    }
    case Never:
        return c;
    }
    c.failed = c.calls * qint64((d >> 20) % 6) / 100 + qint64((d >> 28) % 3 == 0 ? 1 : 0);
    c.failed = qMin(c.failed, c.calls);
    c.illegal = c.failed / 3;
    return c;
}

CallStats::Counts CallStats::hourShare(const Counts &day, int hour)
{
    const auto share = [hour](qint64 total) {
        return total / 24 + (hour < total % 24 ? 1 : 0);
    };
    return Counts{share(day.calls), share(day.failed), share(day.illegal)};
}

double CallStats::costMs(int pairIndex) const
{
    return 12.0 + double(Rng::mix(m_seed ^ 0xC057ULL, quint64(pairIndex)) % 1800) / 10.0;
}

qint64 CallStats::approvalMs(int pairIndex, int app) const
{
    if (const auto it = m_grants.constFind(grantKey(pairIndex, app)); it != m_grants.cend())
        return it->approvalMs;
    const quint64 h = Rng::mix(m_seed ^ 0xA07ULL, quint64(pairIndex) * 64 + quint64(app));
    return m_startMs - qint64(1 + h % 300) * DayMs;
}

qint64 CallStats::usingMs(int pairIndex, int app) const
{
    if (const auto it = m_grants.constFind(grantKey(pairIndex, app)); it != m_grants.cend())
        return it->usingMs;
    const quint64 h = Rng::mix(m_seed ^ 0xA07ULL, quint64(pairIndex) * 64 + quint64(app));
    // One in ten has expired already.
    if ((h >> 16) % 10 == 0)
        return m_startMs - qint64(1 + (h >> 24) % 30) * DayMs;
    return m_startMs + qint64(30 + (h >> 24) % 335) * DayMs;
}

QJsonArray CallStats::staticParams(int pairIndex, int app) const
{
    if (const auto it = m_grants.constFind(grantKey(pairIndex, app));
        it != m_grants.cend() && it->fresh)
        return {};
    const quint64 h = Rng::mix(m_seed ^ 0xA07ULL, quint64(pairIndex) * 64 + quint64(app));
    if ((h >> 40) % 3 != 0)
        return {};
    return {QJsonObject{{QStringLiteral("para_name"), QStringLiteral("region")},
                        {QStringLiteral("para_value"), QStringLiteral("cn-north-4")}}};
}

void CallStats::link(int pairIndex, int app, qint64 approvalMs, qint64 usingMs)
{
    m_grants.insert(grantKey(pairIndex, app), Grant{approvalMs, usingMs, true});
}

void CallStats::extend(int pairIndex, int app, qint64 usingMs)
{
    const qint64 key = grantKey(pairIndex, app);
    const auto it = m_grants.find(key);
    if (it != m_grants.end()) {
        it->usingMs = qMax(it->usingMs, usingMs);
        return;
    }
    const qint64 seeded = this->usingMs(pairIndex, app);
    m_grants.insert(key, Grant{approvalMs(pairIndex, app), qMax(seeded, usingMs), false});
}

} // namespace dataarts::sandbox
