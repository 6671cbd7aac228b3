#include "ProgressView.h"

#include "ProgressBarDelegate.h"
#include "RunListModel.h"
#include "RunTreeModel.h"
#include "RunTreeProxy.h"
#include "UndoDialog.h"

#include "batch/BatchEngine.h"
#include "journal/Journal.h"
#include "journal/RunExport.h"
#include "panes/common/ItemRoles.h"
#include "panes/common/StatusBadgeDelegate.h"
#include "panes/common/WrapLayout.h"
#include "runs/RunCenter.h"
#include "settings/AppSettings.h"
#include "runs/UndoCheck.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QDockWidget>
#include <QMainWindow>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace dataarts::ui {

namespace {
constexpr int kFlushMs = 150;
constexpr int kRecentRuns = 200;

int pollSeconds()
{
    return appSettings::approvalsPollSeconds();
}
} // namespace

ProgressView::ProgressView(RunCenter *center, QWidget *parent)
    : QWidget(parent)
    , m_center(center)
    , m_runs(new RunListModel(this))
    , m_runProxy(new QSortFilterProxyModel(this))
    , m_tree(new RunTreeModel(this))
    , m_treeProxy(new RunTreeProxy(this))
{
    setObjectName(QStringLiteral("progressView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    // The buttons on as many lines as the dock's width needs (a scaled or small window).
    auto *bar = new WrapLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    m_cancel = new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), QString(), this);
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_retry = new QPushButton(QIcon(QStringLiteral(":/icons/retry.svg")), QString(), this);
    m_retry->setObjectName(QStringLiteral("retryFailedButton"));
    m_undo = new QPushButton(QIcon(QStringLiteral(":/icons/api-action.svg")), QString(), this);
    m_undo->setObjectName(QStringLiteral("undoRunButton"));
    m_refresh = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(), this);
    m_refresh->setObjectName(QStringLiteral("refreshPendingButton"));
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_exportMenu = new QMenu(m_export);
    m_exportCsv = m_exportMenu->addAction(QString());
    m_exportBom = m_exportMenu->addAction(QString());
    m_exportJson = m_exportMenu->addAction(QString());
    m_export->setMenu(m_exportMenu);
    m_failedOnly = new QCheckBox(this);
    m_failedOnly->setObjectName(QStringLiteral("failedOnlyCheck"));
    bar->addWidget(m_cancel);
    bar->addWidget(m_retry);
    bar->addWidget(m_undo);
    bar->addWidget(m_refresh);
    bar->addWidget(m_export);
    bar->addWidget(m_failedOnly);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("progressMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_splitter = splitter;
    m_runProxy->setSourceModel(m_runs);
    m_runProxy->setSortRole(roles::Sort);
    m_runView = new QTreeView(splitter);
    m_runView->setObjectName(QStringLiteral("runList"));
    m_runView->setRootIsDecorated(false);
    m_runView->setUniformRowHeights(true);
    m_runView->setSortingEnabled(true);
    m_runView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runView->setModel(m_runProxy);
    m_runView->sortByColumn(RunListModel::Id, Qt::DescendingOrder);
    m_runView->setItemDelegateForColumn(RunListModel::Progress, new ProgressBarDelegate(this));
    // Every column: the one row height fits CJK names (StatusBadgeDelegate::sizeHint).
    m_runView->setItemDelegate(new StatusBadgeDelegate(this));

    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(detail);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true); // a narrow dock shows the totals on two lines
    detailLayout->addWidget(m_summary);
    m_treeProxy->setSourceModel(m_tree);
    m_treeView = new QTreeView(detail);
    m_treeView->setObjectName(QStringLiteral("runTree"));
    m_treeView->setUniformRowHeights(true);
    m_treeView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_treeView->setModel(m_treeProxy);
    // Every column: the one row height fits CJK names and their underscores.
    m_treeView->setItemDelegate(new StatusBadgeDelegate(this));
    // Names and state badges are read in full at the default size; long ids (request ids)
    // elide in the middle and are whole in their tooltip.
    m_treeView->setTextElideMode(Qt::ElideMiddle);
    m_treeView->header()->resizeSection(RunTreeModel::Key, 340);
    m_treeView->header()->resizeSection(RunTreeModel::State, 170);
    m_treeView->header()->resizeSection(RunTreeModel::Http, 60);
    m_treeView->header()->resizeSection(RunTreeModel::Remark, 220);
    m_treeView->header()->resizeSection(RunTreeModel::RequestId, 140);
    m_runView->header()->resizeSection(RunListModel::State, 170);
    detailLayout->addWidget(m_treeView, 1);
    // Small enough for the dock under the panes of an 800 × 500 window (1600 × 1000 at
    // 200 %): the header and a row or two, more as the dock grows.
    for (QTreeView *view : {m_runView, m_treeView})
        view->setMinimumHeight(view->fontMetrics().height() * 3);
    splitter->addWidget(m_runView);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ProgressView::flush);
    m_pollTimer.setInterval(pollSeconds() * 1000);
    connect(&m_pollTimer, &QTimer::timeout, this, &ProgressView::pollPending);
    m_pollTimer.start();

    connect(m_cancel, &QPushButton::clicked, this, &ProgressView::cancelRun);
    connect(m_retry, &QPushButton::clicked, this, &ProgressView::retryFailed);
    connect(m_undo, &QPushButton::clicked, this, &ProgressView::undoRun);
    connect(m_refresh, &QPushButton::clicked, this, &ProgressView::refreshPending);
    connect(m_failedOnly, &QCheckBox::toggled, this, &ProgressView::setFailedOnly);
    connect(m_exportCsv, &QAction::triggered, this, [this] { exportSelected(ExportFormat::Csv); });
    connect(m_exportBom, &QAction::triggered, this,
            [this] { exportSelected(ExportFormat::CsvWithBom); });
    connect(m_exportJson, &QAction::triggered, this,
            [this] { exportSelected(ExportFormat::Json); });
    connect(m_runView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProgressView::onSelectionChanged);

    if (m_center) {
        connect(m_center, &RunCenter::engineChanged, this, &ProgressView::onEngineChanged);
        connect(m_center, &RunCenter::runStarted, this, &ProgressView::onRunStarted);
        connect(m_center, &RunCenter::runFinished, this,
                [this](qint64 runId, BatchRun::Outcome) { onRunFinished(runId); });
        connect(m_center, &RunCenter::pendingRefreshed, this,
                [this](qint64 runId, int changed, const ApiError &error) {
                    if (error.kind != ApiError::Kind::None && runId == m_selected)
                        setMessage(error.message());
                    onPendingRefreshed(runId, changed);
                });
    }
    retranslateUi();
    onEngineChanged(m_center ? m_center->engine() : nullptr);
}

