#include "ListWorkspacesJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ListWorkspacesJob::ListWorkspacesJob(Session *session, QObject *parent)
    : ListJob(session, parent)
{}

ListWorkspacesJob::ListWorkspacesJob(Session *session, Filter filter, QObject *parent)
    : ListJob(session, parent)
    , m_filter(std::move(filter))
{}

QString ListWorkspacesJob::validate() const
{
    if (!isPathId(m_filter.instanceId))
        return tr("The instance id is missing or not valid.");
    return {};
}

RequestSpec ListWorkspacesJob::request() const
{
    RequestSpec spec = discovery(QStringLiteral("/v1/") + projectId() +
                                 QStringLiteral("/workspaces/") + m_filter.instanceId);

    addPaging(spec.query);
    return spec;
}

DecodeError ListWorkspacesJob::decode(const QByteArray &body)
{
    DecodeError error;
    envelope::topLevelPageOf(body, "data", "count", &m_result, &error);
    return error;
}

} // namespace dataarts
