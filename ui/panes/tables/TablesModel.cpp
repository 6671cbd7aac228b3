#include "TablesModel.h"

#include "panes/common/ItemRoles.h"
#include "panes/common/RecordFilterProxy.h"
#include "panes/common/RowRanges.h"
#include "panes/common/StatusText.h"

#include <QLocale>

#include <algorithm>

namespace dataarts::ui {

namespace {

// Ids are 64-bit numbers sent as strings: shorter digit strings are smaller numbers.
int compareIds(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

// Case-folded first (from the search text), then by case.
QString searchTextOf(const AllTable &record)
{
    // One allocation, folded in place (ids are digits: folding leaves them alone).
    QString text;
    text.reserve(record.name.size() + record.code.size() + record.id.size() + 2);
    text.append(record.name).append(QLatin1Char('\n')).append(record.code);
    text.append(QLatin1Char('\n')).append(record.id);
    return RecordFilterProxy::fold(std::move(text));
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

QDateTime TablesModel::updateTime(const Row &row) const
{
    return row.hasUpdateTime ? QDateTime::fromMSecsSinceEpoch(row.updateMs, Qt::UTC) : QDateTime();
}

AllTable TablesModel::record(int row) const
{
    const Row &r = m_rows.at(row);
    AllTable t;
    t.id = r.id;
    t.name = r.name;
    t.code = r.code;
    t.bizType = m_strings.at(r.bizType);
    t.status.value = r.status;
    t.status.raw = m_strings.at(r.statusRaw);
    t.dbName = m_strings.at(r.dbName);
    t.dwType = m_strings.at(r.dwType);
    t.workspaceId = m_strings.at(r.workspaceId);
    t.updateTime = updateTime(r);
    return t;
}

QVariant TablesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    KnownEnum<BizStatus> status;
    status.value = r.status;
    status.raw = m_strings.at(r.statusRaw);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Code:
            return r.code;
        case Type:
            return StatusText::tableType(m_strings.at(r.bizType));
        case Status:
            return StatusText::bizStatus(status);
        case Database:
            return m_strings.at(r.dbName);
        case WarehouseType:
            return m_strings.at(r.dwType);
        case Updated:
            return r.hasUpdateTime
                       ? QLocale().toString(updateTime(r).toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case Id:
            return r.id;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Status)
            return status.raw;
        if (index.column() == Type)
            return m_strings.at(r.bizType);
        if (index.column() == Updated && r.hasUpdateTime)
            return QLocale().toString(updateTime(r).toLocalTime(), QLocale::LongFormat);
        break;
    case roles::Sort:
        switch (index.column()) {
        case Name:
            return r.name;
        case Code:
            return r.code;
        case Type:
            return m_strings.at(r.bizType);
        case Status:
            return status.isKnown() ? int(status.value) : -1;
        case Database:
            return m_strings.at(r.dbName);
        case WarehouseType:
            return m_strings.at(r.dwType);
        case Updated:
            return r.hasUpdateTime ? r.updateMs : qint64(-1);
        case Id:
            return r.id;
        }
        break;
    case roles::Tone:
        if (index.column() == Status)
            return int(StatusText::bizStatusTone(status.value));
        break;
    case roles::RecordId:
        return r.id;
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

int TablesModel::compareRows(int leftRow, int rightRow, int column) const
{
    const Row &l = m_rows.at(leftRow);
    const Row &r = m_rows.at(rightRow);
    int c = 0;
    switch (column) {
    case Name: // the search text starts with the folded name, then the folded code
        c = compareFolded(searchField(l.search, 0), searchField(r.search, 0), l.name, r.name);
        break;
    case Code:
        c = compareFolded(searchField(l.search, 1), searchField(r.search, 1), l.code, r.code);
        break;
    case Type:
        c = m_strings.at(l.bizType).compare(m_strings.at(r.bizType));
        break;
    case Status:
        c = l.status != BizStatus::Unknown && r.status != BizStatus::Unknown
                ? int(l.status) - int(r.status)
                : m_strings.at(l.statusRaw).compare(m_strings.at(r.statusRaw));
        break;
    case Database: {
        const QString &a = m_strings.at(l.dbName);
        const QString &b = m_strings.at(r.dbName);
        const int folded = a.compare(b, Qt::CaseInsensitive);
        c = folded != 0 ? folded : a.compare(b);
        break;
    }
    case WarehouseType:
        c = m_strings.at(l.dwType).compare(m_strings.at(r.dwType));
        break;
    case Updated: {
        const qint64 a = l.hasUpdateTime ? l.updateMs : -1;
        const qint64 b = r.hasUpdateTime ? r.updateMs : -1;
        c = a < b ? -1 : (a > b ? 1 : 0);
        break;
    }
    case Id:
        break;
    }
    if (c == 0)
        c = compareIds(l.id, r.id); // a stable order for equal keys
    return c;
}

TablesModelRow TablesModel::makeRow(const AllTable &record)
{
    Row row;
    row.id = record.id;
    row.name = record.name;
    row.code = record.code;
    row.search = searchTextOf(record);
    row.hasUpdateTime = record.updateTime.isValid();
    row.updateMs = row.hasUpdateTime ? record.updateTime.toMSecsSinceEpoch() : 0;
    row.bizType = m_strings.indexOf(record.bizType);
    row.statusRaw = m_strings.indexOf(record.status.raw);
    row.dbName = m_strings.indexOf(record.dbName);
    row.dwType = m_strings.indexOf(record.dwType);
    row.workspaceId = m_strings.indexOf(record.workspaceId);
    row.status = record.status.value;
    return row;
}

bool TablesModel::sameRecord(const Row &row, const AllTable &record) const
{
    const bool sameTime =
        row.hasUpdateTime == record.updateTime.isValid() &&
        (!row.hasUpdateTime || row.updateMs == record.updateTime.toMSecsSinceEpoch());
    return sameTime && row.status == record.status.value && row.name == record.name &&
           row.code == record.code && m_strings.at(row.bizType) == record.bizType &&
           m_strings.at(row.statusRaw) == record.status.raw &&
           m_strings.at(row.dbName) == record.dbName && m_strings.at(row.dwType) == record.dwType &&
           m_strings.at(row.workspaceId) == record.workspaceId;
}

void TablesModel::addRecords(const QList<AllTable> &records)
{
    const int first = int(m_rows.size());
    QList<int> changed;
    QList<Row> added;
    for (const AllTable &record : records) {
        // One hash lookup: a new id gets the row it is about to have.
        bool isNew = false;
        int &slot = m_rowOfId.slot(record.id, &isNew);
        if (isNew) {
            slot = first + int(added.size());
            added.append(makeRow(record));
            continue;
        }
        const int row = slot;
        if (row >= first) { // twice within this page: the later one wins
            added[row - first] = makeRow(record);
            continue;
        }
        markSeen(row);
        if (!sameRecord(m_rows.at(row), record)) {
            m_rows[row] = makeRow(record);
            forgetRank(row);
            changed.append(row);
        }
    }

    if (!changed.isEmpty()) {
        std::sort(changed.begin(), changed.end());
        changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
        for (const auto &range : rowRanges::fromSortedRows(changed))
            emit dataChanged(index(range.first, 0), index(range.second, ColumnCount - 1));
    }
    if (added.isEmpty())
        return;
    beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
    m_rows.append(std::move(added));
    endInsertRows();
}

void TablesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_rowOfId.clear();
    m_strings.clear();
    stopMerge();
    forgetRanks();
    endResetModel();
}

void TablesModel::removeRowRange(int first, int last)
{
    m_rows.remove(first, last - first + 1);
}

void TablesModel::rowsRemovedByMerge()
{
    rebuildIndex();
}

void TablesModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        bool isNew = false;
        m_rowOfId.slot(m_rows.at(row).id, &isNew) = row;
    }
}

Pane::Fields TablesModel::fields(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const AllTable t = record(row);
    Pane::Fields f;
    f.append({tr("Name"), t.name});
    f.append({tr("Code"), t.code});
    // Labels; the server's own words in their tooltips.
    f.append({tr("Type"), StatusText::tableType(t.bizType), StatusText::asSent(t.bizType)});
    f.append({tr("Status"), StatusText::bizStatus(t.status), StatusText::asSent(t.status.raw)});
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
