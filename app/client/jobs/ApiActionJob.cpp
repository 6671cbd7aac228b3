#include "ApiActionJob.h"

#include "client/JobPaths.h"

namespace dataarts {

using namespace jobs;

ApiActionJob::ApiActionJob(Session *session, QString apiId, QString instanceId,
                           ApiActionRequest request, QObject *parent)
    : ApiJob(session, parent)
    , m_apiId(std::move(apiId))
    , m_instanceId(std::move(instanceId))
    , m_request(std::move(request))
{}

QString ApiActionJob::validate() const
{
    if (!isPathId(m_apiId))
        return tr("The API id is missing or not valid.");
    if (!isPathId(m_instanceId))
        return tr("The cluster id is missing or not valid.");
    return m_request.validate();
}

RequestSpec ApiActionJob::request() const
{
    RequestSpec spec =
        dataService("POST", servicePath(projectId(), QStringLiteral("apis/") + m_apiId +
                                                         QStringLiteral("/instances/") +
                                                         m_instanceId + QStringLiteral("/action")));
    spec.body = m_request.body();
    spec.expectJson = false;
    return spec;
}

} // namespace dataarts
