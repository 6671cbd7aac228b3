#include "ApprovalsModel.h"

#include "ApprovalText.h"

#include "panes/common/ItemRoles.h"
#include "panes/common/RowRanges.h"
#include "panes/common/StatusText.h"

#include "dto/ApplyRecord.h"
#include "dto/Approval.h"

#include <QLocale>

#include <algorithm>

namespace dataarts::ui {

namespace {

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

QString longTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

qint64 timeKey(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

int compareNumbers(qint64 a, qint64 b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

} // namespace

ApprovalsModel::ApprovalsModel(QObject *parent)
    : RecordListModel(parent)
{}

int ApprovalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApprovalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApprovalRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Type:
            return ApprovalText::type(r);
        case Action:
            return ApprovalText::action(r.action, r.typeRaw);
        case Submitter:
            return r.submitter;
        case Submitted:
            return shortTime(r.submitted);
        case Effective:
            return shortTime(r.effective);
        case Status:
            return ApprovalText::status(r.status, r.statusRaw);
        case Id:
            return r.id;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Type:
            return r.source == ApprovalRow::Source::Architecture ? r.bizType
                                                                 : ApprovalText::source(r.source);
        case Action:
            return r.typeRaw;
        case Status:
            return r.message.isEmpty() ? r.statusRaw : r.statusRaw + QLatin1Char('\n') + r.message;
        case Submitted:
            return longTime(r.submitted);
        case Effective:
            return longTime(r.effective);
        default:
            break;
        }
        break;
    case roles::Sort:
        switch (index.column()) {
        case Name:
            return r.name;
        case Type:
            return ApprovalText::type(r);
        case Action:
            return int(r.action);
        case Submitter:
            return r.submitter;
        case Submitted:
            return timeKey(r.submitted);
        case Effective:
            return timeKey(r.effective);
        case Status:
            return int(r.status);
        case Id:
            return r.id;
        }
        break;
    case roles::Tone:
        if (index.column() == Status)
            return int(ApprovalText::tone(r.status));
        break;
    case roles::RecordId:
        return r.id;
    default:
        break;
    }
    return {};
}

QString ApprovalsModel::columnTitle(int column)
{
    switch (column) {
    case Name:
        return tr("Entity or API");
    case Type:
        return tr("Type");
    case Action:
        return tr("Action");
    case Submitter:
        return tr("Submitter");
    case Submitted:
        return tr("Submitted");
    case Effective:
        return tr("Effective");
    case Status:
        return tr("Status");
    case Id:
        return tr("ID");
    }
    return {};
}

QVariant ApprovalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole)
        return int(Qt::AscendingOrder);
    return QAbstractTableModel::headerData(section, orientation, role);
}

int ApprovalsModel::compareRows(int leftRow, int rightRow, int column) const
{
    const ApprovalRow &l = m_rows.at(leftRow);
    const ApprovalRow &r = m_rows.at(rightRow);
    int c = 0;
    switch (column) {
    case Name:
        c = searchField(l.search, 0).compare(searchField(r.search, 0));
        if (c == 0)
            c = l.name.compare(r.name);
        break;
    case Type:
        c = ApprovalText::type(l).compare(ApprovalText::type(r));
        break;
    case Action:
        c = int(l.action) - int(r.action);
        if (c == 0)
            c = l.typeRaw.compare(r.typeRaw);
        break;
    case Submitter:
        c = l.submitter.compare(r.submitter, Qt::CaseInsensitive);
        break;
    case Submitted:
        c = compareNumbers(timeKey(l.submitted), timeKey(r.submitted));
        break;
    case Effective:
        c = compareNumbers(timeKey(l.effective), timeKey(r.effective));
        break;
    case Status:
        c = int(l.status) - int(r.status);
        if (c == 0)
            c = l.statusRaw.compare(r.statusRaw);
        break;
    case Id:
        break;
    }
    if (c == 0)
        c = l.key().compare(r.key()); // a stable order for equal keys
    if (c == 0)
        c = compareNumbers(leftRow, rightRow);
    return c;
}

