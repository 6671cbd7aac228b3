#pragma once

#include <QFlags>

namespace dataarts::ui {

// The window's Actions a pane's selection can feed.
enum class PaneAction {
    None = 0,
    TakeOffline = 1 << 0, // "Take offline…" (Architecture entities)
    ApiActions = 1 << 1,  // "Unpublish / Stop / Recover…" (API × cluster pairs)
};
Q_DECLARE_FLAGS(PaneActions, PaneAction)
Q_DECLARE_OPERATORS_FOR_FLAGS(PaneActions)

} // namespace dataarts::ui
