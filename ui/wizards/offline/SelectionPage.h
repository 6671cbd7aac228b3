#pragma once

#include "csv/EntityListReader.h"

#include <QTimer>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace dataarts::ui {

class OfflineWizard;

// Page 1 of the batch-offline wizard: the entities, one `biz_type,biz_id` line each: the
// pane's selection, pasted or typed lines, or an imported CSV (header optional, UTF-8 with
// or without BOM). Every bad line is listed with its number and reason; repeated lines are
// listed and left out; other bad lines must be fixed before going on.
class SelectionPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SelectionPage(OfflineWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

    // Adds the lines of a file to the box (what "Import file…" does once a file is picked).
    bool importFile(const QString &path);

    QPlainTextEdit *editor() const { return m_text; }
    QListWidget *problemList() const { return m_problems; }
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    EntityListReader::Result parse();
    void showResult(const EntityListReader::Result &result);

    OfflineWizard *m_wizard;
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
