#include "ApproversListCommand.h"

#include "client/jobs/ListApproversJob.h"
#include "journal/RunExport.h"

namespace dataarts::cli {

QString ApproversListCommand::summary() const
{
    return tr("List the approvers of batch offline requests");
}

QList<Column> ApproversListCommand::columns() const
{
    return {{QStringLiteral("id"), tr("ID")},
            {QStringLiteral("approver_name"), tr("NAME")},
            {QStringLiteral("user_id"), tr("USER ID")},
            {QStringLiteral("user_name"), tr("USER NAME")},
            {QStringLiteral("email"), tr("EMAIL")},
            {QStringLiteral("user_type"), tr("ROLE")},
            {QStringLiteral("create_time"), tr("CREATED")}};
}

ListJob *ApproversListCommand::createJob(Session *session) const
{
    return new ListApproversJob(session);
}

void ApproversListCommand::collect(ListJob *job, QList<QStringList> *rows) const
{
    for (const Approver &a : static_cast<ListApproversJob *>(job)->result().records) {
        rows->append({a.id, a.approverName, a.userId, a.userName, a.email, a.userType.raw,
                      RunExport::timeText(a.createTime)});
    }
}

} // namespace dataarts::cli
