#pragma once

#include "Command.h"
#include "OutputFormatter.h"

#include <QList>
#include <QStringList>

class QCommandLineParser;

namespace dataarts {
class ListJob;
class Session;
} // namespace dataarts

namespace dataarts::cli {

// The listings ("tables list", "approvers list", "apis list"): connection options and
// --format, every page fetched (limit 100) through the Pager, then the records printed by
// OutputFormatter. Exit 0, or the error's status (exitStatus::forError).
class ListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
public:
    int run(const QStringList &arguments) final;

protected:
    // The command's own options and their checks (nullopt: fine; else the exit status,
    // the message printed).
    virtual void addOptions(QCommandLineParser &parser) { Q_UNUSED(parser) }
    virtual std::optional<int> readOptions(const QCommandLineParser &parser)
    {
        Q_UNUSED(parser)
        return std::nullopt;
    }
    virtual QList<Column> columns() const = 0;
    // A fresh job for the listing with the filters set.
    virtual ListJob *createJob(Session *session) const = 0;
    // The rows of a page (one or more per record), in the order of columns().
    virtual void collect(ListJob *job, QList<QStringList> *rows) const = 0;
};

} // namespace dataarts::cli
