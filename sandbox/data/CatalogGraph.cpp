#include "CatalogGraph.h"

#include "EntityStore.h"
#include "core/Rng.h"

#include <QHash>
#include <QSet>

#include <deque>

namespace dataarts::sandbox {

namespace {

constexpr quint64 kGuidKeyA = 0xCA7A106ULL;
constexpr quint64 kGuidKeyB = 0x6E1D5ULL;

QString hex16(quint64 v)
{
    return QString::number(v, 16).rightJustified(16, QLatin1Char('0'));
}

// 32 hex digits as 8-4-4-4-12.
QString dashed(const QString &hex)
{
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) +
           QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20);
}

quint64 payloadOf(const CatalogNode &n)
{
    return (quint64(n.kind) << 40) | (quint64(quint32(n.table)) << 8) |
           quint64(n.kind == CatalogNode::Process ? n.edge : 0);
}

} // namespace

CatalogGraph::CatalogGraph(quint64 seed, const EntityStore &entities)
    : m_seed(seed)
    , m_entities(entities)
{
    struct Kind {
        const char *dw, *conn, *ds, *type;
    };
    static const Kind kinds[] = {
        {"DLI", "DLI", "DLI", "dli_table"},
        {"DWS", "DWS", "DWS", "dws_table"},
        {"MRS_HIVE", "HIVE", "HIVE", "hive_table"},
        {"POSTGRESQL", "RDS", "MYSQL", "postgre_table"},
        {"CLICKHOUSE", "CLICKHOUSE", "MYSQL", "clickhouse_table"},
        {"DORIS", "DORIS", "MYSQL", "doris_table"},
    };
    int k = 0;
    for (const Kind &kind : kinds) {
        CatalogConnection c;
        c.id = hex16(Rng::mix(seed ^ 0xC0111ULL, quint64(k))) +
               hex16(Rng::mix(seed ^ 0xC0112ULL, quint64(k)));
        c.guid = dashed(hex16(Rng::mix(seed ^ 0xC0113ULL, quint64(k))) +
                        hex16(Rng::mix(seed ^ 0xC0114ULL, quint64(k))));
        c.name = QString::fromLatin1(kind.conn).toLower() + QStringLiteral("_sandbox_conn");
        c.connectionType = QString::fromLatin1(kind.conn);
        c.datasourceType = QString::fromLatin1(kind.ds);
        c.typeName = QString::fromLatin1(kind.type);
        m_connections.append(c);
        ++k;
    }
}

quint64 CatalogGraph::hash(int table) const
{
    return Rng::mix(m_seed ^ 0x11AE46EULL, quint64(table));
}

bool CatalogGraph::hasEntity(int table) const
{
    return m_entities.isPhysicalTable(table);
}

QString CatalogGraph::guid(const CatalogNode &node) const
{
    const quint64 payload = payloadOf(node);
    const quint64 a = Rng::mix(m_seed ^ kGuidKeyA, payload);
    const quint64 b = payload + Rng::mix(m_seed ^ kGuidKeyB, a);
    return dashed(hex16(a) + hex16(b));
}

