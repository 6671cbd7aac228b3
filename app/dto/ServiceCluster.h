#pragma once

#include "Enums.h"
#include "JsonStream.h"

#include <QDateTime>
#include <QString>

namespace dataarts {

// A DataService exclusive cluster of GET /v1/{pid}/service/instances.
struct ServiceCluster {
    QString id;
    QString name;
    QString description;
    QString intranetAddress;
    QString externalAddress;
    QString instanceStatus;
    qint64 nodeNum = 0;
    qint64 publishedApiCount = 0;
    qint64 publishableApiCount = 0;

    // Strict decode of one JSON object at the stream's position; false (the stream holds
    // the error) when a member has the wrong type or a required one is missing.
    static bool decode(JsonStream &stream, ServiceCluster *out);
};

} // namespace dataarts
