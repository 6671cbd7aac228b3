#include "TablesPane.h"

#include "TablesFilterBar.h"
#include "TablesModel.h"

#include "panes/common/RecordFilterProxy.h"

#include "client/Session.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QToolBar>

#include <limits>

namespace dataarts::ui {

TablesPane::TablesPane(QWidget *parent)
    : RecordPane(parent)
{
    setObjectName(QStringLiteral("tablesPane"));
    m_model = new TablesModel(this);
    setModel(m_model);
    useRecordSelection();
    m_filterBar = new TablesFilterBar(this);
    addFilterBar(m_filterBar);
    addLoadPhase([this]() -> ListJob * {
        if (!session())
            return nullptr;
        return new ListAllTablesJob(session(), m_filterBar->filter());
    });

    view()->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView *header = view()->horizontalHeader();
    header->resizeSection(TablesModel::Name, 240);
    header->resizeSection(TablesModel::Code, 240);
    header->resizeSection(TablesModel::Type, 120);
    header->resizeSection(TablesModel::Status, 180);
    header->resizeSection(TablesModel::Updated, 150);

    m_takeOffline = new QAction(QIcon(QStringLiteral(":/icons/take-offline.svg")), QString(), this);
    m_takeOffline->setObjectName(QStringLiteral("takeOfflineAction"));
    m_takeOffline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_takeOffline->setShortcutContext(
        Qt::WindowShortcut); // the main window's own action takes the key
    connect(m_takeOffline, &QAction::triggered, this, &TablesPane::requestTakeOffline);
    toolBar()->addSeparator();
    toolBar()->addAction(m_takeOffline);
    addAction(m_takeOffline);
    m_impact = new QAction(this);
    m_impact->setObjectName(QStringLiteral("impactAction"));
    connect(m_impact, &QAction::triggered, this, [this] {
        const QList<ImpactTarget> targets = selectedImpactTargets();
        if (!targets.isEmpty())
            emit impactRequested(targets);
    });
    toolBar()->addAction(m_impact);

    connect(m_filterBar, &TablesFilterBar::filterChanged, this, &TablesPane::reload);

    retranslateUi();
    updateActions();
    updateStatus();
}

TablesPane::~TablesPane() = default;

QString TablesPane::title() const
{
    return tr("Tables");
}

QIcon TablesPane::icon() const
{
    return QIcon(QStringLiteral(":/icons/tables.svg"));
}

ListAllTablesJob::Filter TablesPane::serverFilter() const
{
    return m_filterBar->filter();
}

void TablesPane::setServerFilter(const ListAllTablesJob::Filter &filter)
{
    m_filterBar->setFilter(filter);
    reload();
}

void TablesPane::takePage(PageLoader *, ListJob *job)
{
    m_model->addRecords(static_cast<ListAllTablesJob *>(job)->result().records);
}

QString TablesPane::progressText(qint64 loaded, qint64 total) const
{
    if (total < 0)
        return tr("Loading tables…");
    return tr("Loaded %1 of %Ln table(s)", nullptr, clampedCount(total))
        .arg(QLocale().toString(loaded));
}

QString TablesPane::summaryText(int shown, int loaded) const
{
    if (shown == loaded)
        return tr("%Ln table(s)", nullptr, loaded);
    return tr("Showing %1 of %Ln table(s)", nullptr, loaded).arg(QLocale().toString(shown));
}

QString TablesPane::remainingText(qint64 remaining) const
{
    if (remaining < 0)
        return tr("Loading every page to select all matching tables…");
    return tr("Loading the remaining %Ln table(s) to select all that match…", nullptr,
              clampedCount(remaining));
}

QList<BizInfo> TablesPane::selectedTables() const
{
    const QList<int> rows = selectedSourceRows();
    QList<BizInfo> items;
    items.reserve(rows.size());
    for (const int source : rows) {
        BizInfo info;
        info.bizId = m_model->id(source);
        info.bizType = m_model->bizType(source);
        items.append(info);
    }
    return items;
}

QHash<QString, QString> TablesPane::loadedNames() const
{
    QHash<QString, QString> names;
    names.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        names.insert(m_model->id(row), m_model->record(row).name);
    return names;
}

QList<ImpactTarget> TablesPane::selectedImpactTargets() const
{
    const QList<int> rows = selectedSourceRows();
    QList<ImpactTarget> targets;
    targets.reserve(rows.size());
    for (const int source : rows) {
        const AllTable t = m_model->record(source);
        targets.append(ImpactTarget::entity(t.bizType, t.id, t.name, t.code, t.dbName));
    }
    return targets;
}

void TablesPane::requestTakeOffline()
{
    const QList<BizInfo> items = selectedTables();
    if (!items.isEmpty())
        emit takeOfflineRequested(items);
}

void TablesPane::fillContextMenu(QMenu *menu)
{
    menu->addAction(m_takeOffline);
    menu->addAction(m_impact);
    menu->addSeparator();
    menu->addAction(selectAllMatchingAction());
    menu->addAction(refreshAction());
}

void TablesPane::updateActions()
{
    RecordPane::updateActions();
    if (m_takeOffline)
        m_takeOffline->setEnabled(session() && selectionCount() > 0);
    if (m_impact)
        m_impact->setEnabled(session() && selectionCount() > 0);
}

void TablesPane::retranslateUi()
{
    m_takeOffline->setText(tr("Take offline…"));
    m_takeOffline->setToolTip(tr("Open the batch-offline wizard with the selected tables"));
    m_impact->setText(tr("Impact…"));
    m_impact->setToolTip(tr("Show what depends on the selected tables: the APIs that read them, "
                            "their downstream lineage and the Factory jobs that name them"));
    m_model->retranslate();
    view()->setAccessibleName(tr("Tables"));
    RecordPane::retranslateUi();
}

} // namespace dataarts::ui
