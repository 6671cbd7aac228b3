#pragma once

#include "csv/InputProblem.h"

#include <QList>
#include <QTimer>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace dataarts::ui {

// The first page of both wizards: what to act on, one CSV line each: the pane's selection,
// pasted or typed lines, or an imported file (header optional, UTF-8 with or without BOM).
// The box is read again shortly after each edit: every bad line is listed with its number
// and reason, repeated lines are listed and left out, other bad lines must be fixed before
// going on. Below the box, every target of the last reading is listed by name and id (the
// names the pane knew; the pre-flight reads the others), with the same count as the
// pane's status bar. A page derived from it reads its own line format and hands the result
// to its wizard.
class LineListPage : public QWizardPage
{
    Q_OBJECT
public:
    void initializePage() override;
    bool validatePage() override;

    // Adds the lines of a file to the box (what "Import file…" does once a file is picked).
    bool importFile(const QString &path);

    QPlainTextEdit *editor() const { return m_text; }
    QListWidget *problemList() const { return m_problems; }
    // One row per target of the last reading, in the box's order.
    QTreeView *targetList() const { return m_targetView; }
    QString summaryText() const;
    QString errorText() const;

protected:
    // What a reading of the box found.
    struct Reading {
        QList<InputProblem> problems;
        int count = 0; // good lines
        // What the target list shows, one row per good line: the cells of targetHeaders(),
        // ids last (shown in full as a tooltip, elided in the middle when narrow).
        QList<QStringList> rows;
    };

    // editorName: the box's object name.
    explicit LineListPage(const QString &editorName);

    // The lines the wizard starts with (the pane's selection).
    virtual QStringList initialLines() const = 0;
    // Reads the box's text; commit() hands the last reading to the wizard.
    virtual Reading read(const QByteArray &text) = 0;
    virtual void commit() = 0;
    // "%n entities", "%n API × cluster pairs".
    virtual QString countText(int count) const = 0;
    // The error when the box holds nothing to act on.
    virtual QString emptyText() const = 0;
    // The target list's column titles.
    virtual QStringList targetHeaders() const = 0;
    // What a target whose name the pane did not know shows.
    static QString unknownName();
    // Title, subtitle and the page's own texts (introText, placeholder).
    virtual void retranslatePage() = 0;

    QLabel *intro() const { return m_intro; }
    // Sets every text; the derived page calls it at the end of its constructor.
    void retranslateUi();
    void changeEvent(QEvent *event) override;

private:
    Reading readBox();
    void showReading(const Reading &reading);
    void showError(const QString &text);
    void showTargets(const QList<QStringList> &rows);

    QLabel *m_intro;
    QPlainTextEdit *m_text;
    QPushButton *m_import;
    QLabel *m_summary;
    QListWidget *m_problems;
    QStandardItemModel *m_targets;
    QTreeView *m_targetView;
    QLabel *m_error;
    QTimer m_parseTimer;
    bool m_filled = false;
};

} // namespace dataarts::ui
