#pragma once

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace dataarts::ui {

class ApiActionWizard;

// Page 2: UNPUBLISH, STOP or RECOVER, each with what it does to the authorizations
// (removed / kept / restored). Field `action` (an ApiAction as int; Unknown until chosen).
class ActionPage : public QWizardPage
{
    Q_OBJECT
    Q_PROPERTY(int action READ action NOTIFY actionChanged)
public:
    explicit ActionPage(ApiActionWizard *wizard);

    bool validatePage() override;
    int action() const;
    // Preselects an action (the window's Unpublish, Stop and Recover commands); the user can
    // still change it.
    void setAction(int apiAction);

    QRadioButton *button(int apiAction) const;
    QString errorText() const;

    // One line on what the action does (also used by the review page).
    static QString explanation(int apiAction);

signals:
    void actionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QButtonGroup *m_group;
    QRadioButton *m_unpublish;
    QRadioButton *m_stop;
    QRadioButton *m_recover;
    QLabel *m_unpublishText;
    QLabel *m_stopText;
    QLabel *m_recoverText;
    QLabel *m_error;
};

} // namespace dataarts::ui
