#pragma once

#include "batch/RunEvents.h"
#include "batch/RunSpec.h"

#include <QList>
#include <QWizardPage>

class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace dataarts::ui {

class RunWizard;

// The last page of both wizards: a summary, counts per group, the page's own options, every
// request exactly as BatchEngine::preview() gives it (method, path and body bytes) and
// "Copy as CLI command", and what could not be undone afterwards (UndoLimits). Finish (Submit) starts the wizard's spec() on its engine and emits
// RunWizard::runStarted(); a start failure is shown here and the wizard stays open. A page
// derived from it says what to count and summarise, and adds its options to optionsRow().
class RunReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QPlainTextEdit *requestsView() const { return m_requests; }
    QTreeWidget *countsView() const { return m_counts; }
    QPushButton *copyButton() const { return m_copy; }
    QString summaryText() const;
    QString errorText() const;
    // What could not be undone afterwards (UndoLimits), said before Submit.
    QString undoLimitsText() const;

protected:
    struct Count {
        Count() = default;
        Count(QString l, int n, QString tip = {})
            : label(std::move(l))
            , count(n)
            , toolTip(std::move(tip))
        {}
        QString label;
        int count = 0;
        QString toolTip; // the label's raw value, when it is one of the server's

    };

    explicit RunReviewPage(RunWizard *wizard);

    // The rows of the counts view, in order.
    virtual QList<Count> counts() const = 0;
    // The summary's lines for the run; previews is empty when the requests could not be built.
    virtual QStringList summaryLines(const RunSpec &spec,
                                     const QList<RequestPreview> &previews) const = 0;
    // The counts view's two headers and the texts of the page's own widgets.
    virtual void retranslatePage() = 0;

    // The row above the requests; "Copy as CLI command" is at its end.
    QHBoxLayout *optionsRow() const { return m_optionsRow; }
    // Reads the wizard again and shows it (on entering, on a change of the page's options).
    void refresh();
    // Sets every text; the derived page calls it once its widgets exist.
    void retranslateUi();
    void changeEvent(QEvent *event) override;

private:
    RunWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_undoLimits;
    QTreeWidget *m_counts;
    QHBoxLayout *m_optionsRow;
    QLabel *m_requestsLabel;
    QPlainTextEdit *m_requests;
    QPushButton *m_copy;
    QLabel *m_error;
    bool m_valid = false;
};

} // namespace dataarts::ui
