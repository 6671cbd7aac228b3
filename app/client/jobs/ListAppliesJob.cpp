#include "ListAppliesJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ListAppliesJob::ListAppliesJob(Session *session, QObject *parent)
    : ListJob(session, parent)
{}

ListAppliesJob::ListAppliesJob(Session *session, Filter filter, QObject *parent)
    : ListJob(session, parent)
    , m_filter(std::move(filter))
{}

QString ListAppliesJob::validate() const
{
    return {};
}

RequestSpec ListAppliesJob::request() const
{
    RequestSpec spec = dataService("GET", servicePath(projectId(), QStringLiteral("applys")));
    add(spec.query, "query_type", m_filter.queryType);
    add(spec.query, "api_name", m_filter.apiName);
    addPaging(spec.query);
    return spec;
}

DecodeError ListAppliesJob::decode(const QByteArray &body)
{
    DecodeError error;
    envelope::topLevelPageOf(body, "records", "total", &m_result, &error);
    return error;
}

} // namespace dataarts
