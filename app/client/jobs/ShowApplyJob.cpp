#include "ShowApplyJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ShowApplyJob::ShowApplyJob(Session *session, QString applyId, QObject *parent)
    : ApiJob(session, parent)
    , m_id(std::move(applyId))
{}

QString ShowApplyJob::validate() const
{
    if (!isPathId(m_id))
        return tr("The application id is missing or not valid.");
    return {};
}

RequestSpec ShowApplyJob::request() const
{
    return dataService("GET", servicePath(projectId(), QStringLiteral("applys/") + m_id));
}

DecodeError ShowApplyJob::decode(const QByteArray &body)
{
    DecodeError error;
    envelope::documentOf(body, &m_result, &error);
    return error;
}

} // namespace dataarts
