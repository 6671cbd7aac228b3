#pragma once

#include "ListCommand.h"

namespace dataarts::cli {

// approvers list [--format table|csv|json]: who may approve a batch offline (user_id and
// user name are what `offline --approver-id / --approver-name` take).
class ApproversListCommand : public ListCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApproversListCommand)
public:
    QStringList words() const override
    {
        return {QStringLiteral("approvers"), QStringLiteral("list")};
    }
    QString summary() const override;

protected:
    QList<Column> columns() const override;
    ListJob *createJob(Session *session) const override;
    void collect(ListJob *job, QList<QStringList> *rows) const override;
};

} // namespace dataarts::cli
