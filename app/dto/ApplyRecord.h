#pragma once

#include "DecodeError.h"
#include "Enums.h"

#include <QDateTime>
#include <QJsonValue>
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

    // Strict decode of one JSON object; false with *error set when a field has the wrong
    // type or a required one is missing.
    static bool decode(const QJsonValue &value, const QString &path, ApplyRecord *out,
                       DecodeError *error);
};

} // namespace dataarts
