#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace dataarts::ui {

class ImpactView;
class RunWizard;

// The wizards' Impact page, after the pre-flight (issue 22): what still depends on each
// target that would be sent (app/impact through ImpactView), with "Leave out the targets
// with impact" in one click. Complete once the check has finished, whatever it found: the
// user decides; "impact unknown" is shown as such, never as "no impact".
class ImpactPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImpactPage(RunWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    ImpactView *view() const { return m_view; }
    QPushButton *leaveOutButton() const { return m_leaveOut; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void startCheck();
    void onDone();
    void leaveOutImpact();
    void retranslateUi();

    RunWizard *m_wizard;
    ImpactView *m_view;
    QPushButton *m_leaveOut;
    QLabel *m_leftOut;
    QLabel *m_intro;
    int m_leftOutCount = 0;
};

} // namespace dataarts::ui
