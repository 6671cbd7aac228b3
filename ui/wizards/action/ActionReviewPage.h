#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace dataarts::ui {

class ApiActionWizard;

// Page 5: counts per cluster, what happens to the authorizations, the effective time, and
// the exact request per pair (BatchEngine::preview), "Copy as CLI command". Finish (Submit)
// starts the run; a start failure is shown here and the wizard stays open.
class ActionReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ActionReviewPage(ApiActionWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QPlainTextEdit *requestsView() const { return m_requests; }
    QTreeWidget *countsView() const { return m_counts; }
    QPushButton *copyButton() const { return m_copy; }
    QString summaryText() const;
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslateUi();

    ApiActionWizard *m_wizard;
    QLabel *m_summary;
    QTreeWidget *m_counts;
    QLabel *m_requestsLabel;
    QPlainTextEdit *m_requests;
    QPushButton *m_copy;
    QLabel *m_error;
    bool m_valid = false;
};

} // namespace dataarts::ui
