#include "WaitingView.h"

#include "panes/common/StatusText.h"
#include "progress/RunText.h"

#include "batch/BatchEngine.h"
#include "client/Session.h"
#include "journal/Journal.h"
#include "runs/RunCenter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace dataarts::ui {

namespace {

constexpr int kRunIdRole = Qt::UserRole + 1;
// Read a little after the time: the server changes the state when the time has come.
constexpr qint64 kAfterDueMs = 2000;
// Still waiting past its time (the read failed, or the server is late): read again then.
constexpr qint64 kRetryMs = 60000;
constexpr qint64 kLongestWaitMs = 24LL * 3600 * 1000;
constexpr int kTickMs = 30000;

QString keyOf(const WaitingItem &w)
{
    switch (w.kind) {
    case RunKind::BatchOffline:
    case RunKind::BatchPublish:
        return w.item.keyPart + QLatin1Char(':') + w.item.keyId;
    case RunKind::ApiAction:
    case RunKind::ApiRepublish:
        return w.item.keyId + QLatin1Char('@') + w.item.keyPart;
    default:
        return w.item.keyId;
    }
}

} // namespace

WaitingView::WaitingView(RunCenter *center, QWidget *parent)
    : Pane(parent)
    , m_center(center)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("waitingView"));
    auto *layout = new QVBoxLayout(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("waitingList"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setModel(m_model);
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("waitingStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_refresh = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(), this);
    m_refresh->setObjectName(QStringLiteral("waitingRefreshButton"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("waitingOpenButton"));
    buttons->addWidget(m_statusLabel, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_open);
    layout->addLayout(buttons);

    m_dueTimer.setSingleShot(true);
    m_tickTimer.setInterval(kTickMs);
    connect(&m_dueTimer, &QTimer::timeout, this, &WaitingView::refresh);
    connect(&m_tickTimer, &QTimer::timeout, this, &WaitingView::updateTimeLeft);
    connect(m_refresh, &QPushButton::clicked, this, &WaitingView::refresh);
    connect(m_open, &QPushButton::clicked, this, &WaitingView::openCurrent);
    connect(m_view, &QTreeView::activated, this, &WaitingView::openCurrent);
    if (m_center) {
        connect(m_center, &RunCenter::engineChanged, this, &WaitingView::onEngineChanged);
        // New waiting items (a run ended), or items the Progress view settled.
        const auto reloadIfIdle = [this] {
            if (!m_followUp)
                reload();
        };
        connect(m_center, &RunCenter::runFinished, this, reloadIfIdle);
        connect(m_center, &RunCenter::pendingRefreshed, this, reloadIfIdle);
    }
    retranslateUi();
    reload();
    // On start-up: read the open profile's items again at once.
    if (m_center && m_center->engine())
        QMetaObject::invokeMethod(this, &WaitingView::refresh, Qt::QueuedConnection);
}

WaitingView::~WaitingView() = default;

QString WaitingView::title() const
{
    return tr("Waiting");
}

QIcon WaitingView::icon() const
{
    return QIcon(QStringLiteral(":/icons/history.svg"));
}

void WaitingView::setSession(Session *)
{
    // The run center's engine follows the session: onEngineChanged() reads again.
}

void WaitingView::onEngineChanged(BatchEngine *engine)
{
    if (m_followUp)
        m_followUp->cancel(); // read through the previous session: its results are kept
    if (engine)
        refresh();
    else
        reload();
}

QDateTime WaitingView::serverNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_serverOffsetMs);
}

void WaitingView::setStatus(const QString &text)
{
    m_status = text;
    m_statusLabel->setText(text);
    emit statusTextChanged(text);
}

void WaitingView::reload()
{
    Journal *journal = m_center ? m_center->journal() : nullptr;
    m_items.clear();
    if (!journal || !journal->isOpen()) {
        m_model->removeRows(0, m_model->rowCount());
        setStatus(tr("The journal is not open."));
        emit badgeChanged(0);
        return;
    }
    if (!waitingItems::read(*journal, &m_items)) {
        setStatus(journal->errorString());
        return;
    }
    const QString profile = m_center->profileId();
    const QDateTime now = serverNow();
    m_model->removeRows(0, m_model->rowCount());
    for (const WaitingItem &w : std::as_const(m_items)) {
        QList<QStandardItem *> row;
        for (int c = 0; c < ColumnCount; ++c)
            row.append(new QStandardItem);
        row[Run]->setText(QString::number(w.runId));
        row[Run]->setData(w.runId, kRunIdRole);
        // The action by its translated name; the server's word in the tooltip.
        row[Action]->setText(
            w.action.isEmpty()
                ? runKinds::label(w.kind)
                : runKinds::label(w.kind) + QStringLiteral(" · ") +
                      StatusText::apiAction(decodeEnum<ApiAction>(w.action).value));
        if (!w.action.isEmpty())
            row[Action]->setToolTip(w.action);
        const QString key = keyOf(w);
        row[Item]->setText(w.item.displayName.isEmpty()
                               ? key
                               : w.item.displayName + QStringLiteral(" (") + key +
                                     QLatin1Char(')'));
        row[Item]->setToolTip(key);
        row[State]->setText(RunText::itemState(w.item.state));
        const QDateTime due = w.dueAt();
        if (due.isValid())
            row[TakesEffectAt]->setText(
                QLocale().toString(due.toLocalTime(), QLocale::ShortFormat));
        row[TimeLeft]->setText(waitingItems::timeLeftText(due, now));
        QStringList notes;
        if (w.item.state == ItemState::PendingApproval && !w.item.approvalId.isEmpty())
            notes.append(tr("Approval %1").arg(w.item.approvalId));
        const auto read = m_lastRead.constFind(w.item.id);
        if (read != m_lastRead.cend()) {
            QStringList apps;
            for (const AuthorizedApp &app : read->appsToAcknowledge)
                apps.append(app.appName.isEmpty() ? app.appId : app.appName);
            if (read->appsRead)
                row[Apps]->setText(apps.isEmpty() ? tr("none") : apps.join(QStringLiteral(", ")));
            else if (!read->appsProblem.isEmpty())
                notes.append(read->appsProblem);
            if (!read->reason.isEmpty())
                notes.append(read->reason);
        }
        if (w.profileId != profile)
            notes.append(tr("Read again once its profile (%1) is open.")
                             .arg(w.profileName.isEmpty() ? tr("command line") : w.profileName));
        row[Note]->setText(notes.join(QLatin1Char(' ')));
        m_model->appendRow(row);
    }
    if (!m_followUp) {
        setStatus(m_items.isEmpty()
                      ? tr("No item is waiting.")
                      : tr("%n item(s) waiting to take effect or for an approval.", nullptr,
                           int(m_items.size())));
    }
    emit badgeChanged(int(m_items.size()));
    if (m_items.isEmpty())
        m_tickTimer.stop();
    else if (!m_tickTimer.isActive())
        m_tickTimer.start();
    planNextRead();
}

void WaitingView::updateTimeLeft()
{
    const QDateTime now = serverNow();
    for (int r = 0; r < m_model->rowCount() && r < m_items.size(); ++r)
        m_model->item(r, TimeLeft)->setText(waitingItems::timeLeftText(m_items.at(r).dueAt(), now));
}

void WaitingView::planNextRead()
{
    QDateTime earliest;
    const QString profile = m_center ? m_center->profileId() : QString();
    for (const WaitingItem &w : std::as_const(m_items)) {
        const QDateTime due = w.dueAt();
        if (w.profileId == profile && due.isValid() && (!earliest.isValid() || due < earliest))
            earliest = due;
    }
    if (!earliest.isValid() || !m_center || !m_center->engine()) {
        m_dueTimer.stop();
        m_nextReadAt = QDateTime();
        return;
    }
    qint64 ms = serverNow().msecsTo(earliest) + kAfterDueMs;
    if (ms < kAfterDueMs)
        ms = kRetryMs; // past its time and still waiting: not in a tight loop
    ms = qMin(ms, kLongestWaitMs);
    m_nextReadAt = QDateTime::currentDateTimeUtc().addMSecs(ms);
    m_dueTimer.start(int(ms));
}

void WaitingView::refresh()
{
    if (m_followUp)
        return;
    BatchEngine *engine = m_center ? m_center->engine() : nullptr;
    reload();
    if (!engine) {
        setStatus(tr("Not connected: the list is the journal's; it is read again once a "
                     "profile is open."));
        return;
    }
    QList<qint64> runs;
    for (const WaitingItem &w : std::as_const(m_items)) {
        if (w.profileId == m_center->profileId() && !runs.contains(w.runId))
            runs.append(w.runId);
    }
    if (runs.isEmpty())
        return;
    m_dueTimer.stop();
    m_followUp = new FollowUp(engine, this);
    connect(m_followUp, &FollowUp::finished, this, &WaitingView::onFollowUpFinished);
    m_refresh->setEnabled(false);
    setStatus(tr("Reading the waiting items again…"));
    emit loadingChanged(true);
    m_followUp->start(runs);
}

void WaitingView::onFollowUpFinished()
{
    FollowUp *followUp = m_followUp;
    m_followUp = nullptr;
    followUp->deleteLater();
    m_refresh->setEnabled(true);
    emit loadingChanged(false);
    BatchEngine *engine = m_center ? m_center->engine() : nullptr;
    if (engine && engine->session() && engine->session()->lastServerDate().isValid())
        m_serverOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(followUp->now());
    for (const FollowUp::Item &i : followUp->items()) {
        if (i.outcome == FollowUp::Outcome::Waiting)
            m_lastRead.insert(i.now.id, i);
        else
            m_lastRead.remove(i.now.id);
    }
    const QList<SettledRun> settled = SettledRuns::of(followUp->items());
    const int took = SettledRuns::tookEffect(settled);
    const int refused = SettledRuns::refused(settled);
    reload();
    QStringList status;
    if (!followUp->journalError().isEmpty())
        status.append(followUp->journalError());
    if (took + refused > 0) {
        //: After reading the waiting items again: how many took effect or were refused.
        status.append(tr("%1 took effect, %2 refused.").arg(took).arg(refused));
    }
    if (followUp->readError().isError())
        status.append(tr("Some items could not be read again: %1")
                          .arg(followUp->readError().message()));
    status.append(m_status);
    setStatus(status.join(QLatin1Char(' ')));
    if (!settled.isEmpty()) {
        emit itemsSettled(took, refused);
        emit runsSettled(settled);
    }
}

void WaitingView::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        emit showRunRequested(
            m_model->index(current.row(), Run).data(kRunIdRole).toLongLong());
}

void WaitingView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
        emit titleChanged();
    }
    Pane::changeEvent(event);
}

void WaitingView::retranslateUi()
{
    m_model->setHorizontalHeaderLabels({tr("Run"), tr("Action"), tr("Item"), tr("State"),
                                        tr("Takes effect at"), tr("Time left"),
                                        tr("Apps to acknowledge"), tr("Note")});
    m_refresh->setText(tr("Refresh"));
    m_refresh->setAccessibleName(tr("Read the waiting items again"));
    m_refresh->setToolTip(tr("Read the waiting items of the open profile again from the server"));
    m_open->setText(tr("Open in Progress"));
    m_open->setAccessibleName(tr("Open the item's run in Progress"));
    m_view->setAccessibleName(tr("Waiting items"));
}

} // namespace dataarts::ui
