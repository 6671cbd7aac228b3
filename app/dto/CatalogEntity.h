#pragma once

#include "JsonStream.h"

#include <QString>

namespace dataarts {

// One Data Catalog entity header (OpenEntityHeader, dataarts-api.md section 7.1.2), as the
// entity search and the lineage graph return it. The guid is an opaque string.
struct CatalogEntity {
    QString guid;
    QString typeName;
    QString displayText;
    QString database;       // attributes.database, when the catalog gives it
    QString qualifiedName;  // attributes.qualifiedName, when the catalog gives it
    QString connectionName; // connection.display_text

    // Strict decode of one JSON object at the stream's position; a null or absent guid is
    // allowed here (the lineage map keys carry it), a value of the wrong type is not.
    static bool decode(JsonStream &stream, CatalogEntity *out);
};

} // namespace dataarts
