#pragma once

#include "panes/common/IdIndex.h"
#include "panes/common/RecordListModel.h"
#include "panes/common/StringTable.h"

#include "dto/AllTable.h"

#include <QBitArray>
#include <QList>

namespace dataarts::ui {

// One row of TablesModel, compact: the strings that differ per row, the folded search
// text, the update time in epoch milliseconds, and the fields with few distinct values as
// StringTable indexes. Every member is relocatable, so growing the list moves bytes.
struct TablesModelRow {
    QString id;
    QString name;
    QString code;
    QString search; // folded name '\n' folded code '\n' id
    qint64 updateMs = 0;
    quint32 bizType = 0;
    quint32 statusRaw = 0;
    quint32 dbName = 0;
    quint32 dwType = 0;
    quint32 workspaceId = 0;
    BizStatus status = BizStatus::Unknown;
    bool hasUpdateTime = false;
};

} // namespace dataarts::ui

Q_DECLARE_TYPEINFO(dataarts::ui::TablesModelRow, Q_RELOCATABLE_TYPE);

namespace dataarts::ui {

// The Tables pane's rows: one all-tables record each (the five table kinds), kept in
// server order; a hash from id to row, so that a record that comes again (a refresh, a
// page that shifted) updates its row in place instead of adding a second one; dataChanged
// batched over ranges of rows; compact rows (about 0.8 KB each with the proxy and view).
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

    // The row's record as all-tables sent it (update time in UTC).
    AllTable record(int row) const;
    QString id(int row) const { return m_rows.at(row).id; }
    QString bizType(int row) const { return m_strings.at(m_rows.at(row).bizType); }
    // -1 when no row has that id.
    int rowOfId(const QString &id) const { return m_rowOfId.value(id); }
    QString recordId(int row) const override { return id(row); }
    int rowOfRecord(const QString &id) const override { return rowOfId(id); }

    QStringView searchText(int row) const override { return m_rows.at(row).search; }
    void clear() override;
    Pane::Fields fields(int row) const override;

    // After a language change: headers and the translated cells.
    void retranslate();

    static QString columnTitle(int column);

protected:
    int compareRows(int leftRow, int rightRow, int column) const override;
    void removeRowRange(int first, int last) override;
    void rowsRemovedByMerge() override;

private:
    using Row = TablesModelRow;

    Row makeRow(const AllTable &record);
    bool sameRecord(const Row &row, const AllTable &record) const;
    QDateTime updateTime(const Row &row) const;
    void rebuildIndex();

    QList<Row> m_rows;
    IdIndex m_rowOfId;
    StringTable m_strings;
};

} // namespace dataarts::ui
