#include "RunText.h"

#include <QLocale>

namespace dataarts::ui {

QString RunText::itemState(ItemState state)
{
    switch (state) {
    case ItemState::Queued:
        return tr("Queued");
    case ItemState::Sending:
        return tr("Sending");
    case ItemState::Success:
        return tr("Succeeded");
    case ItemState::Failed:
        return tr("Failed");
    case ItemState::PendingApproval:
        return tr("Pending approval");
    case ItemState::Scheduled:
        return tr("Scheduled");
    case ItemState::Unknown:
        return tr("Unknown (reconciling)");
    case ItemState::Cancelled:
        return tr("Cancelled");
    }
    return itemStates::name(state);
}

StatusTone RunText::itemStateTone(ItemState state)
{
    switch (state) {
    case ItemState::Success:
        return StatusTone::Good;
    case ItemState::Failed:
        return StatusTone::Bad;
    case ItemState::PendingApproval:
    case ItemState::Scheduled:
        return StatusTone::Pending;
    case ItemState::Unknown:
        return StatusTone::Attention;
    case ItemState::Cancelled:
        return StatusTone::Muted;
    case ItemState::Queued:
    case ItemState::Sending:
        break;
    }
    return StatusTone::Neutral;
}

QString RunText::runState(RunState state)
{
    switch (state) {
    case RunState::Running:
        return tr("Running");
    case RunState::Interrupted:
        return tr("Interrupted");
    case RunState::AllDone:
        return tr("All done");
    case RunState::DoneWithFailures:
        return tr("Done with failures");
    case RunState::AllFailed:
        return tr("All failed");
    case RunState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

StatusTone RunText::runStateTone(RunState state)
{
    switch (state) {
    case RunState::Running:
        return StatusTone::Pending;
    case RunState::Interrupted:
        return StatusTone::Attention;
    case RunState::AllDone:
        return StatusTone::Good;
    case RunState::DoneWithFailures:
        return StatusTone::Attention;
    case RunState::AllFailed:
        return StatusTone::Bad;
    case RunState::Cancelled:
        return StatusTone::Muted;
    }
    return StatusTone::Neutral;
}

RunState RunText::finishedState(const RunTotals &t)
{
    if (t.failed + t.unknown == 0)
        return RunState::AllDone;
    if (t.success + t.pending + t.scheduled == 0)
        return RunState::AllFailed;
    return RunState::DoneWithFailures;
}

RunState RunText::stateOf(const RunSummary &run, bool running, const RunTotals &totals)
{
    if (running)
        return RunState::Running;
    switch (run.status()) {
    case RunStatus::Running:
        return RunState::Interrupted;
    case RunStatus::Cancelled:
        return RunState::Cancelled;
    case RunStatus::Finished:
        break;
    }
    return finishedState(totals);
}

QString RunText::summary(qint64 runId, RunState state, const RunTotals &t)
{
    const QLocale loc;
    QString text =
        tr("Run %1 · %2 · %n item(s): %3 succeeded, %4 failed, %5 waiting for "
           "approval, %6 scheduled, %7 unknown · %8 completed",
           nullptr, t.total)
            .arg(loc.toString(runId), runState(state), loc.toString(t.success),
                 loc.toString(t.failed), loc.toString(t.pending), loc.toString(t.scheduled),
                 loc.toString(t.unknown), percent(t.progress()));
    if (state == RunState::Running && t.itemsPerSecond > 0.0) {
        const int left = t.total - t.finalCount();
        const qint64 seconds = qint64(left / t.itemsPerSecond + 0.5);
        text += tr(" · %1 items/s · about %2 left")
                    .arg(loc.toString(t.itemsPerSecond, 'f', t.itemsPerSecond < 10 ? 1 : 0),
                         duration(seconds));
    }
    return text;
}

QString RunText::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n second(s)", nullptr, int(qMax<qint64>(1, seconds)));
    if (seconds < 3600)
        return tr("%n minute(s)", nullptr, int((seconds + 30) / 60));
    return tr("%n hour(s)", nullptr, int((seconds + 1800) / 3600));
}

QString RunText::percent(double progress)
{
    //: A share in percent, e.g. "42 %"
    return tr("%1 %").arg(QLocale().toString(qBound(0.0, progress, 1.0) * 100.0, 'f', 0));
}

} // namespace dataarts::ui
