#include "ConfirmMessageJob.h"

#include "client/JobPaths.h"

namespace dataarts {

using namespace jobs;

ConfirmMessageJob::ConfirmMessageJob(Session *session, ConfirmMessageRequest request,
                                     QObject *parent)
    : ApiJob(session, parent)
    , m_request(std::move(request))
{}

RequestSpec ConfirmMessageJob::request() const
{
    RequestSpec spec = dataService("POST", servicePath(projectId(), QStringLiteral("messages")));
    spec.body = m_request.body();
    spec.expectJson = false;
    return spec;
}

} // namespace dataarts
