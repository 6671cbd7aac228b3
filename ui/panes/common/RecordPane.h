#pragma once

#include "PageLoader.h"
#include "panes/Pane.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QStringList>

class QAction;
class QItemSelection;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;
class QToolBar;

namespace dataarts {
class ListJob;
class Session;
} // namespace dataarts

namespace dataarts::ui {

class LoadBar;
class RecordFilterProxy;
class RecordListModel;
class RecordSelectionModel;

// What the Tables and APIs panes share: a list model behind a RecordFilterProxy in a
// QTableView with badge delegate; loading in one or more phases (PageLoader each: the APIs
// pane loads the clusters, then the APIs), shown in a LoadBar with cancel, retry and
// "load the rest"; the instant filter; "select all matching" that first loads the pages
// not loaded yet; the selection count, status text and current record for the main
// window; the context menu. Subclasses give the model, the jobs, the texts and what a
// selection means.
//
// With useRecordSelection() (the Tables and APIs panes), the selection is a set of records
// by identity (RecordListModel::recordId), each with the parts of it chosen (a Tables row
// is one part, the record; an APIs row has one per cell), owned by the pane rather than by
// the view's row ranges over the proxy. The user's selecting in the view (click, Shift,
// Ctrl, Ctrl+A, keys) changes the set for the rows it touches; the instant filter, sorting,
// page loads, refreshes and the language leave it as it is, and the view is selected again
// from it after each of them. Records the filter hides stay selected. A finished load
// drops the records that are no longer in the list.
class RecordPane : public Pane
{
    Q_OBJECT
public:
    explicit RecordPane(QWidget *parent = nullptr);
    ~RecordPane() override;

    void setSession(dataarts::Session *session) override;
    void refresh() override;
    dataarts::Session *session() const;

    QTableView *view() const { return m_view; }
    RecordFilterProxy *proxy() const { return m_proxy; }
    LoadBar *loadBar() const { return m_loadBar; }
    QLineEdit *instantFilterEdit() const { return m_instantFilter; }
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *selectAllMatchingAction() const { return m_selectAllAction; }

    // The phase that loads the records (the last one).
    PageLoader *recordLoader() const { return m_phases.last(); }
    bool isLoading() const override;
    QString loadError() const override;
    // Every phase has loaded every page.
    bool isComplete() const;

    // As if typed into the instant filter box.
    void setInstantFilter(const QString &text);
    // Selects every row (or pair) that matches the server-side and instant filters. Pages
    // not loaded yet are loaded first (the load bar says so; cancel abandons the
    // selection); selectAllMatchingFinished() reports the outcome.
    void selectAllMatching();
    bool isSelectAllPending() const { return m_selectAllPending; }
    // Stops loading; loaded rows stay.
    void cancelLoading();

    QString statusText() const override { return m_statusText; }
    QString statusBarText() const override { return m_statusBase; }
    QString selectionSummary() const override;
    // How many items the selection stands for (what the wizard gets).
    int selectionCount() const;
    // How many of them the instant filter hides (with a record selection; else 0).
    int selectionHiddenCount() const;

signals:
    void selectAllMatchingFinished(bool selected);

protected:
    // For the subclass's constructor, in this order.
    void setModel(RecordListModel *model);
    PageLoader *addLoadPhase(PageLoader::JobFactory factory);
    // Widgets above the toolbar row (the server-side filters).
    void addFilterBar(QWidget *bar);

    // Clears the rows and loads every phase again (after a server-side filter changed).
    void reload();

    // A count for a %Ln plural: 0 .. INT_MAX.
    static int clampedCount(qint64 n);

    virtual void takePage(PageLoader *phase, dataarts::ListJob *job) = 0;
    // A phase other than the last has finished (the APIs pane fixes its columns here).
    virtual void phaseComplete(PageLoader *phase);
    // "Loaded 1,200 of 5,000 tables"
    virtual QString progressText(qint64 loaded, qint64 total) const = 0;
    // What an earlier phase is doing ("Loading the clusters…").
    virtual QString phaseText(PageLoader *phase) const;
    // "5,000 tables", "Showing 120 of 5,000 tables"
    virtual QString summaryText(int shown, int loaded) const = 0;
    // While "select all matching" waits: "Loading the remaining 3,800 tables to select
    // all that match…" (remaining < 0: not known yet).
    virtual QString remainingText(qint64 remaining) const = 0;
    // Without a record selection: how many items the view's selection stands for.
    virtual int countSelection() const;
    // Selects everything the proxy shows (with a record selection: matchingParts() of
    // every row shown, the hidden records staying as they are).
    virtual void selectAllShown();

    // For the subclass's constructor, after setModel(): the selection is kept by record.
    void useRecordSelection();
    bool hasRecordSelection() const { return m_recordSelection; }
    // The parts of a record that the cells of these columns stand for, sorted. Default: the
    // record itself (one empty part), whatever the columns.
    virtual QStringList selectionParts(int firstColumn, int lastColumn) const;
    // The columns to show selected for these parts: ascending [first, last] runs. Default:
    // every column.
    virtual QList<QPair<int, int>> selectionColumns(const QStringList &parts) const;
    // How many items these parts of the record at this model row stand for. Default: 1.
    virtual int selectionSize(int sourceRow, const QStringList &parts) const;
    // What "select all matching" selects of a record shown, sorted; empty for nothing.
    // Default: the record itself.
    virtual QStringList matchingParts(int sourceRow) const;
    // The model rows of the selected records that are loaded, ascending (the model's
    // order), and the parts selected of one.
    QList<int> selectedSourceRows() const;
    QStringList selectedParts(int sourceRow) const;
    virtual void fillContextMenu(QMenu *menu) = 0;
    virtual void updateActions();
    virtual void retranslateUi();

    void changeEvent(QEvent *event) override;
    // Recomputes and emits the status text and load bar.
    void updateStatus();

private:
    PageLoader *currentPhase() const;
    void startPhases();
    void onPhaseState(PageLoader *phase, PageLoader::State state);
    void onRetry();
    void onResume();
    void updateSelectionCount();
    void recount() const;
    void onViewSelectionChanged(const QItemSelection &selected, const QItemSelection &deselected);
    // Selects in the view what the set holds, over every row or rows first..last only.
    void syncViewSelection();
    void syncViewRows(int first, int last);
    QItemSelection viewSelection(int first, int last) const;
    // After a complete load: the records no longer in the list leave the set.
    void pruneSelection();
    void selectionContentChanged();
    QString selectionText(const QString &text) const;
    void emitCurrentRecord();
    void showContextMenu(const QPoint &pos);
    void setLoading(bool loading);

    QPointer<dataarts::Session> m_session;
    RecordListModel *m_model = nullptr;
    RecordFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    LoadBar *m_loadBar = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_instantFilter = nullptr;
    QAction *m_filterIcon = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QList<PageLoader *> m_phases;
    QTimer *m_structureTimer = nullptr;
    QString m_statusText;
    QString m_statusBase;
    int m_selectionCount = 0;
    RecordSelectionModel *m_selectionModel = nullptr;
    bool m_recordSelection = false;
    // Record id -> its selected parts, sorted (QString() for the record as a whole).
    QHash<QString, QStringList> m_selected;
    mutable bool m_countDirty = true;
    mutable int m_count = 0;
    mutable int m_hiddenCount = 0;
    bool m_selectAllPending = false;
    bool m_loading = false;
    int m_filterBars = 0;
};

} // namespace dataarts::ui
