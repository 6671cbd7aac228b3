#pragma once

#include "ListCommand.h"

namespace dataarts::cli {

// apis list [--name X] [--format table|csv|json]: one row per API and cluster (exclusive
// edition: its publish messages), or one per API with its own status (shared edition, or
// not published anywhere). api_id and instance_id are what `api-action --target` takes.
class ApisListCommand : public ListCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApisListCommand)
public:
    QStringList words() const override { return {QStringLiteral("apis"), QStringLiteral("list")}; }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    std::optional<int> readOptions(const QCommandLineParser &parser) override;
    QList<Column> columns() const override;
    ListJob *createJob(Session *session) const override;
    void collect(ListJob *job, QList<QStringList> *rows) const override;

private:
    QString m_name;
};

} // namespace dataarts::cli
