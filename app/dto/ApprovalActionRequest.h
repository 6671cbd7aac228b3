#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dataarts {

// The body of PUT /v2/{pid}/design/approvals/action?action-id=resolve|reject
// (ConfirmApprovals, dataarts-api.md section 5b.2): {"ids":["..."],"msg":"..."}, ids as
// strings, both fields always sent.
struct ApprovalActionRequest {
    Q_DECLARE_TR_FUNCTIONS(dataarts::ApprovalActionRequest)
public:
    static constexpr int kMaxMessageLength = 500;

    QStringList ids;
    QString msg;

    QByteArray body() const;
    QString validate() const;
};

} // namespace dataarts
