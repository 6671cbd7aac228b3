#pragma once

#include "client/jobs/ListApprovalsJob.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dataarts::ui {

// The Approvals pane's view and server-side filters: the view (Waiting for me / My requests),
// who "me" is (the user name the approvals name as approver and submitter), and the
// Architecture list's filters: name, type (PUBLISH / OFFLINE), status, entity type,
// submitter and a submission time range (both ends or none, sent in UTC). The name also
// filters the DataService lists (api_name). Text fields are sent on Enter or Search, lists
// as soon as they change; each change re-queries from the first page.
class ApprovalsFilterBar : public QWidget
{
    Q_OBJECT
public:
    enum class View { WaitingForMe, MyRequests };

    explicit ApprovalsFilterBar(QWidget *parent = nullptr);

    View view() const;
    void setView(View view);
    QString userName() const;
    void setUserName(const QString &name);

    // The Architecture approvals query of the current view (status DEVELOPING and approver =
    // me when waiting; create_by = me for my requests).
    ListApprovalsJob::Filter architectureFilter() const;
    // The api_name filter of the DataService lists.
    QString apiName() const;

    QComboBox *viewCombo() const { return m_view; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *bizTypeCombo() const { return m_bizType; }
    QLineEdit *submitterEdit() const { return m_submitter; }
    QCheckBox *timeRangeCheck() const { return m_timeRange; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();
    void changed();

    QLabel *m_viewLabel = nullptr;
    QComboBox *m_view = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_typeLabel = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_bizTypeLabel = nullptr;
    QComboBox *m_bizType = nullptr;
    QLabel *m_submitterLabel = nullptr;
    QLineEdit *m_submitter = nullptr;
    QCheckBox *m_timeRange = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QPushButton *m_search = nullptr;
    bool m_quiet = false;
};

} // namespace dataarts::ui
