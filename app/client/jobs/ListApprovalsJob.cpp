#include "ListApprovalsJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ListApprovalsJob::ListApprovalsJob(Session *session, QObject *parent)
    : ListJob(session, parent)
{}

ListApprovalsJob::ListApprovalsJob(Session *session, Filter filter, QObject *parent)
    : ListJob(session, parent)
    , m_filter(std::move(filter))
{}

QString ListApprovalsJob::validate() const
{
    if (m_filter.beginTime.isValid() != m_filter.endTime.isValid())
        return tr("Give both the begin and the end time, or neither.");
    return {};
}

RequestSpec ListApprovalsJob::request() const
{
    RequestSpec spec = architecture("GET", designPath(projectId(), QStringLiteral("approvals")));
    add(spec.query, "biz_id", m_filter.bizId);
    add(spec.query, "name", m_filter.name);
    add(spec.query, "create_by", m_filter.createBy);
    add(spec.query, "approver", m_filter.approver);
    add(spec.query, "approval_status", m_filter.approvalStatus);
    add(spec.query, "approval_status_detail", m_filter.approvalStatusDetail);
    add(spec.query, "approval_type", m_filter.approvalType);
    add(spec.query, "biz_type", m_filter.bizType);
    addArchitectureTime(spec.query, "begin_time", m_filter.beginTime);
    addArchitectureTime(spec.query, "end_time", m_filter.endTime);
    addPaging(spec.query);
    return spec;
}

DecodeError ListApprovalsJob::decode(const QByteArray &body)
{
    DecodeError error;
    envelope::architecturePageOf(body, &m_result, &error);
    return error;
}

} // namespace dataarts
