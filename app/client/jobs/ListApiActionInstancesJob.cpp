#include "ListApiActionInstancesJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ListApiActionInstancesJob::ListApiActionInstancesJob(Session *session, QObject *parent)
    : ListJob(session, parent)
{}

ListApiActionInstancesJob::ListApiActionInstancesJob(Session *session, Filter filter,
                                                     QObject *parent)
    : ListJob(session, parent)
    , m_filter(std::move(filter))
{}

QString ListApiActionInstancesJob::validate() const
{
    if (!isPathId(m_filter.apiId))
        return tr("The API id is missing or not valid.");
    if (m_filter.action.isEmpty())
        return tr("The filter “action” is required.");
    return {};
}

RequestSpec ListApiActionInstancesJob::request() const
{
    RequestSpec spec =
        dataService("GET", servicePath(projectId(), QStringLiteral("apis/") + m_filter.apiId +
                                                        QStringLiteral("/instances")));
    add(spec.query, "action", m_filter.action);
    add(spec.query, "show_all", m_filter.showAll);
    add(spec.query, "check_status", m_filter.checkStatus);
    add(spec.query, "check_debug", m_filter.checkDebug);
    add(spec.query, "app_id", m_filter.appId);
    addPaging(spec.query);
    return spec;
}

DecodeError ListApiActionInstancesJob::decode(const QByteArray &body)
{
    DecodeError error;
    envelope::topLevelPageOf(body, "instances", "", &m_result, &error);
    return error;
}

} // namespace dataarts
