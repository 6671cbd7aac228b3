#pragma once

#include "client/ApiJob.h"

#include "dto/ApiActionRequest.h"

namespace dataarts {

// POST /v1/{pid}/service/apis/{api_id}/instances/{instance_id}/action with {action, time}
// (dataarts-api.md section 4.1): UNPUBLISH, STOP or RECOVER an API on one exclusive
// cluster. 204 without a body on success. Not safe to repeat: a lost answer is
// UnknownOutcome; reconcile with the publish info.
class ApiActionJob : public ApiJob
{
    Q_OBJECT
public:
    ApiActionJob(Session *session, QString apiId, QString instanceId, ApiActionRequest request,
                 QObject *parent = nullptr);

    QString apiId() const { return m_apiId; }
    QString instanceId() const { return m_instanceId; }
    const ApiActionRequest &body() const { return m_request; }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &) override { return {}; }

private:
    QString m_apiId;
    QString m_instanceId;
    ApiActionRequest m_request;
};

} // namespace dataarts
