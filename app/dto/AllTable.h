#pragma once

#include "DecodeError.h"
#include "Enums.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace dataarts {

// One record of GET /v2/{pid}/design/all-tables (AllTableVO, dataarts-api.md section 3).
struct AllTable {
    QString id;
    QString name;
    QString code;
    QString bizType; // one of bizTypes::tableTypes() (kept verbatim)
    KnownEnum<BizStatus> status;
    QString dbName;
    QString dwType; // DLI, DWS, MRS_HIVE, ...
    QString workspaceId;
    QDateTime updateTime;

    // Strict decode of one JSON object; false with *error set when a field has the wrong
    // type or a required one is missing.
    static bool decode(const QJsonValue &value, const QString &path, AllTable *out,
                       DecodeError *error);
};

} // namespace dataarts
