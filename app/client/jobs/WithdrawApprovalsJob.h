#pragma once

#include "client/ApiJob.h"

#include <QStringList>

namespace dataarts {

// PUT /v2/{pid}/design/approvals?ids=a,b (RollbackApproval, dataarts-api.md section 2.2):
// withdraw the caller's own pending approvals. No body; 200 with data.value = the number
// withdrawn (a string), or 204.
class WithdrawApprovalsJob : public ApiJob
{
    Q_OBJECT
public:
    WithdrawApprovalsJob(Session *session, QStringList ids, QObject *parent = nullptr);

    const QStringList &ids() const { return m_ids; }
    // The count the server reported; -1 when it sent none.
    qint64 withdrawn() const { return m_withdrawn; }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_withdrawn = -1; }

private:
    QStringList m_ids;
    qint64 m_withdrawn = -1;
};

} // namespace dataarts
