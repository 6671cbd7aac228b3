#pragma once

#include "client/ApiJob.h"

#include "dto/CallBucket.h"
#include "dto/Page.h"

#include <QDateTime>

namespace dataarts {

// GET /v1/{pid}/service/statistic/apis-dashboards/{api_id} (ShowApiDashboard,
// dataarts-api.md section 7.2.2): an API's calls per day (or hour) between two times, on one
// cluster when instanceId is given.
class ShowApiDashboardJob : public ApiJob
{
    Q_OBJECT
public:
    struct Query {
        QString apiId;
        QString instanceId; // the cluster; empty: not sent
        QDateTime start;
        QDateTime end;
        bool daily = true; // time_unit DAY, else HOUR
    };

    ShowApiDashboardJob(Session *session, Query query, QObject *parent = nullptr);

    const Query &query() const { return m_query; }
    const QList<CallBucket> &result() const { return m_result.records; }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = {}; }

private:
    Query m_query;
    Page<CallBucket> m_result;
};

} // namespace dataarts
