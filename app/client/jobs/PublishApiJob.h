#pragma once

#include "client/ApiJob.h"

namespace dataarts {

// POST /v1/{pid}/service/apis/{api_id}/instances/{instance_id}/publish with an empty
// GatewayDto {} (PublishApiToInstance, dataarts-api.md section 7.3.1): publishes an API on
// one exclusive cluster, on the DataService side. 204 without a body. A publisher who is
// not the API's reviewer waits for the reviewer (PUBLISH_WAIT_REVIEW). Not safe to repeat
// blindly: read publish-info first and after a lost answer.
class PublishApiJob : public ApiJob
{
    Q_OBJECT
public:
    PublishApiJob(Session *session, QString apiId, QString instanceId, QObject *parent = nullptr);

    QString apiId() const { return m_apiId; }
    QString instanceId() const { return m_instanceId; }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &) override { return {}; }

private:
    QString m_apiId;
    QString m_instanceId;
};

} // namespace dataarts
