#pragma once

#include "panes/Pane.h"

#include <QAbstractTableModel>
#include <QBitArray>
#include <QList>
#include <QStringView>

namespace dataarts::ui {

// What the panes' list models share, so that one proxy, one loader and one pane base serve
// them all: an instant-filter text per row, a raw comparison per column (no QVariant, no
// display text) with ranks so that re-sorting compares two ints, and merging a fresh read
// into the rows already shown.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // The row's searchable text, case-folded (RecordFilterProxy::fold).
    virtual QStringView searchText(int row) const = 0;

    // Whether the left row sorts before the right one by this column's raw value: by the
    // ranks of prepareSort() when both rows have one for the column, else by compareRows().
    bool lessThan(int leftRow, int rightRow, int column) const;
    // Ranks every row by the column (one sort of row numbers by compareRows()), unless the
    // ranks are already for this column and, when `always` is false, most rows have one.
    // Rows added or changed later compare by compareRows() until the next ranking.
    void prepareSort(int column, bool always);

    // Drops every row (a model reset).
    virtual void clear() = 0;
    // A fresh read of the same listing begins: rows that come again are updated in place
    // (dataChanged over ranges), new ones appended; endMerge() removes the rows that did not
    // come again. Rows stay selectable throughout.
    void beginMerge();
    void endMerge();
    bool isMerging() const { return m_merging; }

    // Every field of a row, with translated labels, for the details panel.
    virtual Pane::Fields fields(int row) const = 0;

    // The record's identity, the same across reads and sorts (its id), for a selection kept
    // by record; and the row of an identity, -1 when no row has it. The defaults have none.
    virtual QString recordId(int row) const;
    virtual int rowOfRecord(const QString &id) const;

protected:
    // The raw comparison: negative, zero or positive; zero only for a row and itself (ids
    // break ties), so that sorting is stable across refreshes.
    virtual int compareRows(int leftRow, int rightRow, int column) const = 0;
    // A row's data changed: it loses its rank.
    void forgetRank(int row);
    // Rows were removed or reset: every rank goes.
    void forgetRanks();

    // During a merge, the row came again (it stays).
    void markSeen(int row)
    {
        if (m_merging && row < m_seen.size())
            m_seen.setBit(row);
    }
    // The rows were dropped: nothing was seen yet (the merge, if any, goes on).
    void forgetSeen() { m_seen.clear(); }
    // For clear(): no merge any more.
    void stopMerge()
    {
        m_seen.clear();
        m_merging = false;
    }
    // endMerge() removes rows first..last (inclusive) from the subclass's storage, inside
    // beginRemoveRows / endRemoveRows, bottom range first ...
    virtual void removeRowRange(int first, int last) = 0;
    // ... and then calls this once: rows moved, so indexes by row must be rebuilt.
    virtual void rowsRemovedByMerge() = 0;

    // The part of a '\n'-separated search text at `index` (0: the first).
    static QStringView searchField(QStringView text, int index);
    // Text order: by the case-folded forms, then by the texts themselves.
    static int compareFolded(QStringView foldedA, QStringView foldedB, const QString &a,
                             const QString &b);

private:
    int m_rankColumn = -1;
    QList<int> m_ranks; // per row; -1: changed since the ranking; rows past the end: added
    QBitArray m_seen;   // rows that came again during a merge
    bool m_merging = false;
};

} // namespace dataarts::ui
