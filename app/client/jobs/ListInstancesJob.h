#pragma once

#include "client/ListJob.h"

#include "dto/DataArtsInstance.h"
#include "dto/Page.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace dataarts {

// GET /v1/{pid}/instances: the DataArts Studio instances of the project (discovery, no workspace
// header; dataarts-api.md section 1).
class ListInstancesJob : public ListJob
{
    Q_OBJECT
public:
    struct Filter {
        // (no filters)
    };

    explicit ListInstancesJob(Session *session, QObject *parent = nullptr);
    ListInstancesJob(Session *session, Filter filter, QObject *parent = nullptr);

    Filter &filter() { return m_filter; }
    const Filter &filter() const { return m_filter; }

    const Page<DataArtsInstance> &result() const { return m_result; }
    qint64 total() const override { return m_result.total; }
    int recordCount() const override { return int(m_result.records.size()); }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = {}; }

private:
    Filter m_filter;
    Page<DataArtsInstance> m_result;
};

} // namespace dataarts
