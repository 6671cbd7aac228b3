#pragma once

#include "Enums.h"
#include "JsonStream.h"

#include <QDateTime>
#include <QString>

namespace dataarts {

// A project of GET /v3/projects.
struct IamProject {
    QString id;
    QString name;
    QString domainId;
    bool enabled = false;

    // Strict decode of one JSON object at the stream's position; false (the stream holds
    // the error) when a member has the wrong type or a required one is missing.
    static bool decode(JsonStream &stream, IamProject *out);
};

} // namespace dataarts
