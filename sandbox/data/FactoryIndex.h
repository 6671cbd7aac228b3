#pragma once

#include "CatalogGraph.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace dataarts::sandbox {

class EntityStore;

// One Factory document: the job node of a lineage process (its SQL names the table it
// reads and the one it writes), or a script naming one table.
struct FactoryDoc {
    enum Kind : quint8 { Node, Script };
    Kind kind = Node;
    int table = -1; // the source table of the process, or the table of the script
    int edge = 0;   // process: which output of the source table
};

// Factory full-text search over the seeded jobs and scripts. The documents follow from the
// lineage graph and (seed, table); their texts are built on the first search.
class FactoryIndex
{
public:
    FactoryIndex(quint64 seed, const EntityStore &entities, const CatalogGraph &catalog);

    bool hasScript(int table) const;
    // The documents naming `table`, as the ground truth sees them (not through the text).
    std::vector<FactoryDoc> docsNaming(int table) const;
    // Documents whose text contains `text` (case-insensitive), in index order.
    std::vector<FactoryDoc> search(const QString &text, bool nodes, bool scripts) const;

    QString id(const FactoryDoc &doc) const; // 32 hex
    QString jobId(const FactoryDoc &doc) const;
    QString scriptId(const FactoryDoc &doc) const;
    QString name(const FactoryDoc &doc) const; // job name or script name
    QString nodeName(const FactoryDoc &doc) const;
    QString text(const FactoryDoc &doc) const; // the SQL
    QString scriptType(const FactoryDoc &doc) const;
    QString nodeType(const FactoryDoc &doc) const;

private:
    quint64 m_seed;
    const EntityStore &m_entities;
    const CatalogGraph &m_catalog;
    mutable std::vector<FactoryDoc> m_docs;
    mutable std::vector<QByteArray> m_texts; // lower case
    mutable bool m_built = false;
};

} // namespace dataarts::sandbox
