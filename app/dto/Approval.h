#pragma once

#include "DecodeError.h"
#include "Enums.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace dataarts {

// One record of GET /v2/{pid}/design/approvals (ApprovalVO, section 2.2).
struct Approval {
    QString id;
    QString nameCh;
    QString nameEn;
    QString bizId;
    QString bizType;
    QString bizInfo;
    qint64 bizVersion = 0;
    KnownEnum<BizStatus> bizStatus;
    KnownEnum<ApprovalStatus> approvalStatus;
    KnownEnum<ApprovalType> approvalType;
    QDateTime submitTime;
    QString createBy;
    QDateTime approvalTime;
    QString approver;
    QString email;
    QString msg;

    // Strict decode of one JSON object; false with *error set when a field has the wrong
    // type or a required one is missing.
    static bool decode(const QJsonValue &value, const QString &path, Approval *out,
                       DecodeError *error);
};

} // namespace dataarts
