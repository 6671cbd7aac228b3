#pragma once

#include "Enums.h"
#include "JsonStream.h"

#include <QDateTime>
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

    // Strict decode of one JSON object at the stream's position; false (the stream holds
    // the error) when a member has the wrong type or a required one is missing.
    static bool decode(JsonStream &stream, ApiPublishInfo *out);
};

} // namespace dataarts
