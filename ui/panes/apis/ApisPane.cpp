#include "ApisPane.h"

#include "ApisFilterBar.h"
#include "ApisModel.h"

#include "panes/common/RecordFilterProxy.h"

#include "client/Session.h"
#include "client/jobs/ListServiceClustersJob.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QToolBar>

#include <algorithm>
#include <limits>

namespace dataarts::ui {

ApisPane::ApisPane(QWidget *parent)
    : RecordPane(parent)
{
    setObjectName(QStringLiteral("apisPane"));
    m_model = new ApisModel(this);
    setModel(m_model);
    useRecordSelection();
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

// Parts: "#<column>" for a cell of the API's own columns, "c:<cluster id>" for a pair.
namespace {

QString ownPart(int column)
{
    return QLatin1Char('#') + QString::number(column);
}

QString clusterPart(const QString &clusterId)
{
    return QStringLiteral("c:") + clusterId;
}

bool isOwnPart(const QString &part)
{
    return part.startsWith(QLatin1Char('#'));
}

} // namespace

QStringList ApisPane::selectionParts(int firstColumn, int lastColumn) const
{
    QStringList parts;
    for (int column = qMax(0, firstColumn); column <= lastColumn; ++column) {
        const int c = m_model->clusterIndexOfColumn(column);
        if (c >= 0)
            parts.append(clusterPart(m_model->cluster(c).id));
        else if (column < ApisModel::FixedColumnCount)
            parts.append(ownPart(column));
    }
    std::sort(parts.begin(), parts.end());
    parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
    return parts;
}

QList<QPair<int, int>> ApisPane::selectionColumns(const QStringList &parts) const
{
    QList<int> columns;
    for (const QString &part : parts) {
        if (isOwnPart(part)) {
            columns.append(part.mid(1).toInt());
        } else {
            const int c = m_model->clusterIndexOfId(part.mid(2));
            if (c >= 0)
                columns.append(ApisModel::clusterColumn(c));
        }
    }
    std::sort(columns.begin(), columns.end());
    QList<QPair<int, int>> runs;
    for (const int column : std::as_const(columns)) {
        if (!runs.isEmpty() && runs.last().second + 1 >= column)
            runs.last().second = column;
        else
            runs.append({column, column});
    }
    return runs;
}

void ApisPane::appendTargets(int sourceRow, const QStringList &parts, QList<ApiTarget> *out) const
{
    const int clusters = m_model->clusterCount();
    QList<bool> picked(clusters, false);
    bool whole = false;
    for (const QString &part : parts) {
        if (isOwnPart(part)) {
            whole = true;
        } else {
            const int c = m_model->clusterIndexOfId(part.mid(2));
            if (c >= 0)
                picked[c] = true;
        }
    }
    for (int c = 0; c < clusters; ++c) {
        if (picked.at(c) || (whole && m_model->pair(sourceRow, c).published))
            out->append(m_model->target(sourceRow, c));
    }
}

int ApisPane::selectionSize(int sourceRow, const QStringList &parts) const
{
    QList<ApiTarget> targets;
    appendTargets(sourceRow, parts, &targets);
    return int(targets.size());
}

QStringList ApisPane::matchingParts(int sourceRow) const
{
    QStringList parts;
    for (int c = 0; c < m_model->clusterCount(); ++c) {
        if (m_model->pair(sourceRow, c).published)
            parts.append(clusterPart(m_model->cluster(c).id));
    }
    std::sort(parts.begin(), parts.end());
    return parts;
}

QList<ApiTarget> ApisPane::selectedTargets() const
{
    QList<ApiTarget> targets;
    for (const int source : selectedSourceRows())
        appendTargets(source, selectedParts(source), &targets);
    return targets;
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
