#pragma once

#include "client/ApiJob.h"

#include "dto/ApiDetail.h"

namespace dataarts {

// GET /v1/{pid}/service/apis/{api_id}: one DataService API in detail (ShowApi, dataarts-api.md
// section 4).
class ShowApiJob : public ApiJob
{
    Q_OBJECT
public:
    ShowApiJob(Session *session, QString apiId, QObject *parent = nullptr);

    QString apiId() const { return m_id; }
    const ApiDetail &result() const { return m_result; }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = {}; }

private:
    QString m_id;
    ApiDetail m_result;
};

} // namespace dataarts
