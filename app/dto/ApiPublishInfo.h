#pragma once

#include "DecodeError.h"
#include "Enums.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace dataarts {

// Per-cluster publish state of an exclusive DataService API (ApiPublishDTO).
struct ApiPublishInfo {
    QString id;
    QString apiId;
    QString instanceId;
    QString instanceName;
    KnownEnum<ApiStatus> apiStatus;
    KnownEnum<ApiDebugStatus> apiDebug;

    // Strict decode of one JSON object; false with *error set when a field has the wrong
    // type or a required one is missing.
    static bool decode(const QJsonValue &value, const QString &path, ApiPublishInfo *out,
                       DecodeError *error);
};

} // namespace dataarts
