#pragma once

#include "Enums.h"
#include "JsonStream.h"

#include <QDateTime>
#include <QString>

namespace dataarts {

// A cluster of GET .../apis/{api_id}/instances?action= : whether the action is possible there.
struct ApiActionInstance {
    QString instanceId;
    QString instanceType;
    QString name;
    KnownEnum<ApiAction> action;
    bool result = false; // true: the action is possible on this cluster
    QString cause;
    KnownEnum<ApiStatus> apiStatus;
    KnownEnum<ApiDebugStatus> apiDebug;

    // Strict decode of one JSON object at the stream's position; false (the stream holds
    // the error) when a member has the wrong type or a required one is missing.
    static bool decode(JsonStream &stream, ApiActionInstance *out);
};

} // namespace dataarts
