#include "RunTreeProxy.h"

#include "RunTreeModel.h"

#include "panes/common/ItemRoles.h"

namespace dataarts::ui {

RunTreeProxy::RunTreeProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(roles::Sort);
    setRecursiveFilteringEnabled(true);
}

void RunTreeProxy::setFailedOnly(bool failedOnly)
{
    if (m_failedOnly == failedOnly)
        return;
    m_failedOnly = failedOnly;
    invalidateRowsFilter();
}

bool RunTreeProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_failedOnly)
        return true;
    if (!sourceParent.isValid())
        return false; // a request shows when one of its items does
    const QVariant state =
        sourceModel()->index(sourceRow, 0, sourceParent).data(RunTreeModel::ItemStateRole);
    return state.isValid() && ItemState(state.toInt()) == ItemState::Failed;
}

} // namespace dataarts::ui