bool ApprovalsModel::sameRow(const ApprovalRow &a, const ApprovalRow &b)
{
    return a.name == b.name && a.bizId == b.bizId && a.bizType == b.bizType &&
           a.typeRaw == b.typeRaw && a.statusRaw == b.statusRaw && a.submitter == b.submitter &&
           a.submitted == b.submitted && a.effective == b.effective && a.approver == b.approver &&
           a.message == b.message && a.appName == b.appName;
}

void ApprovalsModel::addApprovals(const QList<Approval> &records)
{
    QList<ApprovalRow> rows;
    rows.reserve(records.size());
    for (const Approval &a : records)
        rows.append(ApprovalRow::fromApproval(a));
    addRows(std::move(rows));
}

void ApprovalsModel::addApplyRecords(const QList<ApplyRecord> &records, ApprovalRow::Source source)
{
    QList<ApprovalRow> rows;
    rows.reserve(records.size());
    for (const ApplyRecord &a : records)
        rows.append(ApprovalRow::fromApplyRecord(a, source));
    addRows(std::move(rows));
}

void ApprovalsModel::addRows(QList<ApprovalRow> rows)
{
    const int first = int(m_rows.size());
    QList<int> changed;
    QList<ApprovalRow> added;
    for (ApprovalRow &incoming : rows) {
        const QString key = incoming.key();
        const auto found = m_rowOfKey.constFind(key);
        if (found == m_rowOfKey.constEnd()) {
            m_rowOfKey.insert(key, first + int(added.size()));
            added.append(std::move(incoming));
            continue;
        }
        const int row = found.value();
        if (row >= first) { // twice within this page: the later one wins
            added[row - first] = std::move(incoming);
            continue;
        }
        markSeen(row);
        if (!sameRow(m_rows.at(row), incoming)) {
            m_rows[row] = std::move(incoming);
            forgetRank(row);
            changed.append(row);
        }
    }
    if (!changed.isEmpty()) {
        std::sort(changed.begin(), changed.end());
        for (const auto &range : rowRanges::fromSortedRows(changed))
            emit dataChanged(index(range.first, 0), index(range.second, ColumnCount - 1));
    }
    if (added.isEmpty())
        return;
    beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
    m_rows.append(std::move(added));
    endInsertRows();
}

int ApprovalsModel::waitingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const ApprovalRow &r) { return r.isWaiting(); }));
}

void ApprovalsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfKey.clear();
    stopMerge();
    forgetRanks();
    endResetModel();
}

void ApprovalsModel::removeRowRange(int first, int last)
{
    m_rows.remove(first, last - first + 1);
}

void ApprovalsModel::rowsRemovedByMerge()
{
    rebuildIndex();
}

void ApprovalsModel::rebuildIndex()
{
    m_rowOfKey.clear();
    m_rowOfKey.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfKey.insert(m_rows.at(row).key(), row);
}

Pane::Fields ApprovalsModel::fields(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const ApprovalRow &r = m_rows.at(row);
    const bool architecture = r.source == ApprovalRow::Source::Architecture;
    Pane::Fields f;
    f.append({tr("Name"), r.name});
    f.append({tr("Kind"), ApprovalText::source(r.source)});
    if (architecture) {
        f.append({tr("Entity type"), StatusText::bizType(r.bizType),
                  StatusText::asSent(r.bizType)});
        f.append({tr("Entity ID"), r.bizId});
    } else {
        f.append({tr("API ID"), r.bizId});
        f.append({tr("App"), r.appName});
    }
    // Labels; the server's own words in their tooltips.
    f.append({tr("Action"), ApprovalText::action(r.action, r.typeRaw),
              StatusText::asSent(r.typeRaw)});
    f.append({tr("Status"), ApprovalText::status(r.status, r.statusRaw),
              StatusText::asSent(r.statusRaw)});
    f.append({tr("Submitter"), r.submitter});
    f.append({tr("Submitted"), longTime(r.submitted)});
    f.append({tr("Effective"), longTime(r.effective)});
    f.append({tr("Approver"), r.approver});
    f.append({tr("Message"), r.message});
    f.append({tr("ID"), r.id});
    return f;
}

void ApprovalsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace dataarts::ui
