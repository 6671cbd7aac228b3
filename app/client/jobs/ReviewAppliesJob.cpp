#include "ReviewAppliesJob.h"

#include "client/JobPaths.h"

namespace dataarts {

using namespace jobs;

ReviewAppliesJob::ReviewAppliesJob(Session *session, ReviewAppliesRequest request, QObject *parent)
    : ApiJob(session, parent)
    , m_request(std::move(request))
{}

RequestSpec ReviewAppliesJob::request() const
{
    RequestSpec spec = dataService("POST", servicePath(projectId(), QStringLiteral("applys")));
    spec.body = m_request.body();
    spec.expectJson = false;
    return spec;
}

} // namespace dataarts
