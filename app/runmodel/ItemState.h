#pragma once

#include <QString>

namespace dataarts {

// The state of one item of a run (spec/product.md "Item states"). Every item of every run
// ends in exactly one final state.
enum class ItemState {
    Queued,
    Sending,
    Success,
    Failed,          // with code and remark
    PendingApproval, // batch offline without fast approval: waits for a reviewer
    Scheduled,       // accepted, takes effect at a given time
    Unknown,         // the request may or may not have been applied: being reconciled
    Cancelled,
};

namespace itemStates {

// Stable names for the journal, exports and the CLI's JSON: "QUEUED", "SENDING", ...
QString name(ItemState state);
// False for an unknown name (state left unchanged).
bool fromName(const QString &name, ItemState *state);
bool isFinal(ItemState state);

} // namespace itemStates
} // namespace dataarts
