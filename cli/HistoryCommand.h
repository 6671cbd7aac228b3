#pragma once

#include "Command.h"

namespace dataarts::cli {

// history [--run ID] [--limit N] [--format ...]: the runs of the journal the app and the
// CLI share (newest first: id, kind, profile, created, status, totals), or one run's items.
class HistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
public:
    QStringList words() const override { return {QStringLiteral("history")}; }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace dataarts::cli
