#pragma once

#include "client/ListJob.h"

#include "dto/ApiActionInstance.h"
#include "dto/Page.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace dataarts {

// GET /v1/{pid}/service/apis/{api_id}/instances?action=: the clusters and whether the action is
// possible on each (ListInstanceList, dataarts-api.md section 4). No total: the pager stops on a
// short page.
class ListApiActionInstancesJob : public ListJob
{
    Q_OBJECT
public:
    struct Filter {
        QString apiId;  // the API
        QString action; // PUBLISH, UNPUBLISH, STOP, RECOVER, WHITELIST or AUTHORIZE
        std::optional<bool> showAll;
        std::optional<bool> checkStatus;
        std::optional<bool> checkDebug;
        QString appId;
    };

    explicit ListApiActionInstancesJob(Session *session, QObject *parent = nullptr);
    ListApiActionInstancesJob(Session *session, Filter filter, QObject *parent = nullptr);

    Filter &filter() { return m_filter; }
    const Filter &filter() const { return m_filter; }

    const Page<ApiActionInstance> &result() const { return m_result; }
    qint64 total() const override { return m_result.total; }
    int recordCount() const override { return int(m_result.records.size()); }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = {}; }

private:
    Filter m_filter;
    Page<ApiActionInstance> m_result;
};

} // namespace dataarts
