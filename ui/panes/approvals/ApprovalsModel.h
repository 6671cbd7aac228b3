#pragma once

#include "ApprovalRow.h"

#include "panes/common/RecordListModel.h"

#include <QBitArray>
#include <QHash>
#include <QList>

namespace dataarts {
struct Approval;
struct ApplyRecord;
} // namespace dataarts

namespace dataarts::ui {

// The Approvals pane's rows: Architecture approvals and DataService messages and
// applications in one list (name, type, action, submitter, submitted, effective, status
// badge, id), in the order they were read; a hash from key to row, so that a record read
// again updates its row in place (dataChanged) instead of adding a second one.
class ApprovalsModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, Action, Submitter, Submitted, Effective, Status, Id, ColumnCount };
    Q_ENUM(Column)

    explicit ApprovalsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void addApprovals(const QList<Approval> &records);
    void addApplyRecords(const QList<ApplyRecord> &records, ApprovalRow::Source source);
    // Appends the rows not seen yet and updates those already there.
    void addRows(QList<ApprovalRow> rows);

    const ApprovalRow &row(int row) const { return m_rows.at(row); }
    // -1 when no row has that key (ApprovalRow::key()).
    int rowOfKey(const QString &key) const { return m_rowOfKey.value(key, -1); }
    // Rows in the Waiting status.
    int waitingCount() const;

    QStringView searchText(int row) const override { return m_rows.at(row).search; }
    void clear() override;
    Pane::Fields fields(int row) const override;

    void retranslate();
    static QString columnTitle(int column);

protected:
    int compareRows(int leftRow, int rightRow, int column) const override;
    void removeRowRange(int first, int last) override;
    void rowsRemovedByMerge() override;

private:
    static bool sameRow(const ApprovalRow &a, const ApprovalRow &b);
    void rebuildIndex();

    QList<ApprovalRow> m_rows;
    QHash<QString, int> m_rowOfKey;
};

} // namespace dataarts::ui
