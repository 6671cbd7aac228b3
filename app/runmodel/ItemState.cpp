#include "ItemState.h"

#include <array>
#include <utility>

namespace dataarts::itemStates {

namespace {

constexpr std::array<std::pair<ItemState, const char *>, 8> kStateNames = {{
    {ItemState::Queued, "QUEUED"},
    {ItemState::Sending, "SENDING"},
    {ItemState::Success, "SUCCESS"},
    {ItemState::Failed, "FAILED"},
    {ItemState::PendingApproval, "PENDING_APPROVAL"},
    {ItemState::Scheduled, "SCHEDULED"},
    {ItemState::Unknown, "UNKNOWN"},
    {ItemState::Cancelled, "CANCELLED"},
}};

} // namespace

QString name(ItemState state)
{
    for (const auto &[value, text] : kStateNames) {
        if (value == state)
            return QString::fromLatin1(text);
    }
    return QString();
}

bool fromName(const QString &name, ItemState *state)
{
    for (const auto &[value, text] : kStateNames) {
        if (name == QLatin1String(text)) {
            *state = value;
            return true;
        }
    }
    return false;
}

bool isFinal(ItemState state)
{
    switch (state) {
    case ItemState::Success:
    case ItemState::Failed:
    case ItemState::PendingApproval:
    case ItemState::Scheduled:
    case ItemState::Cancelled:
        return true;
    case ItemState::Queued:
    case ItemState::Sending:
    case ItemState::Unknown:
        return false;
    }
    return false;
}

} // namespace dataarts::itemStates
