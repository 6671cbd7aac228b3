#pragma once

#include "client/ListJob.h"

#include "dto/Page.h"
#include "dto/ServiceCluster.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace dataarts {

// GET /v1/{pid}/service/instances: the DataService exclusive clusters
// (ListDataServiceInstancesDetail, dataarts-api.md section 4).
class ListServiceClustersJob : public ListJob
{
    Q_OBJECT
public:
    struct Filter {
        QString name;
        QString createUser;
    };

    explicit ListServiceClustersJob(Session *session, QObject *parent = nullptr);
    ListServiceClustersJob(Session *session, Filter filter, QObject *parent = nullptr);

    Filter &filter() { return m_filter; }
    const Filter &filter() const { return m_filter; }

    const Page<ServiceCluster> &result() const { return m_result; }
    qint64 total() const override { return m_result.total; }
    int recordCount() const override { return int(m_result.records.size()); }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = {}; }

private:
    Filter m_filter;
    Page<ServiceCluster> m_result;
};

} // namespace dataarts
