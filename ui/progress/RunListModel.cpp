#include "RunListModel.h"

#include "ProgressBarDelegate.h"

#include "panes/common/ItemRoles.h"
#include "runs/UndoLinks.h"

#include <QLocale>
#include <QSet>

namespace dataarts::ui {

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

RunTotals RunListModel::totalsOf(const RunSummary &run)
{
    RunTotals t;
    t.total = run.total;
    for (auto it = run.counts.cbegin(); it != run.counts.cend(); ++it)
        t.add(it.key(), it.value());
    return t;
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const RunTotals &t = row.totals;
    const RunState state = RunText::stateOf(row.run, row.running, t);
    const QLocale locale;
    if (role == RunIdRole || role == roles::RecordId)
        return row.run.id;
    if (role == Qt::DisplayRole || role == roles::Sort) {
        const bool sort = role == roles::Sort;
        switch (Column(index.column())) {
        case Id:
            return sort ? QVariant(row.run.id) : QVariant(locale.toString(row.run.id));
        case Kind:
            return sort ? QVariant(runKinds::name(row.run.kind))
                        : QVariant(runKinds::label(row.run.kind));
        case Created:
            return sort ? QVariant(row.run.createdAt)
                        : QVariant(locale.toString(row.run.createdAt.toLocalTime(),
                                                   QLocale::ShortFormat));
        case CreatedBy:
            return row.run.createdBy;
        case State:
            return sort ? QVariant(int(state)) : QVariant(RunText::runState(state));
        case Progress:
        case Rate:
            return sort ? QVariant(t.progress()) : QVariant(RunText::percent(t.progress()));
        case Total:
            return sort ? QVariant(t.total) : QVariant(locale.toString(t.total));
        case Success:
            return sort ? QVariant(t.success) : QVariant(locale.toString(t.success));
        case Failed:
            return sort ? QVariant(t.failed) : QVariant(locale.toString(t.failed));
        case Undo:
            return UndoLinks::texts(row.run).join(QStringLiteral("; "));
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == roles::Tone && index.column() == State)
        return int(RunText::runStateTone(state));
    if (role == ProgressBarDelegate::progressRole() && index.column() == Progress)
        return t.progress();
    if (role == Qt::TextAlignmentRole && index.column() >= Total && index.column() <= Rate)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Progress)
        return tr("%1 of %2 items done")
            .arg(locale.toString(t.finalCount()), locale.toString(t.total));
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Rate)
        return tr("The share of items in a final state (the server's \"rate\"): how far the run "
                  "has come, not how many succeeded.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("Run");
    case Kind:
        return tr("Kind");
    case Created:
        return tr("Created");
    case CreatedBy:
        return tr("By");
    case State:
        return tr("State");
    case Progress:
        return tr("Progress");
    case Total:
        return tr("Total");
    case Success:
        return tr("Success");
    case Failed:
        return tr("Failed");
    case Rate:
        return tr("Completed");
    case Undo:
        return tr("Undo");
    case ColumnCount:
        break;
    }
    return {};
}

void RunListModel::setRuns(const QList<RunSummary> &runs, const QSet<qint64> &running)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(runs.size());
    for (const RunSummary &run : runs)
        m_rows.append({run, totalsOf(run), running.contains(run.id)});
    reindex();
    endResetModel();
}

void RunListModel::upsert(const RunSummary &run, bool running)
{
    const int row = rowOf(run.id);
    if (row >= 0) {
        m_rows[row] = {run, totalsOf(run), running};
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend({run, totalsOf(run), running});
    reindex();
    endInsertRows();
}

void RunListModel::setTotals(qint64 runId, const RunTotals &totals)
{
    const int row = rowOf(runId);
    if (row < 0)
        return;
    m_rows[row].totals = totals;
    emit dataChanged(index(row, State), index(row, ColumnCount - 1));
}

void RunListModel::setRunning(qint64 runId, bool running)
{
    const int row = rowOf(runId);
    if (row < 0 || m_rows.at(row).running == running)
        return;
    m_rows[row].running = running;
    emit dataChanged(index(row, State), index(row, State));
}

qint64 RunListModel::runIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).run.id : 0;
}

RunSummary RunListModel::runAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).run : RunSummary();
}

RunKind RunListModel::kindAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).run.kind : RunKind::BatchOffline;
}

RunState RunListModel::stateAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return RunState::AllDone;
    const Row &r = m_rows.at(row);
    return RunText::stateOf(r.run, r.running, r.totals);
}

RunTotals RunListModel::totalsAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).totals : RunTotals();
}

void RunListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void RunListModel::reindex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).run.id, i);
}

} // namespace dataarts::ui
