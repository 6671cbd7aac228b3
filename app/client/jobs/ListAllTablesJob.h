#pragma once

#include "client/ListJob.h"

#include "dto/AllTable.h"
#include "dto/Page.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace dataarts {

// GET /v2/{pid}/design/all-tables: tables across the five table types (dataarts-api.md section 3).
class ListAllTablesJob : public ListJob
{
    Q_OBJECT
public:
    struct Filter {
        QStringList bizTypes; // empty: all five of bizTypes::tableTypes()
        QString name;
        QString createBy;
        QString status; // a BizStatus name
        QString syncStatus;
        QStringList syncKeys;
        QString bizCatalogId;
        QStringList bizCatalogIds;
        QDateTime beginTime;
        QDateTime endTime;
    };

    explicit ListAllTablesJob(Session *session, QObject *parent = nullptr);
    ListAllTablesJob(Session *session, Filter filter, QObject *parent = nullptr);

    Filter &filter() { return m_filter; }
    const Filter &filter() const { return m_filter; }

    const Page<AllTable> &result() const { return m_result; }
    qint64 total() const override { return m_result.total; }
    int recordCount() const override { return int(m_result.records.size()); }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = {}; }

private:
    Filter m_filter;
    Page<AllTable> m_result;
};

} // namespace dataarts
