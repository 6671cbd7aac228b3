#pragma once

#include "csv/ApiTargetListReader.h"

#include <QTimer>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace dataarts::ui {

class ApiActionWizard;

// Page 1 of the API-action wizard: API x cluster pairs, one `api_id,instance_id` line each:
// the pane's selection, pasted or typed lines, or an imported file. Bad lines are listed
// with their number and reason and must be fixed; repeated ones are left out.
class TargetsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TargetsPage(ApiActionWizard *wizard);

    void initializePage() override;
    bool validatePage() override;
    bool importFile(const QString &path);

    QPlainTextEdit *editor() const { return m_text; }
    QListWidget *problemList() const { return m_problems; }
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    ApiTargetListReader::Result parse();
    void showResult(const ApiTargetListReader::Result &result);

    ApiActionWizard *m_wizard;
    QLabel *m_intro;
    QPlainTextEdit *m_text;
    QPushButton *m_import;
    QLabel *m_summary;
    QListWidget *m_problems;
    QLabel *m_error;
    QTimer m_parseTimer;
    bool m_filled = false;
};

} // namespace dataarts::ui
