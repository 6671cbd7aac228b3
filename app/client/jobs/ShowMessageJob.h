#pragma once

#include "client/ApiJob.h"

#include "dto/ApplyRecord.h"

namespace dataarts {

// GET /v1/{pid}/service/messages/{message_id}: one notification message (ShowMessageDetail,
// dataarts-api.md section 5b.1).
class ShowMessageJob : public ApiJob
{
    Q_OBJECT
public:
    ShowMessageJob(Session *session, QString messageId, QObject *parent = nullptr);

    QString messageId() const { return m_id; }
    const ApplyRecord &result() const { return m_result; }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = {}; }

private:
    QString m_id;
    ApplyRecord m_result;
};

} // namespace dataarts
