#pragma once

#include "Enums.h"
#include "JsonStream.h"

#include <QDateTime>
#include <QString>

namespace dataarts {

// A DataArts Studio instance of GET /v1/{pid}/instances (commodity_order_lists[]).
struct DataArtsInstance {
    QString id; // the instance id
    QString name;
    qint64 status = 0; // 2 = effective
    QString regionId;
    QDateTime createTime;

    // Strict decode of one JSON object at the stream's position; false (the stream holds
    // the error) when a member has the wrong type or a required one is missing.
    static bool decode(JsonStream &stream, DataArtsInstance *out);
};

} // namespace dataarts
