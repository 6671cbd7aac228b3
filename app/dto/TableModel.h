#pragma once

#include "DecodeError.h"
#include "Enums.h"

#include <QDateTime>
#include <QJsonValue>
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

    // Strict decode of one JSON object; false with *error set when a field has the wrong
    // type or a required one is missing.
    static bool decode(const QJsonValue &value, const QString &path, TableModel *out,
                       DecodeError *error);
};

} // namespace dataarts
