#pragma once

#include "client/ApiJob.h"

#include "dto/ApplyRecord.h"

namespace dataarts {

// GET /v1/{pid}/service/applys/{apply_id}: one application (ShowApplyDetail, dataarts-api.md
// section 5b.1).
class ShowApplyJob : public ApiJob
{
    Q_OBJECT
public:
    ShowApplyJob(Session *session, QString applyId, QObject *parent = nullptr);

    QString applyId() const { return m_id; }
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
