#pragma once

#include "Enums.h"
#include "JsonStream.h"

#include <QDateTime>
#include <QString>

namespace dataarts {

// One record of GET /v2/{pid}/design/table-model (TableModelVO).
struct TableModel {
    QString id;
    QString modelId;
    QString tbName;
    QString logicTbName;
    QString code;
    KnownEnum<BizStatus> status;
    QString dwType;
    QString dbName;
    QString owner;
    KnownEnum<EnvType> envType;
    QDateTime createTime;
    QDateTime updateTime;

    // Strict decode of one JSON object at the stream's position; false (the stream holds
    // the error) when a member has the wrong type or a required one is missing.
    static bool decode(JsonStream &stream, TableModel *out);
};

} // namespace dataarts
