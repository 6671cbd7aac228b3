#include "ShowLineageJob.h"

#include "client/JobPaths.h"

namespace dataarts {

using namespace jobs;

ShowLineageJob::ShowLineageJob(Session *session, QString guid, Direction direction, int depth,
                               QObject *parent)
    : ApiJob(session, parent)
    , m_guid(std::move(guid))
    , m_direction(direction)
    , m_depth(depth)
{}

QString ShowLineageJob::validate() const
{
    if (!isPathId(m_guid))
        return tr("The catalog entity id is missing or not valid.");
    if (m_depth < 1)
        return tr("The lineage depth must be at least 1.");
    return {};
}

RequestSpec ShowLineageJob::request() const
{
    RequestSpec spec = catalogRead(Service::Catalog, "GET",
                                   catalogPath(projectId(), QStringLiteral("entities/") + m_guid +
                                                                QStringLiteral("/lineage")));
    const char *direction = m_direction == Direction::Out  ? "OUT"
                            : m_direction == Direction::In ? "IN"
                                                           : "BOTH";
    add(spec.query, "direction", QString::fromLatin1(direction));
    add(spec.query, "depth", std::optional<int>(m_depth));
    return spec;
}

DecodeError ShowLineageJob::decode(const QByteArray &body)
{
    DecodeError error;
    LineageGraph::decodeDocument(body, &m_result, &error);
    if (!error.isError() && m_result.baseGuid.isEmpty())
        m_result.baseGuid = m_guid;
    return error;
}

} // namespace dataarts
