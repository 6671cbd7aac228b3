#include "FactoryIndex.h"

#include "EntityStore.h"
#include "core/Rng.h"

namespace dataarts::sandbox {

namespace {

QString hex32(quint64 a, quint64 b)
{
    return QString::number(Rng::mix(a, b), 16).rightJustified(16, QLatin1Char('0')) +
           QString::number(Rng::mix(b, a), 16).rightJustified(16, QLatin1Char('0'));
}

QString qualified(const EntityView &v)
{
    return v.dbName + QLatin1Char('.') + v.code;
}

} // namespace

FactoryIndex::FactoryIndex(quint64 seed, const EntityStore &entities, const CatalogGraph &catalog)
    : m_seed(seed)
    , m_entities(entities)
    , m_catalog(catalog)
{}

bool FactoryIndex::hasScript(int table) const
{
    return m_catalog.hasEntity(table) && Rng::mix(m_seed ^ 0x5C817ULL, quint64(table)) % 100 < 15;
}

std::vector<FactoryDoc> FactoryIndex::docsNaming(int table) const
{
    std::vector<FactoryDoc> out;
    const CatalogNode self{CatalogNode::Table, table, 0};
    // In index order: processes writing it (earlier sources), its own script and outputs.
    for (const CatalogNode &p : m_catalog.previous(self))
        out.push_back(FactoryDoc{FactoryDoc::Node, p.table, p.edge});
    const int outputs = int(m_catalog.outputs(table).size());
    for (int k = 0; k < outputs; ++k)
        out.push_back(FactoryDoc{FactoryDoc::Node, table, k});
    if (hasScript(table))
        out.push_back(FactoryDoc{FactoryDoc::Script, table, 0});
    return out;
}

std::vector<FactoryDoc> FactoryIndex::search(const QString &text, bool nodes, bool scripts) const
{
    if (!m_built) {
        for (int i = 0; i < m_entities.tableCount(); ++i) {
            const int outputs = int(m_catalog.outputs(i).size());
            for (int k = 0; k < outputs; ++k)
                m_docs.push_back(FactoryDoc{FactoryDoc::Node, i, k});
            if (hasScript(i))
                m_docs.push_back(FactoryDoc{FactoryDoc::Script, i, 0});
        }
        m_texts.reserve(m_docs.size());
        for (const FactoryDoc &d : m_docs) {
            const QString all =
                name(d) + QLatin1Char('\n') + nodeName(d) + QLatin1Char('\n') + this->text(d);
            m_texts.push_back(all.toLower().toUtf8());
        }
        m_built = true;
    }
    const QByteArray needle = text.toLower().toUtf8();
    std::vector<FactoryDoc> out;
    for (size_t k = 0; k < m_docs.size(); ++k) {
        const FactoryDoc &d = m_docs[k];
        if ((d.kind == FactoryDoc::Node && !nodes) || (d.kind == FactoryDoc::Script && !scripts))
            continue;
        if (m_texts[k].contains(needle))
            out.push_back(d);
    }
    return out;
}

QString FactoryIndex::id(const FactoryDoc &d) const
{
    return hex32(m_seed ^ 0xD0C0ULL,
                 (quint64(d.kind) << 48) | (quint64(d.table) << 8) | quint64(d.edge));
}

QString FactoryIndex::jobId(const FactoryDoc &d) const
{
    return d.kind == FactoryDoc::Node
               ? hex32(m_seed ^ 0x70B0ULL, (quint64(d.table) << 8) | quint64(d.edge))
               : QString();
}

QString FactoryIndex::scriptId(const FactoryDoc &d) const
{
    return d.kind == FactoryDoc::Script ? hex32(m_seed ^ 0x5C217ULL, quint64(d.table)) : QString();
}

QString FactoryIndex::name(const FactoryDoc &d) const
{
    if (d.kind == FactoryDoc::Script)
        return QStringLiteral("script_") + m_entities.view(d.table).code;
    return m_catalog.jobName(CatalogNode{CatalogNode::Process, d.table, d.edge});
}

QString FactoryIndex::nodeName(const FactoryDoc &d) const
{
    if (d.kind == FactoryDoc::Script)
        return QString();
    return m_catalog.nodeName(CatalogNode{CatalogNode::Process, d.table, d.edge});
}

QString FactoryIndex::text(const FactoryDoc &d) const
{
    const EntityView source = m_entities.view(d.table);
    if (d.kind == FactoryDoc::Script) {
        return QStringLiteral("SELECT * FROM %1 WHERE dt = '${yesterday}' LIMIT 1000;")
            .arg(qualified(source));
    }
    const int t = m_catalog.target(CatalogNode{CatalogNode::Process, d.table, d.edge});
    const QString target = t >= 0 ? qualified(m_entities.view(t)) : QString();
    return QStringLiteral("INSERT OVERWRITE TABLE %1 SELECT * FROM %2 WHERE dt = '${yesterday}';")
        .arg(target, qualified(source));
}

QString FactoryIndex::scriptType(const FactoryDoc &d) const
{
    if (d.kind != FactoryDoc::Script)
        return QString();
    const QString dw = m_entities.view(d.table).dwType;
    if (dw == QLatin1String("DWS"))
        return QStringLiteral("DWS");
    if (dw == QLatin1String("MRS_HIVE"))
        return QStringLiteral("HIVE");
    if (dw == QLatin1String("POSTGRESQL") || dw == QLatin1String("DORIS"))
        return QStringLiteral("RDS");
    if (dw == QLatin1String("CLICKHOUSE"))
        return QStringLiteral("ClickHouse");
    return QStringLiteral("DLI");
}

QString FactoryIndex::nodeType(const FactoryDoc &d) const
{
    if (d.kind != FactoryDoc::Node)
        return QString();
    const QString dw = m_entities.view(d.table).dwType;
    if (dw == QLatin1String("DWS"))
        return QStringLiteral("com.cloud.datacraft.processactivity.ExecuteDWSJob");
    if (dw == QLatin1String("MRS_HIVE"))
        return QStringLiteral("com.cloud.datacraft.processactivity.ExecuteHiveJob");
    return QStringLiteral("com.cloud.datacraft.activity.DLISQL");
}

} // namespace dataarts::sandbox
