#pragma once

#include "client/ListJob.h"

#include "dto/Approver.h"
#include "dto/Page.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace dataarts {

// GET /v2/{pid}/design/approvals/users: the approvers (dataarts-api.md section 2.2).
class ListApproversJob : public ListJob
{
    Q_OBJECT
public:
    struct Filter {
        QString approverName;
    };

    explicit ListApproversJob(Session *session, QObject *parent = nullptr);
    ListApproversJob(Session *session, Filter filter, QObject *parent = nullptr);

    Filter &filter() { return m_filter; }
    const Filter &filter() const { return m_filter; }

    const Page<Approver> &result() const { return m_result; }
    qint64 total() const override { return m_result.total; }
    int recordCount() const override { return int(m_result.records.size()); }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = {}; }

private:
    Filter m_filter;
    Page<Approver> m_result;
};

} // namespace dataarts
