#include "PaneRegistry.h"

#include "history/HistoryView.h"
#include "panes/apis/ApisPane.h"
#include "panes/approvals/ApprovalsPane.h"
#include "panes/tables/TablesPane.h"
#include "waiting/WaitingView.h"

namespace dataarts::ui {

QList<PaneRegistry::Entry> PaneRegistry::createPanes(RunCenter *runs)
{
    QList<Entry> panes;
    panes.append({new TablesPane, PaneAction::TakeOffline});
    panes.append({new ApisPane, PaneAction::ApiActions});
    panes.append({new ApprovalsPane, PaneAction::None});
    panes.append({new HistoryView(runs), PaneAction::None});
    panes.append({new WaitingView(runs), PaneAction::None});
    return panes;
}

} // namespace dataarts::ui
