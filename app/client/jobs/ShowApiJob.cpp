#include "ShowApiJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ShowApiJob::ShowApiJob(Session *session, QString apiId, QObject *parent)
    : ApiJob(session, parent)
    , m_id(std::move(apiId))
{}

QString ShowApiJob::validate() const
{
    if (!isPathId(m_id))
        return tr("The API id is missing or not valid.");
    return {};
}

RequestSpec ShowApiJob::request() const
{
    return dataService("GET", servicePath(projectId(), QStringLiteral("apis/") + m_id));
}

DecodeError ShowApiJob::decode(const QByteArray &body)
{
    DecodeError error;
    ApiDetail::decodeDocument(body, &m_result, &error);
    return error;
}

} // namespace dataarts
