#pragma once

#include "Command.h"
#include "OutputFormatter.h"

namespace dataarts::cli {

// history [--run ID] [--limit N] [--waiting] [--format ...]: the runs of the journal the app
// and the CLI share (newest first: id, kind, profile, created, status, totals, and the undo
// links undo_of / undone_by), or one run's items (RunReport); with --waiting, the items of every run (or of --run) that still wait (WaitingRows).
class HistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
public:
    QStringList words() const override { return {QStringLiteral("history")}; }
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    static int listWaiting(OutputFormat format, const QString &path, qint64 runId);
};

} // namespace dataarts::cli
