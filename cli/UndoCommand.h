#pragma once

#include "RunCommand.h"

namespace dataarts::cli {

// undo --run ID [--dry-run] [--format ...] [connection options]: the inverse of a finished
// run, for the items it actually changed (UndoPlan): STOP is undone by RECOVER, RECOVER by
// STOP. Before anything is sent, each pair's current state is read (UndoCheck): those
// changed since the run are skipped with the reason, printed on standard error. The undo
// run records the run it undoes ("undo_of"). Connects as the run did when no connection
// option is given.
class UndoCommand : public RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(UndoCommand)
public:
    QStringList words() const override { return {QStringLiteral("undo")}; }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace dataarts::cli
