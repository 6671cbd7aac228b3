#include "RowRanges.h"

#include <QBitArray>
#include <QItemSelection>

namespace dataarts::ui::rowRanges {

QList<QPair<int, int>> fromSortedRows(const QList<int> &rows)
{
    QList<QPair<int, int>> ranges;
    for (const int row : rows) {
        if (!ranges.isEmpty() && ranges.last().second + 1 == row)
            ranges.last().second = row;
        else
            ranges.append({row, row});
    }
    return ranges;
}

namespace {

QBitArray markRows(const QItemSelection &selection, int rowCount)
{
    QBitArray marked(qMax(0, rowCount));
    for (const QItemSelectionRange &range : selection) {
        const int top = qMax(0, range.top());
        const int bottom = qMin(rowCount - 1, range.bottom());
        if (top <= bottom)
            marked.fill(true, top, bottom + 1);
    }
    return marked;
}

} // namespace

int countSelectedRows(const QItemSelection &selection, int rowCount)
{
    if (rowCount <= 0 || selection.isEmpty())
        return 0;
    return int(markRows(selection, rowCount).count(true));
}

QList<int> selectedRows(const QItemSelection &selection, int rowCount)
{
    if (rowCount <= 0 || selection.isEmpty())
        return {};
    const QBitArray marked = markRows(selection, rowCount);
    QList<int> rows;
    rows.reserve(marked.count(true));
    for (int row = 0; row < rowCount; ++row) {
        if (marked.testBit(row))
            rows.append(row);
    }
    return rows;
}

} // namespace dataarts::ui::rowRanges
