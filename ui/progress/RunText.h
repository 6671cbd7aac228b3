#pragma once

#include "batch/BatchRun.h"
#include "batch/ItemState.h"
#include "journal/JournalRecords.h"

#include "panes/common/StatusTone.h"

#include <QCoreApplication>
#include <QString>

namespace dataarts::ui {

// The state of a run as the Progress and History views show it.
enum class RunState {
    Running,     // running in the engine now
    Interrupted, // unfinished in the journal and not running (resumable)
    Finished,
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
    static RunState stateOf(const RunSummary &run, bool running);
    // "42 %" through QLocale; progress in 0..1.
    static QString percent(double progress);
};

} // namespace dataarts::ui
