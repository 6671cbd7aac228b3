#include "TablesModel.h"

#include "panes/common/ItemRoles.h"
#include "panes/common/RecordFilterProxy.h"
#include "panes/common/RowRanges.h"
#include "panes/common/StatusText.h"

#include <QLocale>

#include <algorithm>

namespace dataarts::ui {

namespace {

bool sameRecord(const AllTable &a, const AllTable &b)
{
    return a.id == b.id && a.name == b.name && a.code == b.code && a.bizType == b.bizType &&
           a.status.value == b.status.value && a.status.raw == b.status.raw &&
           a.dbName == b.dbName && a.dwType == b.dwType && a.workspaceId == b.workspaceId &&
           a.updateTime == b.updateTime;
}

// Ids are 64-bit numbers sent as strings: shorter digit strings are smaller numbers.
int compareIds(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

int compareText(const QString &a, const QString &b)
{
    const int folded = a.compare(b, Qt::CaseInsensitive);
    return folded != 0 ? folded : a.compare(b);
}

} // namespace

TablesModel::TablesModel(QObject *parent)
    : RecordListModel(parent)
{}

int TablesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TablesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TablesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AllTable &t = m_rows.at(index.row()).table;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return t.name;
        case Code:
            return t.code;
        case Type:
            return StatusText::tableType(t.bizType);
        case Status:
            return StatusText::bizStatus(t.status);
        case Database:
            return t.dbName;
        case WarehouseType:
            return t.dwType;
        case Updated:
            return t.updateTime.isValid()
                       ? QLocale().toString(t.updateTime.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case Id:
            return t.id;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Status || index.column() == Type)
            return index.column() == Status ? t.status.raw : t.bizType;
        if (index.column() == Updated && t.updateTime.isValid())
            return QLocale().toString(t.updateTime.toLocalTime(), QLocale::LongFormat);
        break;
    case roles::Sort:
        switch (index.column()) {
        case Name:
            return t.name;
        case Code:
            return t.code;
        case Type:
            return t.bizType;
        case Status:
            return t.status.isKnown() ? int(t.status.value) : -1;
        case Database:
            return t.dbName;
        case WarehouseType:
            return t.dwType;
        case Updated:
            return t.updateTime.isValid() ? t.updateTime.toMSecsSinceEpoch() : qint64(-1);
        case Id:
            return t.id;
        }
        break;
    case roles::Tone:
        if (index.column() == Status)
            return int(StatusText::bizStatusTone(t.status.value));
        break;
    case roles::RecordId:
        return t.id;
    default:
        break;
    }
    return {};
}

QString TablesModel::columnTitle(int column)
{
    switch (column) {
    case Name:
        return tr("Name");
    case Code:
        return tr("Code");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Database:
        return tr("Database");
    case WarehouseType:
        return tr("Warehouse type");
    case Updated:
        return tr("Updated");
    case Id:
        return tr("ID");
    }
    return {};
}

QVariant TablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole)
        return int(Qt::AscendingOrder);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool TablesModel::lessThan(int leftRow, int rightRow, int column) const
{
    const AllTable &a = m_rows.at(leftRow).table;
    const AllTable &b = m_rows.at(rightRow).table;
    int c = 0;
    switch (column) {
    case Name:
        c = compareText(a.name, b.name);
        break;
    case Code:
        c = compareText(a.code, b.code);
        break;
    case Type:
        c = a.bizType.compare(b.bizType);
        break;
    case Status:
        c = a.status.isKnown() && b.status.isKnown() ? int(a.status.value) - int(b.status.value)
                                                     : a.status.raw.compare(b.status.raw);
        break;
    case Database:
        c = compareText(a.dbName, b.dbName);
        break;
    case WarehouseType:
        c = a.dwType.compare(b.dwType);
        break;
    case Updated: {
        const qint64 l = a.updateTime.isValid() ? a.updateTime.toMSecsSinceEpoch() : -1;
        const qint64 r = b.updateTime.isValid() ? b.updateTime.toMSecsSinceEpoch() : -1;
        c = l < r ? -1 : (l > r ? 1 : 0);
        break;
    }
    case Id:
        break;
    }
    if (c == 0)
        c = compareIds(a.id, b.id); // a stable order for equal keys
    return c < 0;
}

