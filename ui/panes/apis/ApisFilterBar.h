#pragma once

#include "client/jobs/ListApisJob.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dataarts::ui {

// The APIs pane's server-side filters: name (sent on Enter or Search), API type and
// publish status (sent as soon as they change). Each change re-queries the APIs.
class ApisFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ApisFilterBar(QWidget *parent = nullptr);

    // The filter fields of ListApisJob (returnPublishMessages is the pane's business).
    ListApisJob::Filter filter() const;
    // Shows the filter without emitting filterChanged().
    void setFilter(const ListApisJob::Filter &filter);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *publishCombo() const { return m_publish; }

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_typeLabel = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_publishLabel = nullptr;
    QComboBox *m_publish = nullptr;
    QPushButton *m_search = nullptr;
    bool m_quiet = false;
};

} // namespace dataarts::ui
