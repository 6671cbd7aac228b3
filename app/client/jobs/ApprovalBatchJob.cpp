#include "ApprovalBatchJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ApprovalBatchJob::ApprovalBatchJob(Session *session, ApprovalBatchRequest request, QString endpoint,
                                   QObject *parent)
    : ApiJob(session, parent)
    , m_request(std::move(request))
    , m_endpoint(std::move(endpoint))
{}

QString ApprovalBatchJob::validate() const
{
    return m_request.validate();
}

RequestSpec ApprovalBatchJob::request() const
{
    RequestSpec spec = architecture("POST", designPath(projectId(), m_endpoint));
    spec.body = m_request.body();
    return spec;
}

DecodeError ApprovalBatchJob::decode(const QByteArray &body)
{
    DecodeError error;
    envelope::architectureValue(
        body, [this](JsonStream &s) { BatchOperation::decode(s, &m_result); }, &error);
    return error;
}

} // namespace dataarts
