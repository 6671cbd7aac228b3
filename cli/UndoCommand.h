#pragma once

#include "RunCommand.h"

namespace dataarts::cli {

// undo --run ID [--dry-run] [--approver-id ID --approver-name NAME] [--fast] [--format ...]
// [connection options]: the inverse of a finished run, for the items it actually changed
// (UndoPlan): STOP is undone by RECOVER, RECOVER by STOP, a batch offline by a batch publish
// (the approver options as "offline" names them; default: the run's approver and fast
// approval). Before anything is sent, each target's current state is read (UndoCheck): those
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
