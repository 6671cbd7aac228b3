#include "ShowApiDashboardJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ShowApiDashboardJob::ShowApiDashboardJob(Session *session, Query query, QObject *parent)
    : ApiJob(session, parent)
    , m_query(std::move(query))
{}

QString ShowApiDashboardJob::validate() const
{
    if (!isPathId(m_query.apiId))
        return tr("The API id is missing or not valid.");
    if (!m_query.start.isValid() || !m_query.end.isValid() || m_query.end < m_query.start)
        return tr("The statistics need a start and an end time, the start first.");
    return {};
}

RequestSpec ShowApiDashboardJob::request() const
{
    RequestSpec spec =
        dataService("GET", servicePath(projectId(), QStringLiteral("statistic/apis-dashboards/") +
                                                        m_query.apiId));
    add(spec.query, "start_time", QString::number(m_query.start.toMSecsSinceEpoch()));
    add(spec.query, "end_time", QString::number(m_query.end.toMSecsSinceEpoch()));
    add(spec.query, "time_unit", m_query.daily ? QStringLiteral("DAY") : QStringLiteral("HOUR"));
    add(spec.query, "instance_id", m_query.instanceId);
    return spec;
}

DecodeError ShowApiDashboardJob::decode(const QByteArray &body)
{
    DecodeError error;
    envelope::topLevelPageOf(body, "dashboards", "", &m_result, &error);
    return error;
}

} // namespace dataarts
