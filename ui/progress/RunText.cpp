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
    case RunState::Finished:
        return tr("Finished");
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
    case RunState::Finished:
        return StatusTone::Good;
    case RunState::Cancelled:
        return StatusTone::Muted;
    }
    return StatusTone::Neutral;
}

RunState RunText::stateOf(const RunSummary &run, bool running)
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
    return RunState::Finished;
}

QString RunText::percent(double progress)
{
    //: A share in percent, e.g. "42 %"
    return tr("%1 %").arg(QLocale().toString(qBound(0.0, progress, 1.0) * 100.0, 'f', 0));
}

} // namespace dataarts::ui
