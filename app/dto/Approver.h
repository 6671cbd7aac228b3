#pragma once

#include "Enums.h"
#include "JsonStream.h"

#include <QDateTime>
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

    // Strict decode of one JSON object at the stream's position; false (the stream holds
    // the error) when a member has the wrong type or a required one is missing.
    static bool decode(JsonStream &stream, Approver *out);
};

} // namespace dataarts
