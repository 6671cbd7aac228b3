#include "ListMessagesJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ListMessagesJob::ListMessagesJob(Session *session, QObject *parent)
    : ListJob(session, parent)
{}

ListMessagesJob::ListMessagesJob(Session *session, Filter filter, QObject *parent)
    : ListJob(session, parent)
    , m_filter(std::move(filter))
{}

QString ListMessagesJob::validate() const
{
    return {};
}

RequestSpec ListMessagesJob::request() const
{
    RequestSpec spec = dataService("GET", servicePath(projectId(), QStringLiteral("messages")));
    add(spec.query, "api_name", m_filter.apiName);
    addPaging(spec.query);
    return spec;
}

DecodeError ListMessagesJob::decode(const QByteArray &body)
{
    DecodeError error;
    envelope::topLevelPageOf(body, "records", "total", &m_result, &error);
    return error;
}

} // namespace dataarts
