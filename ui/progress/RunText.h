#pragma once

#include "batch/BatchRun.h"
#include "journal/JournalRecords.h"
#include "runmodel/ItemState.h"

#include "panes/common/StatusTone.h"

#include <QCoreApplication>
#include <QString>

namespace dataarts::ui {

// The state of a run as the Progress and History views show it.
enum class RunState {
    Running,          // running in the engine now
    Interrupted,      // unfinished in the journal and not running (resumable)
    AllDone,          // finished: every item succeeded, waits for approval or is scheduled
    DoneWithFailures, // finished: some items failed or stayed unknown
    AllFailed,        // finished: no item succeeded, waits or is scheduled
    Cancelled,
};

// Translated names and badge tones of item and run states, and the totals line.
class RunText
{
    Q_DECLARE_TR_FUNCTIONS(dataarts::ui::RunText)
public:
    static QString itemState(ItemState state);
    static StatusTone itemStateTone(ItemState state);
    static QString runState(RunState state);
    static StatusTone runStateTone(RunState state);
    // The state of a journal run; running tells whether the engine runs it now.
    // totals: the run's item counts (a finished run's badge says how it ended).
    static RunState stateOf(const RunSummary &run, bool running, const RunTotals &totals);
    // The state a finished run's totals give (all done / with failures / all failed).
    static RunState finishedState(const RunTotals &totals);
    // "Run 12 · Done with failures · 2,720 items: …": the Progress view's summary line.
    static QString summary(qint64 runId, RunState state, const RunTotals &totals);
    // "45 seconds", "3 minutes", "2 hours" (rounded).
    static QString duration(qint64 seconds);
    // "42 %" through QLocale; progress in 0..1.
    static QString percent(double progress);
};

} // namespace dataarts::ui
