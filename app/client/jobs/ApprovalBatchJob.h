#pragma once

#include "client/ApiJob.h"

#include "dto/ApprovalBatchRequest.h"
#include "dto/BatchOperation.h"

namespace dataarts {

// The shared half of batch-offline and batch-publish: the same body and the same answer,
// data.value = BatchOperationVO with one groups[] entry per entity (dataarts-api.md
// section 2.1). Not safe to repeat: a lost answer is UnknownOutcome, never re-sent.
class ApprovalBatchJob : public ApiJob
{
    Q_OBJECT
public:
    const ApprovalBatchRequest &body() const { return m_request; }
    const BatchOperation &result() const { return m_result; }

protected:
    ApprovalBatchJob(Session *session, ApprovalBatchRequest request, QString endpoint,
                     QObject *parent);
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = {}; }

private:
    ApprovalBatchRequest m_request;
    QString m_endpoint;
    BatchOperation m_result;
};

} // namespace dataarts
