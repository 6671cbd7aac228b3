#include "RecordListModel.h"

#include "RowRanges.h"

#include <algorithm>
#include <numeric>

namespace dataarts::ui {

bool RecordListModel::lessThan(int leftRow, int rightRow, int column) const
{
    if (column == m_rankColumn && leftRow < m_ranks.size() && rightRow < m_ranks.size()) {
        const int left = m_ranks.at(leftRow);
        const int right = m_ranks.at(rightRow);
        if (left >= 0 && right >= 0)
            return left < right;
    }
    return compareRows(leftRow, rightRow, column) < 0;
}

void RecordListModel::prepareSort(int column, bool always)
{
    if (column < 0 || column >= columnCount())
        return;
    const int rows = rowCount();
    if (column == m_rankColumn) {
        const qsizetype unranked =
            (rows - m_ranks.size()) + std::count(m_ranks.cbegin(), m_ranks.cend(), -1);
        if (unranked == 0 || (!always && unranked * 4 < rows))
            return;
    }
    QList<int> order(rows);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [this, column](int a, int b) { return compareRows(a, b, column) < 0; });
    m_ranks.resize(rows);
    for (int position = 0; position < rows; ++position)
        m_ranks[order.at(position)] = position;
    m_rankColumn = column;
}

void RecordListModel::forgetRank(int row)
{
    if (row >= 0 && row < m_ranks.size())
        m_ranks[row] = -1;
}

void RecordListModel::beginMerge()
{
    m_merging = true;
    m_seen = QBitArray(rowCount());
}

void RecordListModel::endMerge()
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
        removeRowRange(it->first, it->second);
        endRemoveRows();
    }
    forgetRanks();
    rowsRemovedByMerge();
}

QString RecordListModel::recordId(int) const
{
    return {};
}

int RecordListModel::rowOfRecord(const QString &) const
{
    return -1;
}

void RecordListModel::forgetRanks()
{
    m_ranks.clear();
    m_rankColumn = -1;
}

int RecordListModel::compareFolded(QStringView foldedA, QStringView foldedB, const QString &a,
                                   const QString &b)
{
    const int folded = foldedA.compare(foldedB);
    return folded != 0 ? folded : a.compare(b);
}

QStringView RecordListModel::searchField(QStringView text, int index)
{
    qsizetype from = 0;
    for (int i = 0; i < index; ++i) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'), from);
        if (end < 0)
            return {};
        from = end + 1;
    }
    const qsizetype end = text.indexOf(QLatin1Char('\n'), from);
    return end < 0 ? text.mid(from) : text.mid(from, end - from);
}

} // namespace dataarts::ui
