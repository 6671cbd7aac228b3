#pragma once

#include "client/ListJob.h"

#include "dto/DataArtsWorkspace.h"
#include "dto/Page.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace dataarts {

// GET /v1/{pid}/workspaces/{instance_id}: the workspaces of an instance (discovery; dataarts-api.md
// section 1).
class ListWorkspacesJob : public ListJob
{
    Q_OBJECT
public:
    struct Filter {
        QString instanceId; // the instance
    };

    explicit ListWorkspacesJob(Session *session, QObject *parent = nullptr);
    ListWorkspacesJob(Session *session, Filter filter, QObject *parent = nullptr);

    Filter &filter() { return m_filter; }
    const Filter &filter() const { return m_filter; }

    const Page<DataArtsWorkspace> &result() const { return m_result; }
    qint64 total() const override { return m_result.total; }
    int recordCount() const override { return int(m_result.records.size()); }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = {}; }

private:
    Filter m_filter;
    Page<DataArtsWorkspace> m_result;
};

} // namespace dataarts
