#pragma once

#include "ListCommand.h"

#include "client/jobs/ListAllTablesJob.h"

namespace dataarts::cli {

// tables list [--type T]... [--name X] [--status S] [--format table|csv|json]
class TablesListCommand : public ListCommand
{
    Q_DECLARE_TR_FUNCTIONS(TablesListCommand)
public:
    QStringList words() const override
    {
        return {QStringLiteral("tables"), QStringLiteral("list")};
    }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    std::optional<int> readOptions(const QCommandLineParser &parser) override;
    QList<Column> columns() const override;
    ListJob *createJob(Session *session) const override;
    void collect(ListJob *job, QList<QStringList> *rows) const override;

private:
    ListAllTablesJob::Filter m_filter;
};

} // namespace dataarts::cli
