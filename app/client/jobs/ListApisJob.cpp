#include "ListApisJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ListApisJob::ListApisJob(Session *session, QObject *parent)
    : ListJob(session, parent)
{}

ListApisJob::ListApisJob(Session *session, Filter filter, QObject *parent)
    : ListJob(session, parent)
    , m_filter(std::move(filter))
{}

QString ListApisJob::validate() const
{
    return {};
}

RequestSpec ListApisJob::request() const
{
    RequestSpec spec = dataService("GET", servicePath(projectId(), QStringLiteral("apis")));
    add(spec.query, "name", m_filter.name);
    add(spec.query, "description", m_filter.description);
    add(spec.query, "create_user", m_filter.createUser);
    addServiceTime(spec.query, "start_time", m_filter.startTime);
    addServiceTime(spec.query, "end_time", m_filter.endTime);
    add(spec.query, "tags", m_filter.tags);
    add(spec.query, "api_type", m_filter.apiType);
    add(spec.query, "publish_status", m_filter.publishStatus);
    add(spec.query, "table_name", m_filter.tableName);
    if (m_filter.returnPublishMessages)
        spec.extraHeaders.append(
            {QByteArrayLiteral("x-return-publish-messages"), QByteArrayLiteral("true")});
    addPaging(spec.query);
    return spec;
}

DecodeError ListApisJob::decode(const QByteArray &body)
{
    DecodeError error;
    envelope::topLevelPageOf(body, "records", "total", &m_result, &error);
    return error;
}

} // namespace dataarts