QString TablesModel::searchTextOf(const AllTable &record)
{
    return RecordFilterProxy::fold(record.name) + QLatin1Char('\n') +
           RecordFilterProxy::fold(record.code) + QLatin1Char('\n') + record.id;
}

AllTable TablesModel::shared(const AllTable &record)
{
    AllTable t = record;
    t.bizType = m_pool.intern(t.bizType);
    t.status.raw = m_pool.intern(t.status.raw);
    t.dbName = m_pool.intern(t.dbName);
    t.dwType = m_pool.intern(t.dwType);
    t.workspaceId = m_pool.intern(t.workspaceId);
    return t;
}

void TablesModel::addRecords(const QList<AllTable> &records)
{
    QList<int> changed;
    QList<Row> added;
    QHash<QString, int> addedIndex; // a record twice within one page
    for (const AllTable &record : records) {
        const int row = m_rowOfId.value(record.id, -1);
        if (row >= 0) {
            if (m_merging && row < m_seen.size())
                m_seen.setBit(row);
            if (!sameRecord(m_rows.at(row).table, record)) {
                m_rows[row].table = shared(record);
                m_rows[row].search = searchTextOf(record);
                changed.append(row);
            }
            continue;
        }
        const auto again = addedIndex.constFind(record.id);
        if (again != addedIndex.constEnd()) {
            added[*again].table = shared(record);
            added[*again].search = searchTextOf(record);
            continue;
        }
        addedIndex.insert(record.id, int(added.size()));
        added.append(Row{shared(record), searchTextOf(record)});
    }

    if (!changed.isEmpty()) {
        std::sort(changed.begin(), changed.end());
        changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
        for (const auto &range : rowRanges::fromSortedRows(changed))
            emit dataChanged(index(range.first, 0), index(range.second, ColumnCount - 1));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
    m_rows.reserve(first + added.size());
    for (Row &row : added) {
        m_rowOfId.insert(row.table.id, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

void TablesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_rowOfId.clear();
    m_rowOfId.squeeze();
    m_pool.clear();
    m_seen.clear();
    m_merging = false;
    endResetModel();
}

void TablesModel::beginMerge()
{
    m_merging = true;
    m_seen = QBitArray(int(m_rows.size()));
}

void TablesModel::endMerge()
{
    if (!m_merging)
        return;
    m_merging = false;
    QList<int> stale;
    for (int row = 0; row < m_seen.size(); ++row) {
        if (!m_seen.testBit(row))
            stale.append(row);
    }
    m_seen.clear();
    if (stale.isEmpty())
        return;
    const QList<QPair<int, int>> ranges = rowRanges::fromSortedRows(stale);
    // Bottom up, so that the rows of the ranges still to go keep their numbers.
    for (auto it = ranges.crbegin(); it != ranges.crend(); ++it) {
        beginRemoveRows(QModelIndex(), it->first, it->second);
        m_rows.remove(it->first, it->second - it->first + 1);
        endRemoveRows();
    }
    rebuildIndex();
}

void TablesModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfId.insert(m_rows.at(row).table.id, row);
}

Pane::Fields TablesModel::fields(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const AllTable &t = m_rows.at(row).table;
    Pane::Fields f;
    f.append({tr("Name"), t.name});
    f.append({tr("Code"), t.code});
    f.append({tr("Type"), StatusText::tableType(t.bizType)});
    f.append({tr("Type (as sent)"), t.bizType});
    f.append({tr("Status"), StatusText::bizStatus(t.status)});
    f.append({tr("Status (as sent)"), t.status.raw});
    f.append({tr("Database"), t.dbName});
    f.append({tr("Warehouse type"), t.dwType});
    f.append({tr("Workspace"), t.workspaceId});
    f.append({tr("Updated"), t.updateTime.isValid() ? QLocale().toString(t.updateTime.toLocalTime(),
                                                                         QLocale::LongFormat)
                                                    : QString()});
    f.append({tr("ID"), t.id});
    return f;
}

void TablesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace dataarts::ui
