#include "ApprovalActionJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ApprovalActionJob::ApprovalActionJob(Session *session, Decision decision,
                                     ApprovalActionRequest request, QObject *parent)
    : ApiJob(session, parent)
    , m_decision(decision)
    , m_request(std::move(request)) {
}

QString ApprovalActionJob::validate() const {
    return m_request.validate();
}

RequestSpec ApprovalActionJob::request() const {
    RequestSpec spec =
        architecture("PUT", designPath(projectId(), QStringLiteral("approvals/action")));
    spec.query = {{QStringLiteral("action-id"),
                   m_decision == Resolve ? QStringLiteral("resolve") : QStringLiteral("reject")}};
    spec.body = m_request.body();
    spec.allowEmptyBody = true;
    return spec;
}

DecodeError ApprovalActionJob::decode(const QJsonDocument &json) {
    DecodeError error;
    if (json.isNull())
        return error; // 200/204 without a body
    QJsonValue value;
    if (envelope::architectureValue(json, &value, &error)) {
        if (value.isObject())
            m_hasResult =
                BatchOperation::decode(value, QStringLiteral("data.value"), &m_result, &error);
        else if (!value.isNull() && !value.isString() && !value.isDouble())
            error = DecodeError{QStringLiteral("data.value"), QStringLiteral("expected an object")};
    }
    return error;
}

} // namespace dataarts
