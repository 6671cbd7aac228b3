#pragma once

#include "Enums.h"
#include "JsonStream.h"

#include <QDateTime>
#include <QString>

namespace dataarts {

// A model of GET /v2/{pid}/design/workspaces (WorkspaceVO: id is the model_id).
struct DesignModel {
    QString id;
    QString name;
    QString description;
    KnownEnum<ModelType> type; // workspace_type: THIRD_NF (relational) or DIMENSION
    QString dwType;

    // Strict decode of one JSON object at the stream's position; false (the stream holds
    // the error) when a member has the wrong type or a required one is missing.
    static bool decode(JsonStream &stream, DesignModel *out);
};

} // namespace dataarts
