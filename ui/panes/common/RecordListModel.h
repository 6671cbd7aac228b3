#pragma once

#include "panes/Pane.h"

#include <QAbstractTableModel>
#include <QStringView>

namespace dataarts::ui {

// What the panes' list models share, so that one proxy, one loader and one pane base serve
// them all: an instant-filter text per row, a raw comparison per column (no QVariant, no
// display text), and merging a fresh read into the rows already shown.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // The row's searchable text, case-folded (RecordFilterProxy::fold).
    virtual QStringView searchText(int row) const = 0;
    // Whether the left row sorts before the right one by this column's raw value.
    virtual bool lessThan(int leftRow, int rightRow, int column) const = 0;

    // Drops every row (a model reset).
    virtual void clear() = 0;
    // A fresh read of the same listing begins: rows that come again are updated in place
    // (dataChanged over ranges), new ones appended; endMerge() removes the rows that did not
    // come again. Rows stay selectable throughout.
    virtual void beginMerge() = 0;
    virtual void endMerge() = 0;
    virtual bool isMerging() const = 0;

    // Every field of a row, with translated labels, for the details panel.
    virtual Pane::Fields fields(int row) const = 0;
};

} // namespace dataarts::ui
