#pragma once

#include "client/ListJob.h"

#include "dto/AuthorizedApp.h"
#include "dto/Page.h"

namespace dataarts {

// GET /v1/{pid}/service/authorize/apis/{api_id} (SearchAuthorizeApp, dataarts-api.md section
// 7.2.1): the apps authorized to call an API, one record per app and cluster.
class ListAuthorizedAppsJob : public ListJob
{
    Q_OBJECT
public:
    ListAuthorizedAppsJob(Session *session, QString apiId, QObject *parent = nullptr);

    QString apiId() const { return m_apiId; }
    const Page<AuthorizedApp> &result() const { return m_result; }
    qint64 total() const override { return m_result.total; }
    int recordCount() const override { return int(m_result.records.size()); }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = {}; }

private:
    QString m_apiId;
    Page<AuthorizedApp> m_result;
};

} // namespace dataarts
