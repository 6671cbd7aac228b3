#include "ListServiceClustersJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ListServiceClustersJob::ListServiceClustersJob(Session *session, QObject *parent)
    : ListJob(session, parent)
{}

ListServiceClustersJob::ListServiceClustersJob(Session *session, Filter filter, QObject *parent)
    : ListJob(session, parent)
    , m_filter(std::move(filter))
{}

QString ListServiceClustersJob::validate() const
{
    return {};
}

RequestSpec ListServiceClustersJob::request() const
{
    RequestSpec spec = dataService("GET", servicePath(projectId(), QStringLiteral("instances")));
    add(spec.query, "name", m_filter.name);
    add(spec.query, "create_user", m_filter.createUser);
    addPaging(spec.query);
    return spec;
}

DecodeError ListServiceClustersJob::decode(const QByteArray &body)
{
    DecodeError error;
    envelope::topLevelPageOf(body, "instances", "total", &m_result, &error);
    return error;
}

} // namespace dataarts
