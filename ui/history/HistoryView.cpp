#include "HistoryView.h"

#include "progress/ProgressBarDelegate.h"
#include "progress/RunListModel.h"
#include "progress/RunText.h"

#include "journal/Journal.h"
#include "panes/common/AccessibleText.h"
#include "panes/common/ItemRoles.h"
#include "panes/common/StatusBadgeDelegate.h"
#include "panes/common/WrapLayout.h"
#include "runs/RunCenter.h"
#include "runs/UndoLinks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace dataarts::ui {

namespace {
const QList<ItemState> &searchableStates()
{
    static const QList<ItemState> states{
        ItemState::Failed,  ItemState::Success,   ItemState::PendingApproval, ItemState::Scheduled,
        ItemState::Unknown, ItemState::Cancelled, ItemState::Queued,          ItemState::Sending};
    return states;
}
} // namespace

HistoryView::HistoryView(RunCenter *center, QWidget *parent)
    : Pane(parent)
    , m_center(center)
    , m_model(new RunListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("historyView"));
    auto *layout = new QVBoxLayout(this);
    // On as many lines as the width needs (a scaled or small window).
    auto *fields = new WrapLayout;
    fields->setContentsMargins(0, 0, 0, 0);
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("historyIdEdit"));
    m_id->setClearButtonEnabled(true);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("historyStateCombo"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("historyKindCombo"));
    m_fromCheck = new QCheckBox(this);
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_from->setObjectName(QStringLiteral("historyFromEdit"));
    m_from->setCalendarPopup(true);
    m_toCheck = new QCheckBox(this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("historyToEdit"));
    m_to->setCalendarPopup(true);
    m_search = new QPushButton(QIcon(QStringLiteral(":/icons/filter.svg")), QString(), this);
    m_search->setObjectName(QStringLiteral("historySearchButton"));
    m_search->setDefault(true);
    layout->addLayout(fields);
    fields->addWidget(m_id);
    fields->addWidget(m_state);
    fields->addWidget(m_kind);
    fields->addGroup({m_fromCheck, m_from});
    fields->addGroup({m_toCheck, m_to});
    fields->addWidget(m_search);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(roles::Sort);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("historyList"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(RunListModel::Id, Qt::DescendingOrder);
    m_view->setItemDelegateForColumn(RunListModel::Progress, new ProgressBarDelegate(this));
    // Every column: the one row height fits CJK names (StatusBadgeDelegate::sizeHint).
    m_view->setItemDelegate(new StatusBadgeDelegate(this));
    layout->addWidget(m_view, 1);

    // The current run's undo links; a button per linked run comes after the list in the tab
    // order.
    m_linkRow = new QHBoxLayout;
    m_linkLabel = new QLabel(this);
    m_linkLabel->setObjectName(QStringLiteral("historyLinkLabel"));
    m_linkLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_linkRow->addWidget(m_linkLabel);
    m_linkRow->addStretch(1);
    layout->addLayout(m_linkRow);

    auto *paging = new QHBoxLayout;
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("historyPageLabel"));
    m_previous = new QPushButton(this);
    m_next = new QPushButton(this);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("historyOpenButton"));
    paging->addWidget(m_pageLabel, 1);
    paging->addWidget(m_previous);
    paging->addWidget(m_next);
    paging->addWidget(m_open);
    layout->addLayout(paging);

    connect(m_search, &QPushButton::clicked, this, &HistoryView::searchFromFields);
    connect(m_id, &QLineEdit::returnPressed, this, &HistoryView::searchFromFields);
    connect(m_previous, &QPushButton::clicked, this, &HistoryView::previousPage);
    connect(m_next, &QPushButton::clicked, this, &HistoryView::nextPage);
    connect(m_open, &QPushButton::clicked, this, &HistoryView::openCurrent);
    connect(m_view, &QTreeView::activated, this, &HistoryView::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HistoryView::updateLinks);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &HistoryView::updateLinks);
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    if (m_center) {
        const auto refreshIfShown = [this] {
            if (isVisible())
                refresh();
        };
        connect(m_center, &RunCenter::runStarted, this, refreshIfShown);
        connect(m_center, &RunCenter::runFinished, this, refreshIfShown);
    }
    retranslateUi();
    run(query());
}

