#pragma once

#include "Enums.h"
#include "JsonStream.h"

#include <QDateTime>
#include <QString>

namespace dataarts {

// A workspace of GET /v1/{pid}/workspaces/{instance_id}.
struct DataArtsWorkspace {
    QString id;
    QString name;
    QString description;
    qint64 isDefault = 0; // 1 (or true) for the default workspace
    QString instanceId;

    // Strict decode of one JSON object at the stream's position; false (the stream holds
    // the error) when a member has the wrong type or a required one is missing.
    static bool decode(JsonStream &stream, DataArtsWorkspace *out);
};

} // namespace dataarts
