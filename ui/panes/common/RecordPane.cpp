#include "RecordPane.h"

#include "AccessibleText.h"
#include "LoadBar.h"
#include "RecordFilterProxy.h"
#include "RecordListModel.h"
#include "StatusBadgeDelegate.h"

#include "client/Session.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace dataarts::ui {

// The view's selection model, telling the selections that a select() call makes (the
// view's clicks and keys, selectAll(), a test's or a caller's select()) from those the
// model's own changes make (rows filtered out, removed or moved), and letting the pane
// select from its record set without that counting as the user's.
class RecordSelectionModel : public QItemSelectionModel
{
public:
    using QItemSelectionModel::QItemSelectionModel;
    using QItemSelectionModel::select;

    void select(const QItemSelection &selection, SelectionFlags command) override
    {
        const bool was = m_user;
        m_user = true;
        QItemSelectionModel::select(selection, command);
        m_user = was;
    }
    void selectFromSet(const QItemSelection &selection, SelectionFlags command)
    {
        const bool was = m_user;
        m_user = false;
        QItemSelectionModel::select(selection, command);
        m_user = was;
    }
    // Inside a select() call that is not the pane's own.
    bool isUserSelecting() const { return m_user; }

private:
    bool m_user = false;
};

RecordPane::RecordPane(QWidget *parent)
    : Pane(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(4, 0, 4, 0);
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("paneToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    row->addWidget(m_toolBar, 1);
    m_instantFilter = new QLineEdit(this);
    m_instantFilter->setObjectName(QStringLiteral("instantFilter"));
    m_instantFilter->setClearButtonEnabled(true);
    // The icon is a button for a screen reader too: named, it selects the field's words.
    m_filterIcon = m_instantFilter->addAction(QIcon(QStringLiteral(":/icons/filter.svg")),
                                              QLineEdit::LeadingPosition);
    connect(m_filterIcon, &QAction::triggered, this, [this] {
        m_instantFilter->setFocus(Qt::OtherFocusReason);
        m_instantFilter->selectAll();
    });
    m_instantFilter->setMinimumWidth(220);
    row->addWidget(m_instantFilter);
    layout->addLayout(row);

    m_loadBar = new LoadBar(this);
    layout->addWidget(m_loadBar);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("paneView"));
    m_view->setItemDelegate(new StatusBadgeDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setWordWrap(false);
    // One Tab stop: arrows move inside the table, Tab goes on to the next control.
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    // The header and a row or two at least: the pane fits under an 800 × 500 window's bars
    // with the Progress dock open (1600 × 1000 at 200 %).
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 3);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setSortIndicatorClearable(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    layout->addWidget(m_view, 1);

    m_refreshAction = new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    connect(m_refreshAction, &QAction::triggered, this, &RecordPane::refresh);
    m_toolBar->addAction(m_refreshAction);

    m_selectAllAction =
        new QAction(QIcon(QStringLiteral(":/icons/select-all.svg")), QString(), this);
    m_selectAllAction->setObjectName(QStringLiteral("selectAllMatchingAction"));
    m_selectAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    // From any focus in the window while the pane is shown (a hidden pane's keys sleep).
    m_selectAllAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_selectAllAction, &QAction::triggered, this, &RecordPane::selectAllMatching);
    m_toolBar->addAction(m_selectAllAction);
    addAction(m_selectAllAction);

    m_structureTimer = new QTimer(this);
    m_structureTimer->setSingleShot(true);
    m_structureTimer->setInterval(0);
    connect(m_structureTimer, &QTimer::timeout, this, [this] {
        updateSelectionCount();
        updateStatus();
    });

    connect(m_loadBar, &LoadBar::cancelClicked, this, &RecordPane::cancelLoading);
    connect(m_loadBar, &LoadBar::retryClicked, this, &RecordPane::onRetry);
    connect(m_loadBar, &LoadBar::resumeClicked, this, &RecordPane::onResume);
    connect(m_instantFilter, &QLineEdit::textChanged, this, &RecordPane::setInstantFilter);
    connect(m_view, &QWidget::customContextMenuRequested, this, &RecordPane::showContextMenu);
}

RecordPane::~RecordPane()
{
    // The loaders' jobs go before the session they point to.
    for (PageLoader *phase : std::as_const(m_phases))
        phase->reset();
}

