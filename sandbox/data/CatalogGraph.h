#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dataarts::sandbox {

class EntityStore;

// A node of the catalog: a physical table, or the Factory job node (a "process") that
// reads one table and writes another.
struct CatalogNode {
    enum Kind : quint8 { Table, Process };
    Kind kind = Table;
    int table = -1; // the table, or the source table of the process
    int edge = 0;   // process: which output of the source table

    bool operator==(const CatalogNode &o) const
    {
        return kind == o.kind && table == o.table && (kind == Table || edge == o.edge);
    }
};

// A data connection the catalog and DataService APIs name (one per warehouse type).
struct CatalogConnection {
    QString id;             // DataService connection_id (32 hex)
    QString guid;           // catalog connection guid
    QString name;           // connection_name / display_text
    QString connectionType; // DLI, DWS, HIVE, RDS, ...
    QString datasourceType; // datasource_config.type: MYSQL, DLI, DWS, HIVE, HBASE
    QString typeName;       // catalog type_name of its tables (dli_table, ...)
};

// The seeded DataArts Catalog: an entity (opaque guid) per physical table, and downstream
// lineage table -> process -> table derived from (seed, index): most tables have none,
// some one or two outputs, each to a later table, so chains of any depth appear. Guids
// encode the node, so nothing is stored per table; the search cache is built on first use.
class CatalogGraph
{
public:
    CatalogGraph(quint64 seed, const EntityStore &entities);

    bool hasEntity(int table) const;
    QString guid(const CatalogNode &node) const;
    std::optional<CatalogNode> node(const QString &guid) const; // empty: unknown
    QString relationshipId(const CatalogNode &from, const CatalogNode &to) const;

    // The tables written by the processes reading `table` (process edge k -> targets[k]).
    QList<int> outputs(int table) const;
    // Downstream / upstream neighbours: table -> its processes -> their target tables.
    QList<CatalogNode> next(const CatalogNode &node) const;
    QList<CatalogNode> previous(const CatalogNode &node) const;
    // The target table of a process.
    int target(const CatalogNode &process) const;

    // The nodes within `maxDepth` hops of `base`, downstream (next) or upstream (previous),
    // with their hop counts: a hop is a table -> process step (a process and the table it
    // writes share a depth). The relations met are added to *relations in data-flow
    // order (from -> to), each once.
    struct Reached {
        CatalogNode node;
        int depth = 0;
    };
    QList<Reached> walk(const CatalogNode &base, bool downstream, int maxDepth,
                        QList<QPair<CatalogNode, CatalogNode>> *relations) const;
    static quint64 key(const CatalogNode &node);

    const CatalogConnection &connection(const QString &dwType) const;
    QStringList tableTypeNames() const;

    // Physical tables whose code or description contains `query` (case-insensitive) and
    // whose type_name is one of `typeNames`, in creation order.
    std::vector<int> search(const QString &query, const QStringList &typeNames,
                            const QString &database) const;

    // Job and node names of a process, for lineage headers and Factory.
    QString jobName(const CatalogNode &process) const;
    QString nodeName(const CatalogNode &process) const;

    static constexpr int MaxUpstreamDistance = 20;

private:
    struct Cached {
        QByteArray text; // code and description, lower case, UTF-8
        QString db;
        int connection = 0;
    };
    quint64 hash(int table) const;
    int connectionIndex(const QString &dwType) const;

    quint64 m_seed;
    const EntityStore &m_entities;
    QList<CatalogConnection> m_connections;
    mutable std::vector<int> m_searchTables;
    mutable std::vector<Cached> m_cache;
};

} // namespace dataarts::sandbox
