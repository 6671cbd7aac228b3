#pragma once

#include "client/jobs/ListAllTablesJob.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dataarts::ui {

// The Tables pane's server-side filters: name (sent on Enter or Search), status and type
// (sent as soon as they change). Each change re-queries all-tables from the first page.
class TablesFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit TablesFilterBar(QWidget *parent = nullptr);

    ListAllTablesJob::Filter filter() const;
    // Shows the filter without emitting filterChanged().
    void setFilter(const ListAllTablesJob::Filter &filter);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *typeCombo() const { return m_type; }

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_typeLabel = nullptr;
    QComboBox *m_type = nullptr;
    QPushButton *m_search = nullptr;
    bool m_quiet = false;
};

} // namespace dataarts::ui
