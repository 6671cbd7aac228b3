#pragma once

#include "DecodeError.h"
#include "Enums.h"

#include <QDateTime>
#include <QJsonValue>
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

    // Strict decode of one JSON object; false with *error set when a field has the wrong
    // type or a required one is missing.
    static bool decode(const QJsonValue &value, const QString &path, ServiceCluster *out,
                       DecodeError *error);
};

} // namespace dataarts
