#include "PaneRegistry.h"

namespace dataarts::ui {

QList<PaneRegistry::Entry> PaneRegistry::createPanes()
{
    QList<Entry> panes;
    // One line per pane, e.g.:
    //   panes.append({new TablesPane, PaneAction::TakeOffline});
    //   panes.append({new ApisPane, PaneAction::ApiActions});
    return panes;
}

} // namespace dataarts::ui