QString HistoryView::title() const
{
    return tr("History");
}

QIcon HistoryView::icon() const
{
    return QIcon(QStringLiteral(":/icons/history.svg"));
}

void HistoryView::setSession(Session *)
{
    // The journal is local: the history does not depend on the session.
}

void HistoryView::refresh()
{
    JournalQuery q = query();
    q.offset = m_offset;
    run(q);
}

JournalQuery HistoryView::query() const
{
    JournalQuery q;
    q.text = m_id->text().trimmed();
    const QVariant state = m_state->currentData();
    if (state.isValid())
        q.state = ItemState(state.toInt());
    const QVariant kind = m_kind->currentData();
    if (kind.isValid())
        q.kind = RunKind(kind.toInt());
    if (m_fromCheck->isChecked())
        q.from = m_from->date().startOfDay().toUTC();
    if (m_toCheck->isChecked())
        q.to = m_to->date().addDays(1).startOfDay().toUTC();
    q.offset = 0;
    q.limit = kPageSize;
    return q;
}

void HistoryView::search(const JournalQuery &q)
{
    m_id->setText(q.id.isEmpty() ? q.text : q.id);
    m_state->setCurrentIndex(q.state ? m_state->findData(int(*q.state)) : 0);
    m_kind->setCurrentIndex(q.kind ? m_kind->findData(int(*q.kind)) : 0);
    m_fromCheck->setChecked(q.from.isValid());
    if (q.from.isValid())
        m_from->setDate(q.from.toLocalTime().date());
    m_toCheck->setChecked(q.to.isValid());
    if (q.to.isValid())
        m_to->setDate(q.to.toLocalTime().addMSecs(-1).date());
    JournalQuery exact = q;
    exact.limit = kPageSize;
    run(exact);
}

void HistoryView::showEvent(QShowEvent *event)
{
    Pane::showEvent(event);
    refresh();
}

void HistoryView::searchFromFields()
{
    run(query());
}

void HistoryView::nextPage()
{
    if (m_offset + kPageSize >= m_total)
        return;
    JournalQuery q = query();
    q.offset = m_offset + kPageSize;
    run(q);
}

void HistoryView::previousPage()
{
    if (m_offset <= 0)
        return;
    JournalQuery q = query();
    q.offset = qMax(0, m_offset - kPageSize);
    run(q);
}

void HistoryView::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        emit showRunRequested(current.data(RunListModel::RunIdRole).toLongLong());
}

QString HistoryView::linkText() const
{
    return m_linkLabel->isHidden() ? QString() : m_linkLabel->text();
}

QList<QPushButton *> HistoryView::linkButtons() const
{
    QList<QPushButton *> shown;
    for (QPushButton *button : m_linkButtons) {
        if (!button->isHidden())
            shown.append(button);
    }
    return shown;
}

void HistoryView::updateLinks()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const RunSummary run =
        current.isValid() ? m_model->runAt(current.row()) : RunSummary();
    const QLocale locale;
    const QStringList texts = UndoLinks::texts(run);
    m_linkLabel->setText(texts.isEmpty() ? QString()
                                         : tr("Run %1: %2.")
                                               .arg(locale.toString(run.id),
                                                    texts.join(QStringLiteral("; "))));
    m_linkLabel->setVisible(!texts.isEmpty());
    const QList<qint64> linked = UndoLinks::linkedRuns(run);
    while (m_linkButtons.size() < linked.size()) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("historyLinkButton"));
        connect(button, &QPushButton::clicked, this, [this, button] {
            emit showRunRequested(button->property("runId").toLongLong());
        });
        m_linkRow->insertWidget(int(m_linkButtons.size()) + 1, button);
        m_linkButtons.append(button);
    }
    for (int i = 0; i < m_linkButtons.size(); ++i) {
        QPushButton *button = m_linkButtons.at(i);
        if (i >= linked.size()) {
            button->hide();
            continue;
        }
        const qint64 id = linked.at(i);
        const QString number = locale.toString(id);
        button->setProperty("runId", id);
        button->setText(tr("Open run %1").arg(number));
        button->setAccessibleName(id == run.undoOf
                                      ? tr("Open run %1, which this run undoes").arg(number)
                                      : tr("Open run %1, which undid this run").arg(number));
        button->show();
    }
}

