#pragma once

#include "batch/BatchRun.h"
#include "batch/RunEvents.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QToolButton;
class QTreeView;

namespace dataarts {
class BatchEngine;
class RunCenter;
} // namespace dataarts

namespace dataarts::ui {

class UndoDialog;

class RunListModel;
class RunTreeModel;
class RunTreeProxy;

// The Progress view (spec/product.md "Progress view"): the runs of the journal, newest
// first, with their totals and a progress bar; for the selected run its requests and items
// (RunTreeModel), "Failed only", Cancel, Retry failed, Refresh pending and Export (CSV, CSV
// with a byte order mark, JSON). Running runs follow their BatchRun's signals, applied in
// batches; finished runs load from the journal. Put it in a dock or a window.
class ProgressView : public QWidget
{
    Q_OBJECT
public:
    enum class ExportFormat { Csv, CsvWithBom, Json };
    Q_ENUM(ExportFormat)

    explicit ProgressView(RunCenter *center, QWidget *parent = nullptr);
    ~ProgressView() override;

    qint64 selectedRunId() const { return m_selected; }
    // The last error or note shown above the lists (translated), empty when none.
    QString message() const;

    // For tests and the window's menus.
    RunListModel *runListModel() const { return m_runs; }
    RunTreeModel *treeModel() const { return m_tree; }
    RunTreeProxy *treeProxy() const { return m_treeProxy; }
    QTreeView *runListView() const { return m_runView; }
    QTreeView *treeView() const { return m_treeView; }

public slots:
    // Selects a run (adds it from the journal when the list does not have it).
    bool showRun(qint64 runId);
    void setFailedOnly(bool failedOnly);
    // Cancel / Retry failed / Refresh pending of the selected run. Retry selects the new run.
    bool cancelRun();
    qint64 retryFailed();
    bool refreshPending();
    // Undo of the selected run (STOP, RECOVER, batch offline): reads each target's current
    // state (UndoCheck), then shows what will be sent in an UndoDialog (undoDialog() while
    // open; for a batch offline it asks for the approver); accepting it starts the undo run
    // and selects it. False with message() set when it cannot start.
    bool undoRun();
    UndoDialog *undoDialog() const;
    // Writes the run to `path` (QSaveFile). False with message() set.
    bool exportRun(qint64 runId, const QString &path, ExportFormat format);
    // Reads the run list from the journal again.
    void reloadRuns();

signals:
    void selectedRunChanged(qint64 runId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Pending {
        enum Type { Started, Finished, Items } type;
        RequestEvent event;
        QList<ItemChange> changes;
    };

    void retranslateUi();
    // The runs beside the run's requests in a wide, short dock (under the panes), above
    // them in a tall one (beside the panes, floating).
    void followDockArea();
    void onEngineChanged(BatchEngine *engine);
    void follow(BatchRun *run);
    void onRunStarted(qint64 runId);
    void onRunFinished(qint64 runId);
    void onPendingRefreshed(qint64 runId, int changed);
    void onSelectionChanged();
    void loadSelected();
    void queue(qint64 runId, Pending pending);
    void flush();
    void updateActions();
    void updateSummary();
    void pollPending();
    void exportSelected(ExportFormat format);
    // Words from elsewhere (the journal's, the run center's errors), as they are.
    void setMessage(const QString &text);
    // Our own words, said again in the new language on a language change.
    void setMessage(const std::function<QString()> &text);
    void showMessage();

    QPointer<RunCenter> m_center;
    QPointer<UndoDialog> m_undoDialog;
    bool m_undoChecking = false;
    RunListModel *m_runs;
    QSortFilterProxyModel *m_runProxy;
    RunTreeModel *m_tree;
    RunTreeProxy *m_treeProxy;
    QTreeView *m_runView;
    QTreeView *m_treeView;
    QLabel *m_message;
    std::function<QString()> m_messageText;
    QLabel *m_summary;
    QSplitter *m_splitter = nullptr;
    QDockWidget *m_dock = nullptr;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_undo;
    QPushButton *m_refresh;
    QToolButton *m_export;
    QMenu *m_exportMenu;
    QAction *m_exportCsv;
    QAction *m_exportBom;
    QAction *m_exportJson;
    QCheckBox *m_failedOnly;
    qint64 m_selected = 0;
    QList<Pending> m_pending;
    QTimer m_flushTimer;
    QTimer m_pollTimer;
};

} // namespace dataarts::ui
