#include "ShowMessageJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ShowMessageJob::ShowMessageJob(Session *session, QString messageId, QObject *parent)
    : ApiJob(session, parent)
    , m_id(std::move(messageId))
{}

QString ShowMessageJob::validate() const
{
    if (!isPathId(m_id))
        return tr("The message id is missing or not valid.");
    return {};
}

RequestSpec ShowMessageJob::request() const
{
    return dataService("GET", servicePath(projectId(), QStringLiteral("messages/") + m_id));
}

DecodeError ShowMessageJob::decode(const QByteArray &body)
{
    DecodeError error;
    envelope::documentOf(body, &m_result, &error);
    return error;
}

} // namespace dataarts
