#pragma once

#include "dto/Approver.h"

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace dataarts {
class Pager;
class ListJob;
} // namespace dataarts

namespace dataarts::ui {

class BusyPanel;
class OfflineWizard;

// Page 3: who approves. The approvers list (every page of approvals/users) with a search
// box; or "approve it myself" (fast_approval), offered only when the signed-in user is an
// approver. Fills the approverUserId / approverUserName / fastApproval fields. Not complete
// until the list has loaded; a failed load shows Retry.
class ApproverPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ApproverPage(OfflineWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QLineEdit *searchBox() const { return m_search; }
    QListWidget *approverList() const { return m_list; }
    QCheckBox *fastBox() const { return m_fast; }
    BusyPanel *busyPanel() const { return m_busy; }
    QString errorText() const;
    // The signed-in user's approver record, when there is one.
    const Approver *self() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void onPage(ListJob *job);
    void onLoaded();
    void fillList();
    void applyFilter();
    void retranslateUi();

    OfflineWizard *m_wizard;
    BusyPanel *m_busy;
    QCheckBox *m_fast;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_error;
    QPointer<Pager> m_pager;
    QList<Approver> m_approvers;
    QList<Approver> m_loading;
    bool m_loaded = false;
    // Hidden line edits behind the fields.
    QLineEdit *m_idField;
    QLineEdit *m_nameField;
};

} // namespace dataarts::ui
