#include "ApisPane.h"

#include "ApisFilterBar.h"
#include "ApisModel.h"

#include "panes/common/RecordFilterProxy.h"

#include "client/Session.h"
#include "client/jobs/ListServiceClustersJob.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelection>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QSet>
#include <QTableView>
#include <QToolBar>

#include <limits>

namespace dataarts::ui {

ApisPane::ApisPane(QWidget *parent)
    : RecordPane(parent)
{
    setObjectName(QStringLiteral("apisPane"));
    m_model = new ApisModel(this);
    setModel(m_model);
    m_filterBar = new ApisFilterBar(this);
    addFilterBar(m_filterBar);
    m_clusterLoader = addLoadPhase([this]() -> ListJob * {
        if (!session())
            return nullptr;
        return new ListServiceClustersJob(session());
    });
    addLoadPhase([this]() -> ListJob * {
        if (!session())
            return nullptr;
        ListApisJob::Filter filter = m_filterBar->filter();
        filter.returnPublishMessages = true;
        return new ListApisJob(session(), filter);
    });

    view()->setSelectionBehavior(QAbstractItemView::SelectItems);
    QHeaderView *header = view()->horizontalHeader();
    header->resizeSection(ApisModel::Name, 240);
    header->setDefaultSectionSize(160);

    m_apiAction = new QAction(QIcon(QStringLiteral(":/icons/api-action.svg")), QString(), this);
    m_apiAction->setObjectName(QStringLiteral("apiActionAction"));
    m_apiAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_apiAction->setShortcutContext(
        Qt::WindowShortcut); // the main window's own action takes the key
    connect(m_apiAction, &QAction::triggered, this, &ApisPane::requestApiAction);
    toolBar()->addSeparator();
    toolBar()->addAction(m_apiAction);
    addAction(m_apiAction);
    m_impact = new QAction(this);
    m_impact->setObjectName(QStringLiteral("impactAction"));
    connect(m_impact, &QAction::triggered, this, [this] {
        QList<ImpactTarget> targets;
        for (const ApiTarget &t : selectedTargets())
            targets.append(
                ImpactTarget::apiCluster(t.apiId, t.instanceId, t.apiName, t.clusterName));
        if (!targets.isEmpty())
            emit impactRequested(targets);
    });
    toolBar()->addAction(m_impact);

    connect(m_filterBar, &ApisFilterBar::filterChanged, this, &ApisPane::reload);

    retranslateUi();
    updateActions();
    updateStatus();
}

ApisPane::~ApisPane() = default;

QString ApisPane::title() const
{
    return tr("APIs");
}

QIcon ApisPane::icon() const
{
    return QIcon(QStringLiteral(":/icons/apis.svg"));
}

ListApisJob::Filter ApisPane::serverFilter() const
{
    return m_filterBar->filter();
}

void ApisPane::setServerFilter(const ListApisJob::Filter &filter)
{
    m_filterBar->setFilter(filter);
    reload();
}

void ApisPane::takePage(PageLoader *phase, ListJob *job)
{
    if (phase == m_clusterLoader) {
        if (job->pageOffset() == 0)
            m_clusters.clear();
        m_clusters += static_cast<ListServiceClustersJob *>(job)->result().records;
        return;
    }
    m_model->addApis(static_cast<ListApisJob *>(job)->result().records);
}

void ApisPane::phaseComplete(PageLoader *phase)
{
    if (phase == m_clusterLoader)
        m_model->setClusters(m_clusters);
}

QString ApisPane::progressText(qint64 loaded, qint64 total) const
{
    if (total < 0)
        return tr("Loading APIs…");
    return tr("Loaded %1 of %Ln API(s)", nullptr, clampedCount(total))
        .arg(QLocale().toString(loaded));
}

QString ApisPane::phaseText(PageLoader *) const
{
    return tr("Loading the clusters…");
}

QString ApisPane::summaryText(int shown, int loaded) const
{
    const QString clusters = tr("%Ln cluster(s)", nullptr, m_model->clusterCount());
    if (shown == loaded)
        return tr("%Ln API(s) on %1", nullptr, loaded).arg(clusters);
    return tr("Showing %1 of %Ln API(s) on %2", nullptr, loaded)
        .arg(QLocale().toString(shown), clusters);
}

QString ApisPane::remainingText(qint64 remaining) const
{
    if (remaining < 0)
        return tr("Loading every page to select all matching APIs…");
    return tr("Loading the remaining %Ln API(s) to select all that match…", nullptr,
              clampedCount(remaining));
}

QList<ApiTarget> ApisPane::selectedTargets() const
{
    const QItemSelection selection = view()->selectionModel()->selection();
    const int rows = proxy()->rowCount();
    const int clusters = m_model->clusterCount();
    // proxy row -> the clusters picked one by one; rows whose own columns are selected.
    QMap<int, QSet<int>> picked;
    QSet<int> whole;
    for (const QItemSelectionRange &range : selection) {
        for (int row = qMax(0, range.top()); row <= qMin(rows - 1, range.bottom()); ++row) {
            for (int column = range.left(); column <= range.right(); ++column) {
                const int c = m_model->clusterIndexOfColumn(column);
                if (c >= 0)
                    picked[row].insert(c);
                else
                    whole.insert(row);
            }
        }
    }
    for (const int row : std::as_const(whole)) {
        if (!picked.contains(row))
            picked.insert(row, {}); // the API's own columns only
    }
    QList<ApiTarget> targets;
    for (auto it = picked.cbegin(); it != picked.cend(); ++it) {
        const int source = proxy()->mapToSource(proxy()->index(it.key(), 0)).row();
        const bool all = whole.contains(it.key());
        for (int c = 0; c < clusters; ++c) {
            if (it.value().contains(c) || (all && m_model->pair(source, c).published))
                targets.append(m_model->target(source, c));
        }
    }
    return targets;
}

int ApisPane::countSelection() const
{
    return int(selectedTargets().size());
}

void ApisPane::selectAllShown()
{
    // The published pairs of every row shown, as few ranges as possible: a row whose
    // published clusters are the same as the row above extends that row's ranges.
    QItemSelection selection;
    QList<QPair<int, int>> previousRuns;
    QList<qsizetype> previousRanges; // indexes into selection of the previous row's ranges
    const int clusters = m_model->clusterCount();
    for (int row = 0; row < proxy()->rowCount(); ++row) {
        const int source = proxy()->mapToSource(proxy()->index(row, 0)).row();
        QList<QPair<int, int>> runs;
        for (int c = 0; c < clusters; ++c) {
            if (!m_model->pair(source, c).published)
                continue;
            if (!runs.isEmpty() && runs.last().second + 1 == c)
                runs.last().second = c;
            else
                runs.append({c, c});
        }
        if (runs == previousRuns && !previousRanges.isEmpty()) {
            for (const qsizetype i : std::as_const(previousRanges)) {
                const QItemSelectionRange &old = selection.at(i);
                selection[i] = QItemSelectionRange(old.topLeft(),
                                                   proxy()->index(row, old.bottomRight().column()));
            }
            continue;
        }
        previousRuns = runs;
        previousRanges.clear();
        for (const auto &run : std::as_const(runs)) {
            previousRanges.append(selection.size());
            selection.append(
                QItemSelectionRange(proxy()->index(row, ApisModel::clusterColumn(run.first)),
                                    proxy()->index(row, ApisModel::clusterColumn(run.second))));
        }
    }
    view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void ApisPane::requestApiAction()
{
    const QList<ApiTarget> targets = selectedTargets();
    if (!targets.isEmpty())
        emit apiActionRequested(targets);
}

void ApisPane::fillContextMenu(QMenu *menu)
{
    menu->addAction(m_apiAction);
    menu->addAction(m_impact);
    menu->addSeparator();
    menu->addAction(selectAllMatchingAction());
    menu->addAction(refreshAction());
}

void ApisPane::updateActions()
{
    RecordPane::updateActions();
    if (m_apiAction)
        m_apiAction->setEnabled(session() && selectionCount() > 0);
    if (m_impact)
        m_impact->setEnabled(session() && selectionCount() > 0);
}

void ApisPane::retranslateUi()
{
    m_apiAction->setText(tr("Unpublish / Stop / Recover…"));
    m_apiAction->setToolTip(tr("Open the API-action wizard with the selected API × cluster "
                               "pairs (a selected name stands for all its published clusters)"));
    m_impact->setText(tr("Impact…"));
    m_impact->setToolTip(tr("Show what depends on the selected API × cluster pairs: the apps "
                            "authorized to call them and their recent calls"));
    m_model->retranslate();
    view()->setAccessibleName(tr("APIs"));
    RecordPane::retranslateUi();
}

} // namespace dataarts::ui