void RecordPane::setModel(RecordListModel *model)
{
    m_model = model;
    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true); // the sort indicator is -1: server order until a click

    QItemSelectionModel *previous = m_view->selectionModel();
    m_selectionModel = new RecordSelectionModel(m_proxy, m_view);
    m_view->setSelectionModel(m_selectionModel);
    delete previous;
    QItemSelectionModel *selection = m_selectionModel;
    connect(selection, &QItemSelectionModel::selectionChanged, this,
            &RecordPane::onViewSelectionChanged);
    connect(selection, &QItemSelectionModel::currentChanged, this, &RecordPane::emitCurrentRecord);
    auto structure = [this] {
        m_countDirty = true;
        m_structureTimer->start();
    };
    // After the view's selection model has followed the change (it connected first), the
    // rows the set holds are selected again.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this, structure](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    syncViewRows(first, last);
                structure();
            });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, structure);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this, structure] {
        syncViewSelection();
        structure();
    });
    // The view is selected again from the set after a sort or filter: without a selection
    // during it, the selection model keeps no persistent index per selected range, which
    // costs seconds with thousands of scattered ranges.
    connect(m_proxy, &RecordFilterProxy::aboutToRearrange, this, [this] {
        if (m_recordSelection && m_selectionModel->hasSelection())
            m_selectionModel->selectFromSet(QItemSelection(), QItemSelectionModel::Clear);
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this, structure] {
        syncViewSelection();
        structure();
    });
    connect(m_proxy, &QAbstractItemModel::columnsInserted, this, [this, structure] {
        syncViewSelection();
        structure();
    });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, structure);
    // Rows the filter hides come and go too: the count covers them.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, structure);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, structure);
    connect(m_model, &QAbstractItemModel::modelReset, this, structure);
    connect(m_model, &QAbstractItemModel::dataChanged, this, structure);
    connect(m_proxy, &QAbstractItemModel::modelReset, this,
            [this] { emit currentRecordChanged({}); });
}

PageLoader *RecordPane::addLoadPhase(PageLoader::JobFactory factory)
{
    auto *phase = new PageLoader(this);
    phase->setJobFactory(std::move(factory));
    connect(phase, &PageLoader::pageReady, this,
            [this, phase](ListJob *job) { takePage(phase, job); });
    connect(phase, &PageLoader::progress, this, &RecordPane::updateStatus);
    connect(phase, &PageLoader::stateChanged, this,
            [this, phase](PageLoader::State state) { onPhaseState(phase, state); });
    m_phases.append(phase);
    return phase;
}

int RecordPane::clampedCount(qint64 n)
{
    return int(qBound(qint64(0), n, qint64(std::numeric_limits<int>::max())));
}

void RecordPane::addFilterBar(QWidget *bar)
{
    static_cast<QVBoxLayout *>(layout())->insertWidget(m_filterBars++, bar);
}

Session *RecordPane::session() const
{
    return m_session;
}

void RecordPane::setSession(Session *session)
{
    for (PageLoader *phase : std::as_const(m_phases))
        phase->reset();
    m_selectAllPending = false;
    m_session = session;
    m_selected.clear(); // another connection: other records
    m_countDirty = true;
    m_model->clear();
    if (m_session)
        startPhases();
    updateStatus();
    updateActions();
}

void RecordPane::reload()
{
    for (PageLoader *phase : std::as_const(m_phases))
        phase->reset();
    m_selectAllPending = false;
    m_model->clear();
    if (m_session)
        startPhases();
    updateStatus();
    updateActions();
}

void RecordPane::refresh()
{
    if (!m_session)
        return;
    for (PageLoader *phase : std::as_const(m_phases))
        phase->reset();
    m_model->beginMerge();
    startPhases();
    updateStatus();
}

void RecordPane::startPhases()
{
    m_phases.first()->start();
}

bool RecordPane::isLoading() const
{
    for (PageLoader *phase : m_phases) {
        if (phase->isLoading())
            return true;
    }
    return false;
}

QString RecordPane::loadError() const
{
    const PageLoader *phase = currentPhase();
    return phase->state() == PageLoader::State::Failed ? phase->error().message() : QString();
}

bool RecordPane::isComplete() const
{
    for (PageLoader *phase : m_phases) {
        if (!phase->isComplete())
            return false;
    }
    return true;
}

PageLoader *RecordPane::currentPhase() const
{
    for (PageLoader *phase : m_phases) {
        if (!phase->isComplete())
            return phase;
    }
    return m_phases.last();
}

