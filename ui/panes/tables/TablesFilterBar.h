#pragma once

#include "panes/common/ServerFilterBar.h"

#include "client/jobs/ListAllTablesJob.h"

namespace dataarts::ui {

// The Tables pane's server-side filters: name (sent on Enter or Search), status and type
// (sent as soon as they change). Each change re-queries all-tables from the first page.
class TablesFilterBar : public ServerFilterBar
{
    Q_OBJECT
public:
    explicit TablesFilterBar(QWidget *parent = nullptr);

    ListAllTablesJob::Filter filter() const;
    // Shows the filter without emitting filterChanged().
    void setFilter(const ListAllTablesJob::Filter &filter);

    QComboBox *statusCombo() const { return m_status; }
    QComboBox *typeCombo() const { return m_type; }

protected:
    void retranslateUi() override;

private:
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_typeLabel = nullptr;
    QComboBox *m_type = nullptr;
};

} // namespace dataarts::ui
