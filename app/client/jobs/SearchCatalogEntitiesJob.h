#pragma once

#include "client/ApiJob.h"

#include "dto/CatalogEntity.h"
#include "dto/Page.h"

#include <QStringList>

namespace dataarts {

// POST /v3/{pid}/asset/entities/search (ShowEntities, dataarts-api.md section 7.1.2): Data
// Catalog entities whose name or description matches a keyword. A search changes nothing,
// so it is retried like a read. The server's count is in result().total.
class SearchCatalogEntitiesJob : public ApiJob
{
    Q_OBJECT
public:
    struct Query {
        QString keyword;
        QStringList typeNames; // required by the call; see defaultTableTypes()
        int limit = 100;
        int offset = 0;
    };

    SearchCatalogEntitiesJob(Session *session, Query query, QObject *parent = nullptr);

    // The catalog's table types (section 7.1.2), and clickhouse_table (ClickHouse tables).
    static QStringList defaultTableTypes();

    const Query &query() const { return m_query; }
    const Page<CatalogEntity> &result() const { return m_result; }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = {}; }

private:
    Query m_query;
    Page<CatalogEntity> m_result;
};

} // namespace dataarts
