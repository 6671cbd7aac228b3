#pragma once

#include "DecodeError.h"
#include "Enums.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace dataarts {

// A DataArts Studio instance of GET /v1/{pid}/instances (commodity_order_lists[]).
struct DataArtsInstance {
    QString id; // the instance id
    QString name;
    qint64 status = 0; // 2 = effective
    QString regionId;
    QDateTime createTime;

    // Strict decode of one JSON object; false with *error set when a field has the wrong
    // type or a required one is missing.
    static bool decode(const QJsonValue &value, const QString &path, DataArtsInstance *out,
                       DecodeError *error);
};

} // namespace dataarts
