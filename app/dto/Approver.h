#pragma once

#include "DecodeError.h"
#include "Enums.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace dataarts {

// One record of GET /v2/{pid}/design/approvals/users (ApproverVO).
struct Approver {
    QString id;
    QString approverName;
    QString userId;
    QString userName;
    QString email;
    KnownEnum<ApproverUserType> userType;
    QDateTime createTime;
    QString projectId;

    // Strict decode of one JSON object; false with *error set when a field has the wrong
    // type or a required one is missing.
    static bool decode(const QJsonValue &value, const QString &path, Approver *out,
                       DecodeError *error);
};

} // namespace dataarts