void RecordPane::onPhaseState(PageLoader *phase, PageLoader::State state)
{
    if (state == PageLoader::State::Complete) {
        const qsizetype index = m_phases.indexOf(phase);
        if (index + 1 < m_phases.size()) {
            phaseComplete(phase);
            m_phases.at(index + 1)->start();
        } else {
            if (m_model->isMerging())
                m_model->endMerge();
            pruneSelection();
            if (m_selectAllPending) {
                m_selectAllPending = false;
                selectAllShown();
                emit selectAllMatchingFinished(true);
            }
        }
    } else if (state == PageLoader::State::Cancelled && m_selectAllPending) {
        m_selectAllPending = false;
        emit selectAllMatchingFinished(false);
    }
    // A failed page keeps "select all matching" waiting: Retry goes on with it. The status
    // text is final before loadingChanged() says the load is over.
    updateStatus();
    updateActions();
    setLoading(isLoading());
}

void RecordPane::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void RecordPane::cancelLoading()
{
    for (PageLoader *phase : std::as_const(m_phases))
        phase->cancel();
}

void RecordPane::onRetry()
{
    currentPhase()->resume();
}

void RecordPane::onResume()
{
    currentPhase()->resume();
}

void RecordPane::selectAllMatching()
{
    if (!m_session)
        return;
    if (isComplete()) {
        selectAllShown();
        emit selectAllMatchingFinished(true);
        return;
    }
    m_selectAllPending = true;
    PageLoader *phase = currentPhase();
    if (!phase->isLoading()) {
        if (phase->state() == PageLoader::State::Idle && phase == m_phases.first())
            startPhases();
        else
            phase->resume();
    }
    updateStatus();
}

void RecordPane::setInstantFilter(const QString &text)
{
    if (m_instantFilter->text() != text) {
        m_instantFilter->setText(text); // comes back here through textChanged
        return;
    }
    m_proxy->setInstantFilter(text);
    m_countDirty = true;
    updateSelectionCount();
    updateStatus();
}

void RecordPane::updateStatus()
{
    QString text;
    QString base; // text without the selection, for the window's status bar
    if (!m_session) {
        text = tr("Not connected");
        m_loadBar->showIdle(text);
    } else {
        PageLoader *phase = currentPhase();
        PageLoader *records = recordLoader();
        const bool recordPhase = phase == records;
        switch (phase->state()) {
        case PageLoader::State::Idle:
            m_loadBar->showIdle(text);
            break;
        case PageLoader::State::Loading:
            if (!recordPhase)
                text = phaseText(phase);
            else if (m_selectAllPending)
                text =
                    remainingText(records->total() < 0 ? -1 : records->total() - records->loaded());
            else
                text = selectionText(base = progressText(records->loaded(), records->total()));
            m_loadBar->showLoading(text, recordPhase ? records->loaded() : 0,
                                   recordPhase ? records->total() : -1);
            break;
        case PageLoader::State::Complete:
            text = selectionText(base = summaryText(m_proxy->rowCount(), m_model->rowCount()));
            m_loadBar->showIdle(text);
            break;
        case PageLoader::State::Cancelled:
            base = tr("%1 (stopped)")
                       .arg(recordPhase ? progressText(records->loaded(), records->total())
                                        : phaseText(phase));
            text = selectionText(base);
            m_loadBar->showCancelled(text);
            break;
        case PageLoader::State::Failed:
            text = tr("Loading failed: %1").arg(phase->error().message());
            if (m_selectAllPending)
                text += QLatin1Char(' ') + tr("“Select all matching” goes on after a retry.");
            m_loadBar->showError(text);
            break;
        }
    }
    if (base.isNull())
        base = text; // no selection in it
    if (text != m_statusText || base != m_statusBase) {
        m_statusText = text;
        m_statusBase = base;
        emit statusTextChanged(text);
    }
}

void RecordPane::updateSelectionCount()
{
    const int count = m_recordSelection ? selectionCount() : countSelection();
    if (count != m_selectionCount) {
        m_selectionCount = count;
        emit selectionCountChanged(count);
    }
    updateActions();
}

int RecordPane::selectionCount() const
{
    if (!m_recordSelection)
        return m_selectionCount;
    recount();
    return m_count;
}

int RecordPane::selectionHiddenCount() const
{
    if (!m_recordSelection)
        return 0;
    recount();
    return m_hiddenCount;
}

