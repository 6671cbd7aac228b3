#pragma once

#include "DecodeError.h"
#include "Enums.h"

#include <QDateTime>
#include <QJsonValue>
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

    // Strict decode of one JSON object; false with *error set when a field has the wrong
    // type or a required one is missing.
    static bool decode(const QJsonValue &value, const QString &path, ApiActionInstance *out,
                       DecodeError *error);
};

} // namespace dataarts
