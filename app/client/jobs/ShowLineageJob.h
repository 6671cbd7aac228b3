#pragma once

#include "client/ApiJob.h"

#include "dto/LineageGraph.h"

namespace dataarts {

// GET /v3/{pid}/entities/{guid}/lineage (ShowLineage, dataarts-api.md section 7.1.3): the
// lineage graph around one catalog entity, up to depth hops.
class ShowLineageJob : public ApiJob
{
    Q_OBJECT
public:
    enum class Direction { Both, In, Out };

    ShowLineageJob(Session *session, QString guid, Direction direction, int depth,
                   QObject *parent = nullptr);

    QString guid() const { return m_guid; }
    int depth() const { return m_depth; }
    const LineageGraph &result() const { return m_result; }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = {}; }

private:
    QString m_guid;
    Direction m_direction;
    int m_depth;
    LineageGraph m_result;
};

} // namespace dataarts
