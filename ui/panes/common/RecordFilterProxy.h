#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace dataarts::ui {

class RecordListModel;

// The panes' QSortFilterProxyModel: the instant filter matches every word typed (case
// folded) against the source's searchText(), and sorting compares the raw values through
// the source's lessThan() (ranks prepared once per sort column) rather than through
// QVariants. A keystroke rebuilds the mapping in one layout change instead of removing the
// rows that no longer match range by range (which costs seconds over 100,000 rows when
// they are scattered), so it costs about as much as a plain loop over the names.
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    RecordListModel *records() const { return m_records; }

    // What the user typed; empty shows every row.
    void setInstantFilter(const QString &text);
    QString instantFilter() const { return m_text; }
    bool hasInstantFilter() const { return !m_terms.isEmpty(); }

    // The form searchText() and the typed words are compared in.
    static QString fold(const QString &text);
    static QString fold(QString &&text);

signals:
    // A sort or a new instant filter is about to rebuild the mapping (one layout change).
    void aboutToRearrange();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    RecordListModel *m_records = nullptr;
    QString m_text;
    QStringList m_terms;
};

} // namespace dataarts::ui
