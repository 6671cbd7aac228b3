#pragma once

#include "DecodeError.h"
#include "Enums.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace dataarts {

// A workspace of GET /v1/{pid}/workspaces/{instance_id}.
struct DataArtsWorkspace {
    QString id;
    QString name;
    QString description;
    qint64 isDefault = 0; // 1 (or true) for the default workspace
    QString instanceId;

    // Strict decode of one JSON object; false with *error set when a field has the wrong
    // type or a required one is missing.
    static bool decode(const QJsonValue &value, const QString &path, DataArtsWorkspace *out,
                       DecodeError *error);
};

} // namespace dataarts
