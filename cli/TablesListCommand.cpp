#include "TablesListCommand.h"

#include "dto/BizType.h"
#include "journal/RunExport.h"

#include <QCommandLineParser>

namespace dataarts::cli {

QString TablesListCommand::summary() const
{
    return tr("List Architecture tables (the five table types)");
}

void TablesListCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("type"),
                                        tr("Table type, repeatable: %1 (default: all five).")
                                            .arg(bizTypes::tableTypes().join(QStringLiteral(", "))),
                                        tr("TYPE")));
    parser.addOption(QCommandLineOption(QStringLiteral("name"),
                                        tr("Only tables whose name or code contains this text."),
                                        tr("TEXT")));
    QStringList statuses;
    for (const BizStatus s : enumValues<BizStatus>())
        statuses.append(enumName(s));
    parser.addOption(QCommandLineOption(
        QStringLiteral("status"),
        tr("Only tables in this status: %1.").arg(statuses.join(QStringLiteral(", "))),
        tr("STATUS")));
}

std::optional<int> TablesListCommand::readOptions(const QCommandLineParser &parser)
{
    for (const QString &value : parser.values(QStringLiteral("type"))) {
        const QString type = value.trimmed().toUpper();
        if (!bizTypes::tableTypes().contains(type)) {
            err() << tr("Unknown table type \"%1\": use one of %2.")
                         .arg(value, bizTypes::tableTypes().join(QStringLiteral(", ")))
                  << Qt::endl;
            return ExitUsage;
        }
        if (!m_filter.bizTypes.contains(type))
            m_filter.bizTypes.append(type);
    }
    m_filter.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("status"))) {
        const QString status = parser.value(QStringLiteral("status")).trimmed().toUpper();
        if (!decodeEnum<BizStatus>(status).isKnown()) {
            err() << tr("Unknown status \"%1\".").arg(parser.value(QStringLiteral("status")))
                  << Qt::endl;
            return ExitUsage;
        }
        m_filter.status = status;
    }
    return std::nullopt;
}

QList<Column> TablesListCommand::columns() const
{
    return {{QStringLiteral("id"), tr("ID")},
            {QStringLiteral("name"), tr("NAME")},
            {QStringLiteral("code"), tr("CODE")},
            {QStringLiteral("biz_type"), tr("TYPE")},
            {QStringLiteral("status"), tr("STATUS")},
            {QStringLiteral("db_name"), tr("DATABASE")},
            {QStringLiteral("dw_type"), tr("WAREHOUSE")},
            {QStringLiteral("update_time"), tr("UPDATED")}};
}

ListJob *TablesListCommand::createJob(Session *session) const
{
    return new ListAllTablesJob(session, m_filter);
}

void TablesListCommand::collect(ListJob *job, QList<QStringList> *rows) const
{
    for (const AllTable &t : static_cast<ListAllTablesJob *>(job)->result().records) {
        rows->append({t.id, t.name, t.code, t.bizType, t.status.raw, t.dbName, t.dwType,
                      RunExport::timeText(t.updateTime)});
    }
}

} // namespace dataarts::cli
