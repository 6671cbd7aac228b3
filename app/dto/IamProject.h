#pragma once

#include "DecodeError.h"
#include "Enums.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace dataarts {

// A project of GET /v3/projects.
struct IamProject {
    QString id;
    QString name;
    QString domainId;
    bool enabled = false;

    // Strict decode of one JSON object; false with *error set when a field has the wrong
    // type or a required one is missing.
    static bool decode(const QJsonValue &value, const QString &path, IamProject *out,
                       DecodeError *error);
};

} // namespace dataarts
