#include "SearchCatalogEntitiesJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"
#include "dto/JsonWriter.h"

namespace dataarts {

using namespace jobs;

SearchCatalogEntitiesJob::SearchCatalogEntitiesJob(Session *session, Query query, QObject *parent)
    : ApiJob(session, parent)
    , m_query(std::move(query))
{}

QStringList SearchCatalogEntitiesJob::defaultTableTypes()
{
    return {QStringLiteral("hive_table"),         QStringLiteral("dws_table"),
            QStringLiteral("dli_table"),          QStringLiteral("dli_table_managed"),
            QStringLiteral("dli_table_external"), QStringLiteral("dli_table_view"),
            QStringLiteral("mysql_table"),        QStringLiteral("gbase_table"),
            QStringLiteral("postgre_table"),      QStringLiteral("hbase_table"),
            QStringLiteral("dm_table"),           QStringLiteral("doris_table"),
            QStringLiteral("sqlserver_table"),    QStringLiteral("clickhouse_table")};
}

QString SearchCatalogEntitiesJob::validate() const
{
    if (m_query.keyword.trimmed().isEmpty())
        return tr("The catalog search needs a keyword.");
    if (m_query.typeNames.isEmpty())
        return tr("The catalog search needs at least one entity type.");
    if (m_query.limit < 1 || m_query.limit > 100 || m_query.offset < 0)
        return tr("The catalog search page is out of range.");
    return {};
}

RequestSpec SearchCatalogEntitiesJob::request() const
{
    RequestSpec spec =
        catalogRead(Service::Catalog, "POST",
                    catalogPath(projectId(), QStringLiteral("asset/entities/search")));
    JsonWriter w;
    w.beginObject()
        .field("query", m_query.keyword)
        .key("type_names")
        .stringArray(m_query.typeNames)
        .field("limit", m_query.limit)
        .field("offset", m_query.offset)
        .endObject();
    spec.body = w.take();
    return spec;
}

DecodeError SearchCatalogEntitiesJob::decode(const QByteArray &body)
{
    DecodeError error;
    envelope::topLevelPageOf(body, "entities", "count", &m_result, &error);
    return error;
}

} // namespace dataarts
