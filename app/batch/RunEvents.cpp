#include "RunEvents.h"

namespace dataarts {

int RunTotals::count(ItemState state) const
{
    switch (state) {
    case ItemState::Queued:
        return queued;
    case ItemState::Sending:
        return sending;
    case ItemState::Success:
        return success;
    case ItemState::Failed:
        return failed;
    case ItemState::PendingApproval:
        return pending;
    case ItemState::Scheduled:
        return scheduled;
    case ItemState::Unknown:
        return unknown;
    case ItemState::Cancelled:
        return cancelled;
    }
    return 0;
}

void RunTotals::add(ItemState state, int delta)
{
    switch (state) {
    case ItemState::Queued:
        queued += delta;
        break;
    case ItemState::Sending:
        sending += delta;
        break;
    case ItemState::Success:
        success += delta;
        break;
    case ItemState::Failed:
        failed += delta;
        break;
    case ItemState::PendingApproval:
        pending += delta;
        break;
    case ItemState::Scheduled:
        scheduled += delta;
        break;
    case ItemState::Unknown:
        unknown += delta;
        break;
    case ItemState::Cancelled:
        cancelled += delta;
        break;
    }
}

} // namespace dataarts
