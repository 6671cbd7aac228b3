#pragma once

#include "CatalogEntity.h"
#include "DecodeError.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace dataarts {

// GET /v3/{pid}/entities/{guid}/lineage (ShowLineage, dataarts-api.md section 7.1.3): the
// nodes by guid and the relations, which carry no type; walk them from the base entity.
struct LineageGraph {
    struct Relation {
        QString from;
        QString to;
    };
    struct Node {
        CatalogEntity entity;
        int depth = 0; // hops from the base entity, following the relations' direction
    };

    QString baseGuid;
    QHash<QString, CatalogEntity> entities;
    QList<Relation> relations;

    // Every node reachable from the base entity along the relations (from -> to), at most
    // maxDepth hops away (each relation one hop, a job node included), nearest first; the
    // base entity itself is not listed.
    QList<Node> downstream(int maxDepth) const;

    static bool decodeDocument(const QByteArray &body, LineageGraph *out, DecodeError *error);
};

} // namespace dataarts
