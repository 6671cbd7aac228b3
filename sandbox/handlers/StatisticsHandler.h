#pragma once

#include "HandlerBase.h"

namespace dataarts::sandbox {

// DataService impact reads of one API: its authorized apps per cluster (SearchAuthorizeApp)
// and its call statistics (ShowApiDashboard, ShowApisDetail).
class StatisticsHandler : public HandlerBase
{
public:
    using HandlerBase::HandlerBase;
    void addRoutes(Router &router) override;

private:
    void authorizedApps(Exchange &ex);
    void dashboard(Exchange &ex);
    void detail(Exchange &ex);

    // The API of the {api_id} capture; -1 with DLM.4018 answered.
    int findApi(Exchange &ex);

    struct Range {
        qint64 firstBucket = 0;
        qint64 lastBucket = 0;
        qint64 step = 0;
        int cluster = -1; // -1: every cluster
    };
    // start_time, end_time, time_unit and instance_id; empty with the 400 answered.
    std::optional<Range> range(Exchange &ex);
    // The counters of one API over [from, from + step) for the range's clusters.
    struct Totals {
        qint64 calls = 0;
        qint64 failed = 0;
        qint64 illegal = 0;
        double costSum = 0; // cost x calls, for the averages
    };
    Totals bucket(int api, const Range &range, qint64 from) const;
    static QJsonObject counters(const Totals &t);
};

} // namespace dataarts::sandbox
