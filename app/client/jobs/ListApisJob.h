#pragma once

#include "client/ListJob.h"

#include "dto/ApiOverview.h"
#include "dto/Page.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace dataarts {

// GET /v1/{pid}/service/apis: DataService APIs, top-level {total, records} (dataarts-api.md section
// 4).
class ListApisJob : public ListJob
{
    Q_OBJECT
public:
    struct Filter {
        QString name;
        QString description;
        QString createUser;
        QDateTime startTime;
        QDateTime endTime;
        QStringList tags;
        QString apiType;       // an API_SPECIFIC_TYPE_* name
        QString publishStatus; // PUBLISHED or NOT_PUBLISHED
        QString tableName;
        bool returnPublishMessages = false; // header: include the exclusive publish_messages
    };

    explicit ListApisJob(Session *session, QObject *parent = nullptr);
    ListApisJob(Session *session, Filter filter, QObject *parent = nullptr);

    Filter &filter() { return m_filter; }
    const Filter &filter() const { return m_filter; }

    const Page<ApiOverview> &result() const { return m_result; }
    qint64 total() const override { return m_result.total; }
    int recordCount() const override { return int(m_result.records.size()); }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = {}; }

private:
    Filter m_filter;
    Page<ApiOverview> m_result;
};

} // namespace dataarts