std::optional<CatalogNode> CatalogGraph::node(const QString &guid) const
{
    QString hex = guid;
    hex.remove(QLatin1Char('-'));
    if (hex.size() != 32 || guid.size() != 36)
        return std::nullopt;
    bool okA = false;
    bool okB = false;
    const quint64 a = hex.left(16).toULongLong(&okA, 16);
    const quint64 b = hex.mid(16).toULongLong(&okB, 16);
    if (!okA || !okB)
        return std::nullopt;
    const quint64 payload = b - Rng::mix(m_seed ^ kGuidKeyB, a);
    if (Rng::mix(m_seed ^ kGuidKeyA, payload) != a || (payload >> 41) != 0)
        return std::nullopt;
    CatalogNode n;
    n.kind = (payload >> 40) & 1 ? CatalogNode::Process : CatalogNode::Table;
    n.table = int((payload >> 8) & 0xFFFFFFFFULL);
    n.edge = int(payload & 0xFF);
    if (!hasEntity(n.table))
        return std::nullopt;
    if (n.kind == CatalogNode::Process && n.edge >= outputs(n.table).size())
        return std::nullopt;
    if (n.kind == CatalogNode::Table && n.edge != 0)
        return std::nullopt;
    if (this->guid(n).compare(guid, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return n;
}

QString CatalogGraph::relationshipId(const CatalogNode &from, const CatalogNode &to) const
{
    const quint64 a = Rng::mix(payloadOf(from), payloadOf(to));
    return dashed(hex16(Rng::mix(m_seed ^ 0x4E1ULL, a)) + hex16(Rng::mix(m_seed ^ 0x4E2ULL, a)));
}

QList<int> CatalogGraph::outputs(int table) const
{
    QList<int> out;
    if (!hasEntity(table))
        return out;
    const quint64 h = hash(table);
    const int p = int(h % 100);
    const int count = p < 55 ? 0 : p < 88 ? 1 : 2;
    for (int k = 0; k < count; ++k) {
        const int t = table + 1 + int((h >> (8 + 8 * k)) % MaxUpstreamDistance);
        if (t < m_entities.tableCount() && hasEntity(t) && !out.contains(t))
            out.append(t);
    }
    return out;
}

int CatalogGraph::target(const CatalogNode &process) const
{
    const QList<int> out = outputs(process.table);
    return process.edge < out.size() ? out.at(process.edge) : -1;
}

QList<CatalogNode> CatalogGraph::next(const CatalogNode &node) const
{
    QList<CatalogNode> out;
    if (node.kind == CatalogNode::Process) {
        const int t = target(node);
        if (t >= 0)
            out.append(CatalogNode{CatalogNode::Table, t, 0});
        return out;
    }
    const int n = int(outputs(node.table).size());
    for (int k = 0; k < n; ++k)
        out.append(CatalogNode{CatalogNode::Process, node.table, k});
    return out;
}

QList<CatalogNode> CatalogGraph::previous(const CatalogNode &node) const
{
    QList<CatalogNode> out;
    if (node.kind == CatalogNode::Process) {
        out.append(CatalogNode{CatalogNode::Table, node.table, 0});
        return out;
    }
    for (int s = qMax(0, node.table - MaxUpstreamDistance); s < node.table; ++s) {
        const QList<int> targets = outputs(s);
        for (int k = 0; k < targets.size(); ++k) {
            if (targets.at(k) == node.table)
                out.append(CatalogNode{CatalogNode::Process, s, k});
        }
    }
    return out;
}

int CatalogGraph::connectionIndex(const QString &dwType) const
{
    static const QStringList order = {QStringLiteral("DLI"),        QStringLiteral("DWS"),
                                      QStringLiteral("MRS_HIVE"),   QStringLiteral("POSTGRESQL"),
                                      QStringLiteral("CLICKHOUSE"), QStringLiteral("DORIS")};
    return qMax(0, int(order.indexOf(dwType)));
}

const CatalogConnection &CatalogGraph::connection(const QString &dwType) const
{
    return m_connections.at(connectionIndex(dwType));
}

QStringList CatalogGraph::tableTypeNames() const
{
    QStringList out;
    for (const CatalogConnection &c : m_connections)
        out.append(c.typeName);
    return out;
}

std::vector<int> CatalogGraph::search(const QString &query, const QStringList &typeNames,
                                      const QString &database) const
{
    if (m_cache.empty() && m_searchTables.empty()) {
        for (int i = 0; i < m_entities.tableCount(); ++i) {
            if (!hasEntity(i))
                continue;
            const EntityView v = m_entities.view(i);
            m_searchTables.push_back(i);
            // A newline cannot be in a query's match, so code and description stay apart.
            m_cache.push_back(
                Cached{QString(v.code + QLatin1Char('\n') + v.description).toLower().toUtf8(),
                       v.dbName, connectionIndex(v.dwType)});
        }
    }
    QList<bool> typeWanted;
    for (const CatalogConnection &c : m_connections)
        typeWanted.append(typeNames.contains(c.typeName));
    const QByteArray needle = query.toLower().toUtf8();
    std::vector<int> out;
    for (size_t k = 0; k < m_cache.size(); ++k) {
        const Cached &c = m_cache[k];
        if (!typeWanted.at(c.connection))
            continue;
        if (!database.isEmpty() && c.db != database)
            continue;
        if (!c.text.contains(needle))
            continue;
        out.push_back(m_searchTables[k]);
    }
    return out;
}

quint64 CatalogGraph::key(const CatalogNode &node)
{
    return payloadOf(node);
}

QList<CatalogGraph::Reached>
CatalogGraph::walk(const CatalogNode &base, bool downstream, int maxDepth,
                   QList<QPair<CatalogNode, CatalogNode>> *relations) const
{
    QHash<quint64, int> dist;
    QList<CatalogNode> order;
    QSet<QPair<quint64, quint64>> seenRelations;
    std::deque<std::pair<CatalogNode, int>> queue;
    dist.insert(key(base), 0);
    order.append(base);
    queue.push_back({base, 0});
    while (!queue.empty()) {
        const auto [n, d] = queue.front();
        queue.pop_front();
        if (d > dist.value(key(n)))
            continue;
        const int w = n.kind == CatalogNode::Table ? 1 : 0;
        for (const CatalogNode &m : downstream ? next(n) : previous(n)) {
            const int nd = d + w;
            if (nd > maxDepth)
                continue;
            const CatalogNode &from = downstream ? n : m;
            const CatalogNode &to = downstream ? m : n;
            if (relations && !seenRelations.contains({key(from), key(to)})) {
                seenRelations.insert({key(from), key(to)});
                relations->append({from, to});
            }
            const auto it = dist.constFind(key(m));
            if (it != dist.constEnd() && *it <= nd)
                continue;
            if (it == dist.constEnd())
                order.append(m);
            dist.insert(key(m), nd);
            if (w == 0)
                queue.push_front({m, nd});
            else
                queue.push_back({m, nd});
        }
    }
    QList<Reached> out;
    for (const CatalogNode &n : std::as_const(order))
        out.append(Reached{n, dist.value(key(n))});
    return out;
}

QString CatalogGraph::jobName(const CatalogNode &process) const
{
    return QStringLiteral("job_") + m_entities.view(process.table).code + QLatin1Char('_') +
           QString::number(process.edge + 1);
}

QString CatalogGraph::nodeName(const CatalogNode &process) const
{
    const int t = target(process);
    return QStringLiteral("insert_") + (t >= 0 ? m_entities.view(t).code : QString());
}

} // namespace dataarts::sandbox
