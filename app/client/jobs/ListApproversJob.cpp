#include "ListApproversJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ListApproversJob::ListApproversJob(Session *session, QObject *parent)
    : ListJob(session, parent)
{}

ListApproversJob::ListApproversJob(Session *session, Filter filter, QObject *parent)
    : ListJob(session, parent)
    , m_filter(std::move(filter))
{}

QString ListApproversJob::validate() const
{
    return {};
}

RequestSpec ListApproversJob::request() const
{
    RequestSpec spec =
        architecture("GET", designPath(projectId(), QStringLiteral("approvals/users")));
    add(spec.query, "approver_name", m_filter.approverName);
    addPaging(spec.query);
    return spec;
}

DecodeError ListApproversJob::decode(const QByteArray &body)
{
    DecodeError error;
    envelope::architecturePageOf(body, &m_result, &error);
    return error;
}

} // namespace dataarts