ProgressView::~ProgressView() = default;

QString ProgressView::message() const
{
    return m_message->text();
}

void ProgressView::setMessage(const QString &text)
{
    setMessage([text] { return text; });
}

void ProgressView::setMessage(const std::function<QString()> &text)
{
    // Kept as a function of the language: a language change says it again.
    m_messageText = text;
    showMessage();
}

void ProgressView::showMessage()
{
    const QString text = m_messageText ? m_messageText() : QString();
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ProgressView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dock)
        return;
    for (QWidget *p = parentWidget(); p; p = p->parentWidget()) {
        if ((m_dock = qobject_cast<QDockWidget *>(p)))
            break;
    }
    if (!m_dock)
        return;
    connect(m_dock, &QDockWidget::dockLocationChanged, this, &ProgressView::followDockArea);
    connect(m_dock, &QDockWidget::topLevelChanged, this, &ProgressView::followDockArea);
    followDockArea();
}

void ProgressView::followDockArea()
{
    auto *window = m_dock ? qobject_cast<QMainWindow *>(m_dock->parentWidget()) : nullptr;
    const Qt::DockWidgetArea area =
        window && !m_dock->isFloating() ? window->dockWidgetArea(m_dock) : Qt::NoDockWidgetArea;
    const Qt::Orientation orientation =
        area == Qt::BottomDockWidgetArea || area == Qt::TopDockWidgetArea ? Qt::Horizontal
                                                                           : Qt::Vertical;
    if (m_splitter->orientation() == orientation)
        return;
    m_splitter->setOrientation(orientation);
    // The run's requests get the larger part either way.
    const int length = orientation == Qt::Horizontal ? m_splitter->width() : m_splitter->height();
    m_splitter->setSizes({length / 3, length - length / 3});
}

