#pragma once

#include "panes/common/RecordListModel.h"
#include "panes/common/StringPool.h"

#include "dto/AllTable.h"

#include <QBitArray>
#include <QHash>
#include <QList>

namespace dataarts::ui {

// The Tables pane's rows: one AllTable each (the five table kinds of all-tables), kept in
// server order; a hash from id to row, so that a record that comes again (a refresh, a
// page that shifted) updates its row in place instead of adding a second one; dataChanged
// batched over ranges of rows; strings with few distinct values interned.
class TablesModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { Name, Code, Type, Status, Database, WarehouseType, Updated, Id, ColumnCount };
    Q_ENUM(Column)

    explicit TablesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Appends the records not seen yet (one beginInsertRows for all of them) and updates
    // the rows of those already there (dataChanged over ranges).
    void addRecords(const QList<AllTable> &records);

    const AllTable &record(int row) const { return m_rows.at(row).table; }
    // -1 when no row has that id.
    int rowOfId(const QString &id) const { return m_rowOfId.value(id, -1); }

    QStringView searchText(int row) const override { return m_rows.at(row).search; }
    bool lessThan(int leftRow, int rightRow, int column) const override;
    void clear() override;
    void beginMerge() override;
    void endMerge() override;
    bool isMerging() const override { return m_merging; }
    Pane::Fields fields(int row) const override;

    // After a language change: headers and the translated cells.
    void retranslate();

    static QString columnTitle(int column);

private:
    struct Row {
        AllTable table;
        QString search; // folded name, code and id
    };

    AllTable shared(const AllTable &record);
    static QString searchTextOf(const AllTable &record);
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<QString, int> m_rowOfId;
    StringPool m_pool;
    QBitArray m_seen; // rows that came again during a merge
    bool m_merging = false;
};

} // namespace dataarts::ui
