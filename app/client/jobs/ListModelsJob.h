#pragma once

#include "client/ListJob.h"

#include "dto/DesignModel.h"
#include "dto/Page.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace dataarts {

// GET /v2/{pid}/design/workspaces: the models (relational THIRD_NF or DIMENSION) of the workspace
// (dataarts-api.md section 3).
class ListModelsJob : public ListJob
{
    Q_OBJECT
public:
    struct Filter {
        QString workspaceType; // THIRD_NF or DIMENSION; empty: all
        QString dwType;
    };

    explicit ListModelsJob(Session *session, QObject *parent = nullptr);
    ListModelsJob(Session *session, Filter filter, QObject *parent = nullptr);

    Filter &filter() { return m_filter; }
    const Filter &filter() const { return m_filter; }

    const Page<DesignModel> &result() const { return m_result; }
    qint64 total() const override { return m_result.total; }
    int recordCount() const override { return int(m_result.records.size()); }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = {}; }

private:
    Filter m_filter;
    Page<DesignModel> m_result;
};

} // namespace dataarts
