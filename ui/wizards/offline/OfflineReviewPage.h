#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace dataarts::ui {

class OfflineWizard;

// Page 5: what will be sent. Counts per biz type, the approver, schedule and environment,
// the chunking (50 per request by default, editable: field chunkSize) and every request
// exactly as BatchEngine::preview() gives it (method, path and the body bytes), "Copy as
// CLI command". Finish (Submit) starts the run; a start failure is shown here and the
// wizard stays open.
class OfflineReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OfflineReviewPage(OfflineWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QSpinBox *chunkBox() const { return m_chunk; }
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

    OfflineWizard *m_wizard;
    QLabel *m_summary;
    QTreeWidget *m_counts;
    QLabel *m_chunkLabel;
    QSpinBox *m_chunk;
    QLabel *m_requestsLabel;
    QPlainTextEdit *m_requests;
    QPushButton *m_copy;
    QLabel *m_error;
    bool m_valid = false;
};

} // namespace dataarts::ui
