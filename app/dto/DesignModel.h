#pragma once

#include "DecodeError.h"
#include "Enums.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace dataarts {

// A model of GET /v2/{pid}/design/workspaces (WorkspaceVO: id is the model_id).
struct DesignModel {
    QString id;
    QString name;
    QString description;
    KnownEnum<ModelType> type; // workspace_type: THIRD_NF (relational) or DIMENSION
    QString dwType;

    // Strict decode of one JSON object; false with *error set when a field has the wrong
    // type or a required one is missing.
    static bool decode(const QJsonValue &value, const QString &path, DesignModel *out,
                       DecodeError *error);
};

} // namespace dataarts