void RecordPane::recount() const
{
    if (!m_countDirty)
        return;
    m_countDirty = false;
    m_count = 0;
    m_hiddenCount = 0;
    for (auto it = m_selected.cbegin(); it != m_selected.cend(); ++it) {
        const int row = m_model->rowOfRecord(it.key());
        if (row < 0)
            continue;
        const int size = selectionSize(row, it.value());
        m_count += size;
        if (!m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
            m_hiddenCount += size;
    }
}

int RecordPane::countSelection() const
{
    return m_count;
}

void RecordPane::useRecordSelection()
{
    m_recordSelection = true;
    m_countDirty = true;
}

QStringList RecordPane::selectionParts(int, int) const
{
    return {QString()};
}

QList<QPair<int, int>> RecordPane::selectionColumns(const QStringList &) const
{
    return {{0, m_model->columnCount() - 1}};
}

int RecordPane::selectionSize(int, const QStringList &) const
{
    return 1;
}

QStringList RecordPane::matchingParts(int) const
{
    return {QString()};
}

QList<int> RecordPane::selectedSourceRows() const
{
    QList<int> rows;
    rows.reserve(m_selected.size());
    for (auto it = m_selected.cbegin(); it != m_selected.cend(); ++it) {
        const int row = m_model->rowOfRecord(it.key());
        if (row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QStringList RecordPane::selectedParts(int sourceRow) const
{
    return m_selected.value(m_model->recordId(sourceRow));
}

void RecordPane::selectAllShown()
{
    if (!m_recordSelection) {
        m_view->selectAll();
        return;
    }
    // The rows shown get what "select all matching" means for them; hidden ones stay.
    const int rows = m_proxy->rowCount();
    for (int row = 0; row < rows; ++row) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        QStringList parts = matchingParts(source);
        if (parts.isEmpty())
            m_selected.remove(m_model->recordId(source));
        else
            m_selected.insert(m_model->recordId(source), std::move(parts));
    }
    syncViewSelection();
    selectionContentChanged();
}

namespace {

// Adds the parts to a sorted list, or removes them from it.
void addParts(QStringList &list, const QStringList &parts)
{
    for (const QString &part : parts) {
        const auto at = std::lower_bound(list.begin(), list.end(), part);
        if (at == list.end() || *at != part)
            list.insert(at, part);
    }
}

void removeParts(QStringList &list, const QStringList &parts)
{
    for (const QString &part : parts) {
        const auto at = std::lower_bound(list.begin(), list.end(), part);
        if (at != list.end() && *at == part)
            list.erase(at);
    }
}

} // namespace

void RecordPane::onViewSelectionChanged(const QItemSelection &selected,
                                        const QItemSelection &deselected)
{
    if (!m_recordSelection) {
        updateSelectionCount();
        return;
    }
    // Only what a select() call did: the rows the model's own changes drop from the view
    // (filtered out, removed) stay in the set.
    if (!m_selectionModel->isUserSelecting())
        return;
    const int rowCount = m_proxy->rowCount();
    auto apply = [&](const QItemSelection &ranges, bool add) {
        for (const QItemSelectionRange &range : ranges) {
            if (range.parent().isValid())
                continue;
            const QStringList parts = selectionParts(range.left(), range.right());
            for (int row = qMax(0, range.top()); row <= qMin(rowCount - 1, range.bottom()); ++row) {
                const QString id =
                    m_model->recordId(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
                if (add) {
                    addParts(m_selected[id], parts);
                } else {
                    auto it = m_selected.find(id);
                    if (it == m_selected.end())
                        continue;
                    removeParts(it.value(), parts);
                    if (it->isEmpty())
                        m_selected.erase(it);
                }
            }
        }
    };
    apply(deselected, false);
    apply(selected, true);
    selectionContentChanged();
}

void RecordPane::selectionContentChanged()
{
    m_countDirty = true;
    updateSelectionCount();
    updateStatus();
}

QItemSelection RecordPane::viewSelection(int first, int last) const
{
    // Consecutive rows with the same columns make one range per column run.
    QItemSelection selection;
    if (m_selected.isEmpty())
        return selection;
    QList<QPair<int, int>> previousRuns;
    QList<qsizetype> previousRanges; // indexes into selection of the previous row's ranges
    int previousRow = -2;
    for (int row = first; row <= last; ++row) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        const auto it = m_selected.constFind(m_model->recordId(source));
        if (it == m_selected.cend())
            continue;
        const QList<QPair<int, int>> runs = selectionColumns(it.value());
        if (runs.isEmpty())
            continue;
        if (previousRow == row - 1 && runs == previousRuns) {
            for (const qsizetype i : std::as_const(previousRanges)) {
                const QItemSelectionRange &old = selection.at(i);
                selection[i] = QItemSelectionRange(old.topLeft(),
                                                   m_proxy->index(row, old.bottomRight().column()));
            }
            previousRow = row;
            continue;
        }
        previousRuns = runs;
        previousRanges.clear();
        previousRow = row;
        for (const auto &run : runs) {
            previousRanges.append(selection.size());
            selection.append(QItemSelectionRange(m_proxy->index(row, run.first),
                                                 m_proxy->index(row, run.second)));
        }
    }
    return selection;
}

void RecordPane::syncViewSelection()
{
    if (!m_recordSelection)
        return;
    const QItemSelection selection = viewSelection(0, m_proxy->rowCount() - 1);
    // Clear, then select: QItemSelectionModel compares an old and a new selection range by
    // range (thousands of ranges after a sort each way), but not when either is empty.
    if (m_selectionModel->hasSelection())
        m_selectionModel->selectFromSet(QItemSelection(), QItemSelectionModel::Clear);
    if (!selection.isEmpty())
        m_selectionModel->selectFromSet(selection, QItemSelectionModel::Select);
}

void RecordPane::syncViewRows(int first, int last)
{
    if (!m_recordSelection)
        return;
    const QItemSelection selection = viewSelection(first, last);
    if (!selection.isEmpty())
        m_selectionModel->selectFromSet(selection, QItemSelectionModel::Select);
}

void RecordPane::pruneSelection()
{
    if (!m_recordSelection || m_selected.isEmpty())
        return;
    bool dropped = false;
    for (auto it = m_selected.begin(); it != m_selected.end();) {
        if (m_model->rowOfRecord(it.key()) < 0) {
            it = m_selected.erase(it);
            dropped = true;
        } else {
            ++it;
        }
    }
    if (dropped)
        selectionContentChanged();
}

QString RecordPane::selectionSummary() const
{
    if (!m_recordSelection)
        return Pane::selectionSummary();
    const int count = selectionCount();
    if (count <= 0)
        return QString();
    const int hidden = selectionHiddenCount();
    return hidden > 0 ? tr("%Ln selected, %1 of them hidden by the filter", nullptr, count)
                            .arg(QLocale().toString(hidden))
                      : tr("%Ln selected", nullptr, count);
}

QString RecordPane::selectionText(const QString &text) const
{
    if (!m_recordSelection || selectionCount() <= 0)
        return text;
    //: The pane's status, then what is selected: "5,000 tables, 12 selected"
    return tr("%1, %2").arg(text, selectionSummary());
}

void RecordPane::emitCurrentRecord()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        emit currentRecordChanged({});
        return;
    }
    emit currentRecordChanged(m_model->fields(m_proxy->mapToSource(current).row()));
}

void RecordPane::showContextMenu(const QPoint &pos)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("paneContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    fillContextMenu(menu);
    // popup(), not exec(): no nested event loop.
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void RecordPane::phaseComplete(PageLoader *)
{}

QString RecordPane::phaseText(PageLoader *) const
{
    return tr("Loading…");
}

void RecordPane::updateActions()
{
    m_refreshAction->setEnabled(!m_session.isNull());
    m_selectAllAction->setEnabled(!m_session.isNull());
}

void RecordPane::retranslateUi()
{
    m_refreshAction->setText(tr("Refresh"));
    m_refreshAction->setToolTip(tr("Read the list again from the server; the selection stays"));
    m_selectAllAction->setText(tr("Select all matching"));
    m_selectAllAction->setToolTip(
        tr("Select everything that matches the filters, loading the pages not loaded yet"));
    m_instantFilter->setPlaceholderText(tr("Filter the loaded rows…"));
    m_instantFilter->setToolTip(tr("Shows only the loaded rows that contain every word typed"));
    m_instantFilter->setAccessibleName(tr("Filter the loaded rows"));
    m_filterIcon->setText(tr("Filter the loaded rows"));
    accessibleText::nameLineEditButtons(m_instantFilter);
    accessibleText::nameToolBarExtension(m_toolBar);
    m_view->viewport()->update();
    updateStatus();
    emit titleChanged();
    if (m_view->selectionModel() && m_view->selectionModel()->currentIndex().isValid())
        emitCurrentRecord(); // the details panel's labels in the new language
}

void RecordPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_model)
        retranslateUi();
    Pane::changeEvent(event);
}

} // namespace dataarts::ui
