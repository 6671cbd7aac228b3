#pragma once

#include "client/ApiJob.h"

#include "dto/ApprovalActionRequest.h"
#include "dto/BatchOperation.h"

namespace dataarts {

// PUT /v2/{pid}/design/approvals/action?action-id=resolve|reject with {ids, msg}
// (ConfirmApprovals, dataarts-api.md section 5b.2): resolve or reject Architecture approvals.
// The answer's data.value BatchOperationVO is decoded when present.
class ApprovalActionJob : public ApiJob
{
    Q_OBJECT
public:
    enum Decision { Resolve, Reject };

    ApprovalActionJob(Session *session, Decision decision, ApprovalActionRequest request,
                      QObject *parent = nullptr);

    Decision decision() const { return m_decision; }
    const ApprovalActionRequest &body() const { return m_request; }
    const BatchOperation &result() const { return m_result; }
    bool hasResult() const { return m_hasResult; }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override
    {
        m_result = {};
        m_hasResult = false;
    }

private:
    Decision m_decision;
    ApprovalActionRequest m_request;
    BatchOperation m_result;
    bool m_hasResult = false;
};

} // namespace dataarts
