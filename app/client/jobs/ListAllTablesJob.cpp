#include "ListAllTablesJob.h"

#include "client/JobPaths.h"

#include "dto/BizType.h"
#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ListAllTablesJob::ListAllTablesJob(Session *session, QObject *parent)
    : ListJob(session, parent)
{}

ListAllTablesJob::ListAllTablesJob(Session *session, Filter filter, QObject *parent)
    : ListJob(session, parent)
    , m_filter(std::move(filter))
{}

QString ListAllTablesJob::validate() const
{
    for (const QString &type : m_filter.bizTypes) {
        if (!bizTypes::tableTypes().contains(type))
            return tr("“%1” is not a table type.").arg(type);
    }
    return {};
}

RequestSpec ListAllTablesJob::request() const
{
    RequestSpec spec = architecture("GET", designPath(projectId(), QStringLiteral("all-tables")));
    add(spec.query, "biz_type_list",
        m_filter.bizTypes.isEmpty() ? bizTypes::tableTypes() : m_filter.bizTypes);
    add(spec.query, "name", m_filter.name);
    add(spec.query, "create_by", m_filter.createBy);
    add(spec.query, "status", m_filter.status);
    add(spec.query, "sync_status", m_filter.syncStatus);
    add(spec.query, "sync_key", m_filter.syncKeys);
    add(spec.query, "biz_catalog_id", m_filter.bizCatalogId);
    add(spec.query, "biz_catalog_id_list", m_filter.bizCatalogIds);
    addArchitectureTime(spec.query, "begin_time", m_filter.beginTime);
    addArchitectureTime(spec.query, "end_time", m_filter.endTime);
    addPaging(spec.query);
    return spec;
}

DecodeError ListAllTablesJob::decode(const QByteArray &body)
{
    DecodeError error;
    envelope::architecturePageOf(body, &m_result, &error);
    return error;
}

} // namespace dataarts
