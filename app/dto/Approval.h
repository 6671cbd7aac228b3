#pragma once

#include "Enums.h"
#include "JsonStream.h"

#include <QDateTime>
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

    // Strict decode of one JSON object at the stream's position; false (the stream holds
    // the error) when a member has the wrong type or a required one is missing.
    static bool decode(JsonStream &stream, Approval *out);
};

} // namespace dataarts
