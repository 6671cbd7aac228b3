#pragma once

#include "client/ListJob.h"

#include "dto/ApiPublishInfo.h"
#include "dto/Page.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace dataarts {

// GET /v1/{pid}/service/apis/{api_id}/publish-info: the API's state on each exclusive cluster
// (SearchPublishInfo, dataarts-api.md section 4).
class ListApiPublishInfoJob : public ListJob
{
    Q_OBJECT
public:
    struct Filter {
        QString apiId; // the API
    };

    explicit ListApiPublishInfoJob(Session *session, QObject *parent = nullptr);
    ListApiPublishInfoJob(Session *session, Filter filter, QObject *parent = nullptr);

    Filter &filter() { return m_filter; }
    const Filter &filter() const { return m_filter; }

    const Page<ApiPublishInfo> &result() const { return m_result; }
    qint64 total() const override { return m_result.total; }
    int recordCount() const override { return int(m_result.records.size()); }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = {}; }

private:
    Filter m_filter;
    Page<ApiPublishInfo> m_result;
};

} // namespace dataarts
