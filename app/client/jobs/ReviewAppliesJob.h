#pragma once

#include "client/ApiJob.h"

#include "dto/ReviewAppliesRequest.h"

namespace dataarts {

// POST /v1/{pid}/service/applys with {apply_result, apply_ids} (BatchApproveApply,
// dataarts-api.md section 5b.1): approve (true) or reject (false) applications. 204.
class ReviewAppliesJob : public ApiJob
{
    Q_OBJECT
public:
    ReviewAppliesJob(Session *session, ReviewAppliesRequest request, QObject *parent = nullptr);

    const ReviewAppliesRequest &body() const { return m_request; }

protected:
    RequestSpec request() const override;
    QString validate() const override { return m_request.validate(); }
    DecodeError decode(const QByteArray &) override { return {}; }

private:
    ReviewAppliesRequest m_request;
};

} // namespace dataarts
