#pragma once

#include <QList>
#include <QPair>

class QItemSelection;

namespace dataarts::ui {

// Rows as contiguous [first, last] ranges, for signals that are cheaper batched over
// ranges (dataChanged, beginRemoveRows).
namespace rowRanges {

// Sorted, unique input rows; ranges in ascending order.
QList<QPair<int, int>> fromSortedRows(const QList<int> &rows);

// The distinct rows a selection covers, ascending (no row twice, whatever the ranges'
// overlaps and columns). rowCount bounds the rows.
QList<int> selectedRows(const QItemSelection &selection, int rowCount);
// How many distinct rows a selection covers.
int countSelectedRows(const QItemSelection &selection, int rowCount);

} // namespace rowRanges
} // namespace dataarts::ui
