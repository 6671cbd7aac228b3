#pragma once

#include "client/ListJob.h"

#include "dto/Approval.h"
#include "dto/Page.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace dataarts {

// GET /v2/{pid}/design/approvals: Architecture approvals with their filters (dataarts-api.md
// section 2.2).
class ListApprovalsJob : public ListJob
{
    Q_OBJECT
public:
    struct Filter {
        QString bizId;
        QString name; // fuzzy name or code
        QString createBy;
        QString approver;
        QString approvalStatus;       // DEVELOPING or FINISHED
        QString approvalStatusDetail; // DEVELOPING, APPROVED or REJECT
        QString approvalType;         // PUBLISH or OFFLINE
        QString bizType;
        QDateTime beginTime; // with endTime, or neither
        QDateTime endTime;
    };

    explicit ListApprovalsJob(Session *session, QObject *parent = nullptr);
    ListApprovalsJob(Session *session, Filter filter, QObject *parent = nullptr);

    Filter &filter() { return m_filter; }
    const Filter &filter() const { return m_filter; }

    const Page<Approval> &result() const { return m_result; }
    qint64 total() const override { return m_result.total; }
    int recordCount() const override { return int(m_result.records.size()); }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = {}; }

private:
    Filter m_filter;
    Page<Approval> m_result;
};

} // namespace dataarts
