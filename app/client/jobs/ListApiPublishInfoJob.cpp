#include "ListApiPublishInfoJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ListApiPublishInfoJob::ListApiPublishInfoJob(Session *session, QObject *parent)
    : ListJob(session, parent)
{}

ListApiPublishInfoJob::ListApiPublishInfoJob(Session *session, Filter filter, QObject *parent)
    : ListJob(session, parent)
    , m_filter(std::move(filter))
{}

QString ListApiPublishInfoJob::validate() const
{
    if (!isPathId(m_filter.apiId))
        return tr("The API id is missing or not valid.");
    return {};
}

RequestSpec ListApiPublishInfoJob::request() const
{
    RequestSpec spec =
        dataService("GET", servicePath(projectId(), QStringLiteral("apis/") + m_filter.apiId +
                                                        QStringLiteral("/publish-info")));

    addPaging(spec.query);
    return spec;
}

DecodeError ListApiPublishInfoJob::decode(const QByteArray &body)
{
    DecodeError error;
    envelope::topLevelPageOf(body, "publish_messages", "total", &m_result, &error);
    return error;
}

} // namespace dataarts
