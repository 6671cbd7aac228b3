#pragma once

#include <QSortFilterProxyModel>

namespace dataarts::ui {

// The Progress view's tree through "failed only": item rows in state FAILED, and the
// requests that carried them. Sorts by roles::Sort.
class RunTreeProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RunTreeProxy(QObject *parent = nullptr);

    void setFailedOnly(bool failedOnly);
    bool failedOnly() const { return m_failedOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_failedOnly = false;
};

} // namespace dataarts::ui
