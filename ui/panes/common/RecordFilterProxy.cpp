#include "RecordFilterProxy.h"

#include "ItemRoles.h"
#include "RecordListModel.h"

namespace dataarts::ui {

RecordFilterProxy::RecordFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(roles::Sort);
    setDynamicSortFilter(true);
}

void RecordFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_records = qobject_cast<RecordListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

QString RecordFilterProxy::fold(const QString &text)
{
    return text.toCaseFolded();
}

QString RecordFilterProxy::fold(QString &&text)
{
    return std::move(text).toCaseFolded();
}

void RecordFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_records)
        m_records->prepareSort(column, true);
    emit aboutToRearrange();
    QSortFilterProxyModel::sort(column, order);
}

void RecordFilterProxy::setInstantFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    const QStringList terms = fold(text).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    if (m_records && sortColumn() >= 0)
        m_records->prepareSort(sortColumn(), false);
    emit aboutToRearrange();
    invalidate();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty() || sourceParent.isValid())
        return true;
    if (!m_records)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const QStringView text = m_records->searchText(sourceRow);
    for (const QString &term : m_terms) {
        if (!text.contains(term))
            return false;
    }
    return true;
}

bool RecordFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_records)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_records->lessThan(left.row(), right.row(), left.column());
}

} // namespace dataarts::ui
