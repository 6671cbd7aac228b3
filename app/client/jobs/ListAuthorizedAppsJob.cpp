#include "ListAuthorizedAppsJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ListAuthorizedAppsJob::ListAuthorizedAppsJob(Session *session, QString apiId, QObject *parent)
    : ListJob(session, parent)
    , m_apiId(std::move(apiId))
{}

QString ListAuthorizedAppsJob::validate() const
{
    if (!isPathId(m_apiId))
        return tr("The API id is missing or not valid.");
    return {};
}

RequestSpec ListAuthorizedAppsJob::request() const
{
    RequestSpec spec =
        dataService("GET", servicePath(projectId(), QStringLiteral("authorize/apis/") + m_apiId));
    addPaging(spec.query);
    return spec;
}

DecodeError ListAuthorizedAppsJob::decode(const QByteArray &body)
{
    DecodeError error;
    envelope::topLevelPageOf(body, "records", "total", &m_result, &error);
    return error;
}

} // namespace dataarts
