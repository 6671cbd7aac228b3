#pragma once

#include "Enums.h"
#include "JsonStream.h"

#include <QDateTime>
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

    // Strict decode of one JSON object at the stream's position; false (the stream holds
    // the error) when a member has the wrong type or a required one is missing.
    static bool decode(JsonStream &stream, AllTable *out);
};

} // namespace dataarts
