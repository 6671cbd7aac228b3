#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace dataarts::ui {

class RecordListModel;

// The panes' QSortFilterProxyModel: the instant filter matches every word typed (case
// folded) against the source's searchText(), and sorting compares the raw values through
// the source's lessThan() rather than through QVariants, so a keystroke over 100,000 rows
// costs little more than a plain loop over their names.
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    RecordListModel *records() const { return m_records; }

    // What the user typed; empty shows every row.
    void setInstantFilter(const QString &text);
    QString instantFilter() const { return m_text; }
    bool hasInstantFilter() const { return !m_terms.isEmpty(); }

    // The form searchText() and the typed words are compared in.
    static QString fold(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    RecordListModel *m_records = nullptr;
    QString m_text;
    QStringList m_terms;
};

} // namespace dataarts::ui
