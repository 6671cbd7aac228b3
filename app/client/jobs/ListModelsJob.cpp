#include "ListModelsJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ListModelsJob::ListModelsJob(Session *session, QObject *parent)
    : ListJob(session, parent)
{}

ListModelsJob::ListModelsJob(Session *session, Filter filter, QObject *parent)
    : ListJob(session, parent)
    , m_filter(std::move(filter))
{}

QString ListModelsJob::validate() const
{
    return {};
}

RequestSpec ListModelsJob::request() const
{
    RequestSpec spec = architecture("GET", designPath(projectId(), QStringLiteral("workspaces")));
    add(spec.query, "workspace_type", m_filter.workspaceType);
    add(spec.query, "dw_type", m_filter.dwType);
    addPaging(spec.query);
    return spec;
}

DecodeError ListModelsJob::decode(const QByteArray &body)
{
    DecodeError error;
    envelope::architecturePageOf(body, &m_result, &error);
    return error;
}

} // namespace dataarts
