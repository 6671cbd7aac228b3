#pragma once

#include <QHash>
#include <QJsonArray>
#include <QString>

#include <vector>

namespace dataarts::sandbox {

class ApiStore;
struct Pair;

// The seeded call history of every API x cluster, and the terms of its authorized apps.
// Calls are a function of (seed, pair, UTC day), counted for days up to the sandbox
// clock's today, so advancing the clock adds days and never rewrites old ones. Profiles,
// fixed at start-up: "busy" live pairs are called every day from 90 days before the start
// day on; "old" pairs only on some days from 60 to 8 days before the start day; the rest
// never. A pair that leaves the live statuses (published, waiting) through an action gets
// no calls after the day it left.
class CallStats
{
public:
    static constexpr qint64 DayMs = 86400LL * 1000;
    static constexpr qint64 HourMs = 3600LL * 1000;
    enum Profile : quint8 { Busy, Old, Never };

    CallStats(quint64 seed, const ApiStore &apis, qint64 startMs);

    static qint64 dayStart(qint64 ms);

    struct Counts {
        qint64 calls = 0;
        qint64 failed = 0;
        qint64 illegal = 0;
    };
    // The calls of one pair on the UTC day starting at dayMs, as seen at nowMs.
    Counts day(int pairIndex, qint64 dayMs, qint64 nowMs) const;
    // Its share of the day in hour `hour` (0..23); the 24 hours add up to the day.
    static Counts hourShare(const Counts &day, int hour);
    // Average latency of the pair, ms.
    double costMs(int pairIndex) const;
    Profile profile(int pairIndex) const { return Profile(m_profiles[size_t(pairIndex)]); }
    qint64 startMs() const { return m_startMs; }

    // Authorization terms of app `app` on pair `pairIndex` (epoch ms).
    qint64 approvalMs(int pairIndex, int app) const;
    qint64 usingMs(int pairIndex, int app) const;
    QJsonArray staticParams(int pairIndex, int app) const;

    // Authorizations made through the API replace the seeded terms of (pair, app).
    // link: a new authorization (approved at approvalMs, no static parameters: the
    // authorize bodies have none). extend: an app already authorized gets usingMs if
    // that is later than its expiry (never shortened); it keeps its approval time and
    // static parameters.
    void link(int pairIndex, int app, qint64 approvalMs, qint64 usingMs);
    void extend(int pairIndex, int app, qint64 usingMs);

private:
    struct Grant {
        qint64 approvalMs = 0;
        qint64 usingMs = 0;
        bool fresh = false; // made by link: no static parameters
    };
    static qint64 grantKey(int pairIndex, int app) { return qint64(pairIndex) * 64 + app; }
    QHash<qint64, Grant> m_grants;

    quint64 m_seed;
    const ApiStore &m_apis;
    qint64 m_startMs;
    qint64 m_startDay;
    std::vector<quint8> m_profiles;
};

} // namespace dataarts::sandbox