void ProgressView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProgressView::retranslateUi()
{
    m_cancel->setText(tr("Cancel run"));
    m_cancel->setToolTip(tr("Send nothing more; requests in flight finish and are recorded."));
    m_retry->setText(tr("Retry failed"));
    m_retry->setToolTip(tr("Start a new run of the failed items of this run."));
    m_undo->setText(tr("Undo…"));
    m_undo->setToolTip(tr("Put back what this STOP, RECOVER or batch-offline run changed: "
                          "shows the targets, each read again first, before anything is "
                          "sent."));
    m_refresh->setText(tr("Refresh pending"));
    m_refresh->setToolTip(tr("Ask the server about items waiting for an approval or a time."));
    m_export->setText(tr("Export"));
    m_exportCsv->setText(tr("Export CSV…"));
    m_exportBom->setText(tr("Export CSV for spreadsheets (with BOM)…"));
    m_exportJson->setText(tr("Export JSON…"));
    m_failedOnly->setText(tr("Failed only"));
    m_runView->setAccessibleName(tr("Runs"));
    m_treeView->setAccessibleName(tr("Requests and items of the run"));
    m_runs->retranslate();
    m_tree->retranslate();
    updateSummary();
    showMessage();
}

void ProgressView::onEngineChanged(BatchEngine *engine)
{
    reloadRuns();
    if (engine) {
        const QList<BatchRun *> running = engine->runs();
        for (BatchRun *run : running)
            follow(run);
    }
    updateActions();
}

void ProgressView::reloadRuns()
{
    if (!m_center || !m_center->journal()->isOpen())
        return;
    JournalQuery query;
    query.limit = kRecentRuns;
    const RunPage page = m_center->journal()->searchRuns(query);
    QSet<qint64> running;
    if (BatchEngine *engine = m_center->engine()) {
        const QList<BatchRun *> runs = engine->runs();
        for (BatchRun *run : runs)
            running.insert(run->id());
    }
    const qint64 selected = m_selected;
    m_runs->setRuns(page.runs, running);
    for (qint64 id : std::as_const(running)) {
        if (BatchRun *run = m_center->engine()->run(id))
            m_runs->setTotals(id, run->totals());
    }
    if (selected > 0)
        showRun(selected);
}

void ProgressView::follow(BatchRun *run)
{
    const qint64 id = run->id();
    connect(run, &BatchRun::totalsChanged, this, [this, id](const RunTotals &totals) {
        m_runs->setTotals(id, totals);
        if (id == m_selected)
            updateSummary();
    });
    connect(run, &BatchRun::requestStarted, this, [this, id](const RequestEvent &e) {
        queue(id, {Pending::Started, e, {}});
    });
    connect(run, &BatchRun::requestFinished, this, [this, id](const RequestEvent &e) {
        queue(id, {Pending::Finished, e, {}});
    });
    connect(run, &BatchRun::itemsChanged, this, [this, id](const QList<ItemChange> &changes) {
        queue(id, {Pending::Items, {}, changes});
    });
}

void ProgressView::onRunStarted(qint64 runId)
{
    BatchEngine *engine = m_center ? m_center->engine() : nullptr;
    BatchRun *run = engine ? engine->run(runId) : nullptr;
    if (const std::optional<RunSummary> summary = m_center->journal()->runSummary(runId)) {
        m_runs->upsert(*summary, run != nullptr);
        // An undo: the run it undoes now says so ("Undone by run N").
        if (summary->undoOf > 0 && m_runs->rowOf(summary->undoOf) >= 0) {
            if (const std::optional<RunSummary> undone =
                    m_center->journal()->runSummary(summary->undoOf))
                m_runs->upsert(*undone, engine && engine->run(summary->undoOf));
        }
    }
    if (run) {
        m_runs->setTotals(runId, run->totals());
        follow(run);
    }
    updateActions();
}

void ProgressView::onRunFinished(qint64 runId)
{
    if (runId == m_selected)
        flush();
    if (const std::optional<RunSummary> summary = m_center->journal()->runSummary(runId))
        m_runs->upsert(*summary, false);
    else
        m_runs->setRunning(runId, false);
    if (runId == m_selected)
        loadSelected();
    updateActions();
}

void ProgressView::onPendingRefreshed(qint64 runId, int changed)
{
    if (changed <= 0)
        return;
    if (const std::optional<RunSummary> summary = m_center->journal()->runSummary(runId))
        m_runs->upsert(*summary, m_center->engine() && m_center->engine()->run(runId));
    if (runId == m_selected)
        loadSelected();
}