void HistoryView::run(const JournalQuery &q)
{
    Journal *journal = m_center ? m_center->journal() : nullptr;
    if (!journal || !journal->isOpen()) {
        m_model->setRuns({}, {});
        m_total = 0;
        m_offset = 0;
        m_shown = 0;
        m_status = tr("The journal is not open.");
        m_pageLabel->setText(m_status);
        emit statusTextChanged(m_status);
        updatePaging();
        return;
    }
    const RunPage page = journal->searchRuns(q);
    QSet<qint64> running;
    if (BatchEngine *engine = m_center->engine()) {
        const QList<BatchRun *> runs = engine->runs();
        for (BatchRun *r : runs)
            running.insert(r->id());
    }
    m_model->setRuns(page.runs, running);
    m_total = page.total;
    m_offset = q.offset;
    m_shown = int(page.runs.size());
    if (journal->error() != JournalError::None && page.runs.isEmpty())
        m_status = journal->errorString();
    else if (m_total == 0)
        m_status = tr("No run matches.");
    else
        m_status = tr("Runs %1–%2 of %3")
                       .arg(QLocale().toString(m_offset + 1),
                            QLocale().toString(m_offset + m_shown), QLocale().toString(m_total));
    m_pageLabel->setText(m_status);
    emit statusTextChanged(m_status);
    updatePaging();
}

void HistoryView::updatePaging()
{
    m_previous->setEnabled(m_offset > 0);
    m_next->setEnabled(m_offset + kPageSize < m_total);
}

void HistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        emit titleChanged();
    }
    Pane::changeEvent(event);
}

void HistoryView::retranslateUi()
{
    m_id->setPlaceholderText(tr("Entity or API name, or an entity, API or cluster id"));
    const QVariant state = m_state->currentData();
    m_state->clear();
    m_state->addItem(tr("Any item state"));
    for (ItemState s : searchableStates())
        m_state->addItem(RunText::itemState(s), int(s));
    m_state->setCurrentIndex(state.isValid() ? m_state->findData(state) : 0);
    const QVariant kind = m_kind->currentData();
    m_kind->clear();
    m_kind->addItem(tr("Any kind"));
    for (RunKind k : runKinds::all())
        m_kind->addItem(runKinds::label(k), int(k));
    m_kind->setCurrentIndex(kind.isValid() ? m_kind->findData(kind) : 0);
    m_fromCheck->setText(tr("From"));
    m_toCheck->setText(tr("To"));
    m_search->setText(tr("Search"));
    m_previous->setText(tr("Previous"));
    m_next->setText(tr("Next"));
    m_open->setText(tr("Open in Progress"));
    m_id->setAccessibleName(tr("Entity or API name, or an entity, API or cluster id"));
    m_state->setAccessibleName(tr("Item state"));
    m_kind->setAccessibleName(tr("Kind"));
    m_fromCheck->setAccessibleDescription(tr("Only runs created on or after the date"));
    m_from->setAccessibleName(tr("From date"));
    m_toCheck->setAccessibleDescription(tr("Only runs created on or before the date"));
    m_to->setAccessibleName(tr("To date"));
    m_view->setAccessibleName(tr("Runs"));
    accessibleText::nameLineEditButtons(m_id);
    m_model->retranslate();
    updateLinks();
}

} // namespace dataarts::ui
