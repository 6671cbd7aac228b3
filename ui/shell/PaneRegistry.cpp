#include "PaneRegistry.h"

#include "panes/apis/ApisPane.h"
#include "panes/tables/TablesPane.h"

namespace dataarts::ui {

QList<PaneRegistry::Entry> PaneRegistry::createPanes()
{
    QList<Entry> panes;
    panes.append({new TablesPane, PaneAction::TakeOffline});
    panes.append({new ApisPane, PaneAction::ApiActions});
    return panes;
}

} // namespace dataarts::ui