void ProgressView::queue(qint64 runId, Pending pending)
{
    if (runId != m_selected)
        return;
    m_pending.append(std::move(pending));
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ProgressView::flush()
{
    m_flushTimer.stop();
    QList<Pending> pending;
    pending.swap(m_pending);
    QList<RequestEvent> started;
    QList<ItemChange> changes;
    const auto applyStarted = [&] {
        if (!started.isEmpty())
            m_tree->requestsStarted(started);
        started.clear();
    };
    for (const Pending &p : std::as_const(pending)) {
        switch (p.type) {
        case Pending::Started:
            started.append(p.event);
            break;
        case Pending::Finished:
            applyStarted();
            m_tree->requestFinished(p.event);
            break;
        case Pending::Items:
            changes.append(p.changes);
            break;
        }
    }
    applyStarted();
    // States do not depend on where an item sits: one batch after the moves.
    if (!changes.isEmpty())
        m_tree->itemsChanged(changes);
    updateSummary();
    updateActions();
}

bool ProgressView::showRun(qint64 runId)
{
    if (!m_center)
        return false;
    if (m_runs->rowOf(runId) < 0) {
        const std::optional<RunSummary> summary = m_center->journal()->runSummary(runId);
        if (!summary) {
            setMessage([runId] {
                return tr("Run %1 is not in the journal.").arg(QLocale().toString(runId));
            });
            return false;
        }
        BatchEngine *engine = m_center->engine();
        m_runs->upsert(*summary, engine && engine->run(runId));
    }
    const QModelIndex index = m_runProxy->mapFromSource(m_runs->index(m_runs->rowOf(runId), 0));
    m_runView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
    m_runView->scrollTo(index);
    if (m_selected != runId) { // the selection did not change (same row)
        m_selected = runId;
        loadSelected();
    }
    return true;
}

void ProgressView::onSelectionChanged()
{
    const QModelIndexList rows = m_runView->selectionModel()->selectedRows();
    const qint64 id = rows.isEmpty() ? 0 : rows.first().data(RunListModel::RunIdRole).toLongLong();
    if (id == m_selected)
        return;
    m_selected = id;
    loadSelected();
}

void ProgressView::loadSelected()
{
    m_pending.clear();
    m_flushTimer.stop();
    setMessage(QString());
    if (m_selected <= 0 || !m_center) {
        m_tree->clear();
    } else if (const std::optional<RunRecord> record = m_center->journal()->loadRun(m_selected)) {
        m_tree->setRun(*record);
        BatchEngine *engine = m_center->engine();
        if (BatchRun *run = engine ? engine->run(m_selected) : nullptr) {
            // The journal is written on a thread of its own: the run knows better.
            QList<ItemChange> changes;
            const QList<BatchRun::ItemView> items = run->items();
            changes.reserve(items.size());
            for (const BatchRun::ItemView &v : items)
                changes.append({v.item.id, v.state, v.code, v.remark, v.approvalId, v.effectiveAt});
            m_tree->itemsChanged(changes);
            m_runs->setTotals(m_selected, run->totals());
        }
    } else {
        m_tree->clear();
        setMessage(m_center->journal()->errorString());
    }
    if (m_tree->rowCount() > 0 && m_tree->rowCount() <= 20)
        m_treeView->expandAll();
    updateSummary();
    updateActions();
    emit selectedRunChanged(m_selected);
}

void ProgressView::updateSummary()
{
    const int row = m_runs->rowOf(m_selected);
    if (row < 0) {
        m_summary->setText(tr("Select a run to see its requests and items."));
        return;
    }
    m_summary->setText(RunText::summary(m_selected, m_runs->stateAt(row), m_runs->totalsAt(row)));
}

void ProgressView::updateActions()
{
    const int row = m_runs->rowOf(m_selected);
    const bool hasEngine = m_center && m_center->engine();
    const RunState state = m_runs->stateAt(row);
    const RunTotals t = m_runs->totalsAt(row);
    m_cancel->setEnabled(row >= 0 && state == RunState::Running);
    m_retry->setEnabled(row >= 0 && hasEngine && state != RunState::Running && t.failed > 0);
    m_undo->setEnabled(row >= 0 && hasEngine && state != RunState::Running &&
                       state != RunState::Interrupted && t.success > 0 && !m_undoChecking &&
                       (m_runs->kindAt(row) == RunKind::ApiAction ||
                        m_runs->kindAt(row) == RunKind::BatchOffline));
    m_refresh->setEnabled(row >= 0 && hasEngine && t.pending + t.scheduled > 0);
    m_export->setEnabled(row >= 0);
}

void ProgressView::setFailedOnly(bool failedOnly)
{
    if (m_failedOnly->isChecked() != failedOnly)
        m_failedOnly->setChecked(failedOnly); // comes back here through toggled()
    m_treeProxy->setFailedOnly(failedOnly);
    if (failedOnly)
        m_treeView->expandAll();
}

bool ProgressView::cancelRun()
{
    if (!m_center || m_selected <= 0)
        return false;
    if (!m_center->cancel(m_selected)) {
        setMessage(m_center->errorString());
        return false;
    }
    setMessage([] { return tr("Cancelling: nothing more is sent; requests in flight finish."); });
    return true;
}

qint64 ProgressView::retryFailed()
{
    if (!m_center || m_selected <= 0)
        return 0;
    const qint64 id = m_center->retryFailed(m_selected);
    if (id <= 0) {
        setMessage(m_center->errorString());
        return 0;
    }
    showRun(id);
    return id;
}

UndoDialog *ProgressView::undoDialog() const
{
    return m_undoDialog.data();
}

bool ProgressView::undoRun()
{
    if (!m_center || m_selected <= 0 || !m_center->engine() || m_undoChecking)
        return false;
    const qint64 runId = m_selected;
    const std::optional<RunRecord> record = m_center->journal()->loadRun(runId);
    if (!record) {
        setMessage(m_center->journal()->errorString());
        return false;
    }
    const UndoPlan plan = UndoPlan::forRun(*record);
    if (!plan.ok()) {
        setMessage(plan.refusal);
        return false;
    }
    auto *check = new UndoCheck(m_center->engine()->session(), plan, this);
    m_undoChecking = true;
    updateActions();
    setMessage([] { return tr("Reading the current state of each target before the undo…"); });
    connect(check, &UndoCheck::finished, this, [this, check, runId] {
        check->deleteLater();
        m_undoChecking = false;
        updateActions();
        if (!check->ok()) {
            const QString error = check->error().message();
            setMessage([error] {
                return tr("The current state could not be read, so nothing was sent: %1")
                    .arg(error);
            });
            return;
        }
        setMessage(QString());
        const UndoPlan checked = check->plan();
        Session *session = m_center && m_center->engine() ? m_center->engine()->session() : nullptr;
        auto *dialog = new UndoDialog(runId, checked, session, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        connect(dialog, &QDialog::accepted, this, [this, dialog, runId] {
            RunSpec spec = dialog->plan().inverseSpec(runId, QDateTime::currentDateTimeUtc());
            const qint64 id = m_center ? m_center->start(spec) : 0;
            if (id <= 0) {
                setMessage(m_center ? m_center->errorString() : QString());
                return;
            }
            showRun(id);
        });
        m_undoDialog = dialog;
        dialog->open();
    });
    check->start();
    return true;
}

bool ProgressView::refreshPending()
{
    if (!m_center || m_selected <= 0)
        return false;
    if (!m_center->refreshPending(m_selected)) {
        setMessage(m_center->errorString());
        return false;
    }
    return true;
}

void ProgressView::pollPending()
{
    m_pollTimer.setInterval(pollSeconds() * 1000);
    if (QGuiApplication::applicationState() != Qt::ApplicationActive)
        return;
    const int row = m_runs->rowOf(m_selected);
    const RunTotals t = m_runs->totalsAt(row);
    if (row >= 0 && m_center && m_center->engine() && t.pending + t.scheduled > 0)
        m_center->refreshPending(m_selected);
}

bool ProgressView::exportRun(qint64 runId, const QString &path, ExportFormat format)
{
    if (!m_center)
        return false;
    const std::optional<RunRecord> record = m_center->journal()->loadRun(runId);
    if (!record) {
        setMessage(m_center->journal()->errorString());
        return false;
    }
    QString error;
    const bool ok =
        format == ExportFormat::Json
            ? RunExport::writeJson(*record, path, &error)
            : RunExport::writeCsv(*record, path, format == ExportFormat::CsvWithBom, &error);
    if (ok) {
        setMessage([runId, path] {
            return tr("Run %1 exported to %2.").arg(QLocale().toString(runId), path);
        });
    } else {
        setMessage(error);
    }
    return ok;
}

void ProgressView::exportSelected(ExportFormat format)
{
    if (m_selected <= 0)
        return;
    const bool json = format == ExportFormat::Json;
    const QString suggested = QStringLiteral("run-%1.%2")
                                  .arg(m_selected)
                                  .arg(json ? QStringLiteral("json") : QStringLiteral("csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export run"), suggested,
                                     json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportRun(m_selected, path, format);
}

} // namespace dataarts::ui
