#include "ApprovalActionJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ApprovalActionJob::ApprovalActionJob(Session *session, Decision decision,
                                     ApprovalActionRequest request, QObject *parent)
    : ApiJob(session, parent)
    , m_decision(decision)
    , m_request(std::move(request))
{}

QString ApprovalActionJob::validate() const
{
    return m_request.validate();
}

RequestSpec ApprovalActionJob::request() const
{
    RequestSpec spec =
        architecture("PUT", designPath(projectId(), QStringLiteral("approvals/action")));
    spec.query = {{QStringLiteral("action-id"),
                   m_decision == Resolve ? QStringLiteral("resolve") : QStringLiteral("reject")}};
    spec.body = m_request.body();
    spec.allowEmptyBody = true;
    return spec;
}

DecodeError ApprovalActionJob::decode(const QByteArray &body)
{
    DecodeError error;
    if (body.trimmed().isEmpty())
        return error; // 200/204 without a body
    envelope::architectureValue(
        body,
        [this](JsonStream &s) {
            switch (s.peek()) {
            case JsonStream::Token::Object:
                m_hasResult = BatchOperation::decode(s, &m_result);
                break;
            case JsonStream::Token::Null:
            case JsonStream::Token::String:
            case JsonStream::Token::Number:
                s.skipValue(); // older answers carry a count here
                break;
            default:
                s.failShape(QStringLiteral("expected an object"));
            }
        },
        &error);
    return error;
}

} // namespace dataarts
