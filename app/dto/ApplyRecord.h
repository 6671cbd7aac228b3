#pragma once

#include "Enums.h"
#include "JsonStream.h"

#include <QDateTime>
#include <QString>

namespace dataarts {

// An application or notification message of the DataService review center (RecordForApplyDetail,
// section 5b.1). Times are epoch ms on the wire.
struct ApplyRecord {
    QString id;
    KnownEnum<ApplyStatus> status;
    KnownEnum<ApplyType> type;
    QString apiId;
    QString apiName;
    QDateTime apiUsingTime; // usage deadline
    QString appId;
    QString appName;
    QDateTime applyTime;
    QDateTime approvalTime;
    QString approverName;
    QString comment;
    QString userName; // the applicant

    // Strict decode of one JSON object at the stream's position; false (the stream holds
    // the error) when a member has the wrong type or a required one is missing.
    static bool decode(JsonStream &stream, ApplyRecord *out);
};

} // namespace dataarts
