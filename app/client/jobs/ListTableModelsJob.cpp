#include "ListTableModelsJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ListTableModelsJob::ListTableModelsJob(Session *session, QObject *parent)
    : ListJob(session, parent)
{}

ListTableModelsJob::ListTableModelsJob(Session *session, Filter filter, QObject *parent)
    : ListJob(session, parent)
    , m_filter(std::move(filter))
{}

QString ListTableModelsJob::validate() const
{
    if (m_filter.modelId.isEmpty())
        return tr("The filter “model_id” is required.");
    return {};
}

RequestSpec ListTableModelsJob::request() const
{
    RequestSpec spec = architecture("GET", designPath(projectId(), QStringLiteral("table-model")));
    add(spec.query, "model_id", m_filter.modelId);
    add(spec.query, "name", m_filter.name);
    add(spec.query, "create_by", m_filter.createBy);
    add(spec.query, "approver", m_filter.approver);
    add(spec.query, "status", m_filter.status);
    add(spec.query, "sync_status", m_filter.syncStatus);
    add(spec.query, "sync_key", m_filter.syncKeys);
    add(spec.query, "biz_catalog_id", m_filter.bizCatalogId);
    addArchitectureTime(spec.query, "begin_time", m_filter.beginTime);
    addArchitectureTime(spec.query, "end_time", m_filter.endTime);
    addPaging(spec.query);
    return spec;
}

DecodeError ListTableModelsJob::decode(const QByteArray &body)
{
    DecodeError error;
    envelope::architecturePageOf(body, &m_result, &error);
    return error;
}

} // namespace dataarts
