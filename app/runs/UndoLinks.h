#pragma once

#include "journal/JournalRecords.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dataarts {

// The undo links of a run (issue 23) as History, the Progress view and the CLI say them:
// "Undo of run 12" (RunSummary::undoOf) and "Undone by run 15" (RunSummary::undoneBy).
// Run ids through QLocale, as the views show them.
class UndoLinks
{
    Q_DECLARE_TR_FUNCTIONS(dataarts::UndoLinks)
public:
    // Empty when the run undoes none / is undone by none.
    static QString undoOfText(const RunSummary &run);
    static QString undoneByText(const RunSummary &run);
    // Both that apply, in that order.
    static QStringList texts(const RunSummary &run);
    // The runs linked to this one: the one it undoes first, then those that undo it.
    static QList<qint64> linkedRuns(const RunSummary &run);
};

} // namespace dataarts
