#pragma once

#include "BizInfo.h"
#include "Enums.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTime>

namespace dataarts {

// ApprovalBatchParam: the body of approvals/batch-offline and approvals/batch-publish
// (dataarts-api.md section 2.1). body() is the exact bytes sent: keys in the documented
// order, compact, optional fields left out when unset.
struct ApprovalBatchRequest {
    Q_DECLARE_TR_FUNCTIONS(dataarts::ApprovalBatchRequest)
public:
    QList<BizInfo> bizInfos;
    QString approverUserId;
    QString approverUserName;
    QString email;                      // empty: not sent
    bool fastApproval = false;          // always sent
    QString scheduleTime;               // "MM_HH"; empty: not sent
    EnvType envType = EnvType::Unknown; // Unknown: not sent

    QByteArray body() const;

    // Empty when the request may be sent; otherwise a translated reason.
    QString validate() const;

    // "MM_HH" for a wall-clock time (18:30 -> "30_18").
    static QString scheduleTimeFor(const QTime &time);
    // The time of a "MM_HH" string; invalid when malformed.
    static QTime parseScheduleTime(const QString &text);
};

using BatchOfflineRequest = ApprovalBatchRequest;
using BatchPublishRequest = ApprovalBatchRequest;

} // namespace dataarts
