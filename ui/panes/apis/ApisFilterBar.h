#pragma once

#include "panes/common/ServerFilterBar.h"

#include "client/jobs/ListApisJob.h"

namespace dataarts::ui {

// The APIs pane's server-side filters: name (sent on Enter or Search), API type and
// publish status (sent as soon as they change). Each change re-queries the APIs.
class ApisFilterBar : public ServerFilterBar
{
    Q_OBJECT
public:
    explicit ApisFilterBar(QWidget *parent = nullptr);

    // The filter fields of ListApisJob (returnPublishMessages is the pane's business).
    ListApisJob::Filter filter() const;
    // Shows the filter without emitting filterChanged().
    void setFilter(const ListApisJob::Filter &filter);

    QComboBox *typeCombo() const { return m_type; }
    QComboBox *publishCombo() const { return m_publish; }

protected:
    void retranslateUi() override;

private:
    QLabel *m_typeLabel = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_publishLabel = nullptr;
    QComboBox *m_publish = nullptr;
};

} // namespace dataarts::ui
