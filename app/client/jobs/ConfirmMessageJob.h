#pragma once

#include "client/ApiJob.h"

#include "dto/ConfirmMessageRequest.h"

namespace dataarts {

// POST /v1/{pid}/service/messages with {message_id, action, time} (ConfirmMessage,
// dataarts-api.md section 5b.1): confirm a notification message now or at a time. 204.
class ConfirmMessageJob : public ApiJob
{
    Q_OBJECT
public:
    ConfirmMessageJob(Session *session, ConfirmMessageRequest request, QObject *parent = nullptr);

    const ConfirmMessageRequest &body() const { return m_request; }

protected:
    RequestSpec request() const override;
    QString validate() const override { return m_request.validate(); }
    DecodeError decode(const QByteArray &) override { return {}; }

private:
    ConfirmMessageRequest m_request;
};

} // namespace dataarts
