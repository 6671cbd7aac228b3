#include "PublishApiJob.h"

#include "client/JobPaths.h"

namespace dataarts {

using namespace jobs;

PublishApiJob::PublishApiJob(Session *session, QString apiId, QString instanceId,
                             QObject *parent)
    : ApiJob(session, parent)
    , m_apiId(std::move(apiId))
    , m_instanceId(std::move(instanceId))
{}

QString PublishApiJob::validate() const
{
    if (!isPathId(m_apiId))
        return tr("The API id is missing or not valid.");
    if (!isPathId(m_instanceId))
        return tr("The cluster id is missing or not valid.");
    return {};
}

RequestSpec PublishApiJob::request() const
{
    RequestSpec spec = dataService(
        "POST", servicePath(projectId(), QStringLiteral("apis/") + m_apiId +
                                             QStringLiteral("/instances/") + m_instanceId +
                                             QStringLiteral("/publish")));
    spec.body = QByteArrayLiteral("{}");
    spec.expectJson = false;
    return spec;
}

} // namespace dataarts
