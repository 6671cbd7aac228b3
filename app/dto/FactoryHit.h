#pragma once

#include "JsonStream.h"

#include <QDateTime>
#include <QString>

namespace dataarts {

// One hit of the Factory full-text search (SearchDetailV2, dataarts-api.md section 7.1.4): a
// job node or a script whose text names the searched words. Ids are opaque strings.
struct FactoryHit {
    QString id;
    QString docType; // "node" (a job's node) or "script"
    QString workspaceName;
    QString owner;
    QString jobId;
    QString jobName;
    QString nodeName;
    QString scriptId;
    QString scriptName;
    QDateTime lastModified;

    bool isScript() const { return docType == QLatin1String("script"); }
    // The job's or the script's name, as a person would look for it.
    QString displayName() const;

    static bool decode(JsonStream &stream, FactoryHit *out);
};

} // namespace dataarts
