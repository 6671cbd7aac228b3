#include "ApprovalsPane.h"

#include "ApprovalText.h"
#include "ApprovalsModel.h"
#include "DecisionDialog.h"
#include "ScheduleDialog.h"
#include "WaitingCounter.h"

#include "panes/common/PaletteStyle.h"
#include "panes/common/RecordFilterProxy.h"
#include "panes/common/RowRanges.h"

#include "batch/BatchEngine.h"
#include "batch/RunSpec.h"
#include "client/Session.h"
#include "client/jobs/ListAppliesJob.h"
#include "client/jobs/ListApprovalsJob.h"
#include "client/jobs/ListMessagesJob.h"
#include "journal/Journal.h"
#include "journal/RunParameters.h"
#include "runs/UndoLimits.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

#include <limits>

namespace dataarts::ui {

namespace {

QStringList idsOf(const QList<ApprovalRow> &rows)
{
    QStringList ids;
    ids.reserve(rows.size());
    for (const ApprovalRow &r : rows)
        ids.append(r.id);
    return ids;
}

QStringList bizIdsOf(const QList<ApprovalRow> &rows)
{
    QStringList ids;
    ids.reserve(rows.size());
    for (const ApprovalRow &r : rows)
        ids.append(r.bizId);
    return ids;
}

void nameItems(RunSpec &spec, const QList<ApprovalRow> &rows)
{
    for (qsizetype i = 0; i < spec.items.size() && i < rows.size(); ++i)
        spec.items[i].displayName = rows.at(i).name;
}

// The runs of the journal made over this connection (same endpoint, project, workspace).
bool sameConnection(const QJsonObject &parameters, const QJsonObject &facts)
{
    const QJsonObject run = parameters.value(runKeys::connection()).toObject();
    for (const char *key : {"endpoint", "project_id", "workspace"}) {
        const QString name = QLatin1String(key);
        if (run.value(name) != facts.value(name))
            return false;
    }
    return true;
}

} // namespace

ApprovalsPane::ApprovalsPane(QWidget *parent)
    : RecordPane(parent)
{
    setObjectName(QStringLiteral("approvalsPane"));
    m_model = new ApprovalsModel(this);
    setModel(m_model);
    m_filterBar = new ApprovalsFilterBar(this);
    addFilterBar(m_filterBar);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("approvalsNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setContentsMargins(8, 2, 8, 2);
    m_notice->hide();
    addFilterBar(m_notice);

    m_architecture = addLoadPhase([this]() -> ListJob * {
        if (!session())
            return nullptr;
        return new ListApprovalsJob(session(), m_filterBar->architectureFilter());
    });
    m_dataService = addLoadPhase([this]() -> ListJob * {
        if (!session())
            return nullptr;
        if (listView() == View::WaitingForMe)
            return new ListMessagesJob(session(), ListMessagesJob::Filter{m_filterBar->apiName()});
        return new ListAppliesJob(session(), ListAppliesJob::Filter{2, m_filterBar->apiName()});
    });
    m_applications = addLoadPhase([this]() -> ListJob * {
        if (!session())
            return nullptr;
        const int queryType = listView() == View::WaitingForMe ? 0 : 3;
        return new ListAppliesJob(session(),
                                  ListAppliesJob::Filter{queryType, m_filterBar->apiName()});
    });

    view()->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView *header = view()->horizontalHeader();
    header->resizeSection(ApprovalsModel::Name, 240);
    header->resizeSection(ApprovalsModel::Type, 150);
    header->resizeSection(ApprovalsModel::Action, 110);
    header->resizeSection(ApprovalsModel::Submitter, 110);
    header->resizeSection(ApprovalsModel::Submitted, 140);
    header->resizeSection(ApprovalsModel::Effective, 140);
    header->resizeSection(ApprovalsModel::Status, 130);

    auto makeAction = [this](const char *icon, const char *name) {
        auto *action = new QAction(QIcon(QLatin1String(icon)), QString(), this);
        action->setObjectName(QLatin1String(name));
        // From any focus in the window while the pane is shown (a hidden pane's keys sleep).
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        return action;
    };
    m_approve = makeAction(":/icons/approve.svg", "approveAction");
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_approveAt = makeAction(":/icons/approve.svg", "approveAtAction");
    m_reject = makeAction(":/icons/reject.svg", "rejectAction");
    m_reject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_withdraw = makeAction(":/icons/withdraw.svg", "withdrawAction");
    m_showRun = makeAction(":/icons/history.svg", "showRunAction");
    connect(m_approve, &QAction::triggered, this, &ApprovalsPane::requestApprove);
    connect(m_approveAt, &QAction::triggered, this, &ApprovalsPane::requestApproveAt);
    connect(m_reject, &QAction::triggered, this, &ApprovalsPane::requestReject);
    connect(m_withdraw, &QAction::triggered, this, &ApprovalsPane::requestWithdraw);
    connect(m_showRun, &QAction::triggered, this, &ApprovalsPane::requestShowRun);
    toolBar()->addSeparator();
    toolBar()->addAction(m_approve);
    toolBar()->addAction(m_approveAt);
    toolBar()->addAction(m_reject);
    toolBar()->addAction(m_withdraw);
    toolBar()->addSeparator();
    toolBar()->addAction(m_showRun);

    m_counter = new WaitingCounter(this);
    connect(m_counter, &WaitingCounter::counted, this, &ApprovalsPane::onCounted);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setObjectName(QStringLiteral("approvalsPollTimer"));
    connect(m_pollTimer, &QTimer::timeout, this, &ApprovalsPane::poll);
    applyPollInterval();
    m_rereadTimer = new QTimer(this);
    m_rereadTimer->setSingleShot(true);
    m_rereadTimer->setInterval(0);
    connect(m_rereadTimer, &QTimer::timeout, this, &ApprovalsPane::refresh);

    connect(m_filterBar, &ApprovalsFilterBar::filterChanged, this, [this] {
        m_userTyped = m_userTyped || !m_filterBar->userName().isEmpty();
        rememberUserName();
        reload();
        updateBadge();
    });

    retranslateUi();
    updateActions();
    updateStatus();
}

ApprovalsPane::~ApprovalsPane() = default;

QString ApprovalsPane::title() const
{
    return tr("Approvals");
}

QIcon ApprovalsPane::icon() const
{
    return QIcon(QStringLiteral(":/icons/approvals.svg"));
}

void ApprovalsPane::applyPollInterval()
{
    m_pollTimer->setInterval(appSettings::approvalsPollSeconds() * 1000);
}

void ApprovalsPane::setSession(Session *session)
{
    m_counter->cancel();
    m_runs.clear();
    setNotice({}, false);
    if (session && !m_userTyped && session->settings().auth == AuthMethod::IamPassword)
        m_filterBar->setUserName(session->settings().iamUserName);
    RecordPane::setSession(session);
    applyPollInterval();
    if (session)
        m_pollTimer->start();
    else
        m_pollTimer->stop();
    updateBadge();
}

void ApprovalsPane::refresh()
{
    RecordPane::refresh();
    updateBadge();
}

void ApprovalsPane::setEngine(BatchEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    m_runs.clear();
    if (engine)
        connect(engine, &BatchEngine::runFinished, this, &ApprovalsPane::onRunFinished);
    updateActions();
}

BatchEngine *ApprovalsPane::engine() const
{
    return m_engine;
}

void ApprovalsPane::setJournal(Journal *journal)
{
    m_journal = journal;
    updateActions();
}

Journal *ApprovalsPane::journal() const
{
    if (m_journal)
        return m_journal;
    return m_engine ? m_engine->journal() : nullptr;
}

void ApprovalsPane::setUserName(const QString &name)
{
    m_userTyped = true;
    if (name == m_filterBar->userName())
        return;
    m_filterBar->setUserName(name);
    rememberUserName();
    if (session()) {
        reload();
        updateBadge();
    }
}

QString ApprovalsPane::userName() const
{
    return m_filterBar->userName();
}

void ApprovalsPane::setProfile(const QString &profileId, const QString &profileName)
{
    m_profileName = profileName;
    if (profileId == m_profileId)
        return;
    m_profileId = profileId;
    // Who "me" is was typed for another profile: take this profile's, if one was kept.
    const QString kept = appSettings::approvalsUserName(profileId);
    m_userTyped = !kept.isEmpty();
    if (kept != m_filterBar->userName()) {
        m_filterBar->setUserName(kept);
        if (session()) {
            reload();
            updateBadge();
        }
    }
}

QString ApprovalsPane::keptUserName(const QString &profileId)
{
    return appSettings::approvalsUserName(profileId);
}

void ApprovalsPane::rememberUserName()
{
    appSettings::setApprovalsUserName(m_profileId, m_filterBar->userName());
}

ApprovalsPane::View ApprovalsPane::listView() const
{
    return m_filterBar->view();
}

void ApprovalsPane::setListView(View view)
{
    if (view == listView())
        return;
    m_filterBar->setView(view);
    reload();
}

void ApprovalsPane::takePage(PageLoader *phase, ListJob *job)
{
    if (phase == m_architecture) {
        if (auto *approvals = qobject_cast<ListApprovalsJob *>(job))
            m_model->addApprovals(approvals->result().records);
    } else if (auto *messages = qobject_cast<ListMessagesJob *>(job)) {
        // The list has no status filter: only what still waits for a confirmation.
        QList<ApplyRecord> waiting;
        for (const ApplyRecord &r : messages->result().records) {
            if (r.status == ApplyStatus::PendingCheck)
                waiting.append(r);
        }
        m_model->addApplyRecords(waiting, ApprovalRow::Source::Message);
    } else if (auto *applies = qobject_cast<ListAppliesJob *>(job)) {
        m_model->addApplyRecords(applies->result().records, ApprovalRow::Source::Application);
    }
}

QString ApprovalsPane::phaseText(PageLoader *phase) const
{
    if (phase == m_architecture)
        return tr("Loading Architecture approvals (%1 so far)…")
            .arg(QLocale().toString(m_model->rowCount()));
    if (listView() == View::WaitingForMe)
        return tr("Loading DataService messages…");
    return tr("Loading the DataService applications you sent…");
}

QString ApprovalsPane::progressText(qint64 loaded, qint64 total) const
{
    if (total < 0)
        return tr("Loading DataService applications…");
    return tr("Loaded %1 of %Ln DataService application(s)", nullptr, clampedCount(total))
        .arg(QLocale().toString(loaded));
}

QString ApprovalsPane::summaryText(int shown, int loaded) const
{
    QString text =
        shown == loaded
            ? tr("%Ln item(s)", nullptr, loaded)
            : tr("Showing %1 of %Ln item(s)", nullptr, loaded).arg(QLocale().toString(shown));
    const int waiting = m_model->waitingCount();
    if (listView() == View::MyRequests)
        text += QLatin1String(", ") + tr("%Ln still waiting", nullptr, waiting);
    return text;
}

QString ApprovalsPane::remainingText(qint64 remaining) const
{
    if (remaining < 0)
        return tr("Loading every page to select all matching items…");
    return tr("Loading the remaining %Ln item(s) to select all that match…", nullptr,
              clampedCount(remaining));
}

int ApprovalsPane::countSelection() const
{
    return rowRanges::countSelectedRows(view()->selectionModel()->selection(), proxy()->rowCount());
}

void ApprovalsPane::selectAllShown()
{
    view()->selectAll();
}

QList<ApprovalRow> ApprovalsPane::selectedRecords() const
{
    const QList<int> rows =
        rowRanges::selectedRows(view()->selectionModel()->selection(), proxy()->rowCount());
    QList<ApprovalRow> out;
    out.reserve(rows.size());
    for (const int row : rows)
        out.append(m_model->row(proxy()->mapToSource(proxy()->index(row, 0)).row()));
    return out;
}

ApprovalsPane::Selection ApprovalsPane::waitingSelection() const
{
    Selection s;
    const bool waitingView = listView() == View::WaitingForMe;
    const QList<ApprovalRow> rows = selectedRecords();
    for (const ApprovalRow &r : rows) {
        if (!r.isWaiting())
            continue;
        switch (r.source) {
        case ApprovalRow::Source::Architecture:
            s.architecture.append(r);
            break;
        case ApprovalRow::Source::Message:
            s.messages.append(r);
            break;
        case ApprovalRow::Source::Application:
            // Applications I sent are for their reviewer to decide.
            if (waitingView)
                s.applications.append(r);
            break;
        }
    }
    return s;
}

void ApprovalsPane::requestApprove()
{
    const Selection s = waitingSelection();
    const int others = int(s.messages.size() + s.applications.size());
    if (s.architecture.isEmpty() && others == 0) {
        setNotice([] { return tr("Nothing selected waits for a decision."); }, true);
        return;
    }
    auto *dialog = new DecisionDialog(DecisionDialog::Decision::Approve, int(s.architecture.size()),
                                      others, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, s] { decide(dialog, s); });
    dialog->open();
}

void ApprovalsPane::requestReject()
{
    Selection s = waitingSelection();
    s.messages.clear(); // messages cannot be rejected, only confirmed
    const int others = int(s.applications.size());
    if (s.architecture.isEmpty() && others == 0) {
        setNotice(
            [] {
                return tr("Nothing selected can be rejected (DataService messages can only be "
                          "confirmed).");
            },
            true);
        return;
    }
    auto *dialog = new DecisionDialog(DecisionDialog::Decision::Reject, int(s.architecture.size()),
                                      others, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, s] { decide(dialog, s); });
    dialog->open();
}

void ApprovalsPane::decide(DecisionDialog *dialog, const Selection &s)
{
    const bool approve = dialog->decision() == DecisionDialog::Decision::Approve;
    QList<RunSpec> specs;
    if (!s.architecture.isEmpty()) {
        RunSpec spec = RunSpec::approvalDecision(
            approve ? RunKind::ApprovalResolve : RunKind::ApprovalReject, idsOf(s.architecture),
            dialog->message(), bizIdsOf(s.architecture));
        nameItems(spec, s.architecture);
        specs.append(spec);
    }
    if (!s.applications.isEmpty()) {
        RunSpec spec = RunSpec::applicationReview(idsOf(s.applications), approve);
        nameItems(spec, s.applications);
        specs.append(spec);
    }
    if (approve && !s.messages.isEmpty()) {
        RunSpec spec = RunSpec::messageConfirm(idsOf(s.messages));
        nameItems(spec, s.messages);
        specs.append(spec);
    }
    startRuns(specs);
}

void ApprovalsPane::requestApproveAt()
{
    const Selection s = waitingSelection();
    if (s.messages.isEmpty()) {
        setNotice(
            [] {
                return tr("Only DataService messages can be approved at a time; none is "
                          "selected.");
            },
            true);
        return;
    }
    if (!session())
        return;
    auto *dialog = new ScheduleDialog(int(s.messages.size()), session()->now(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QList<ApprovalRow> messages = s.messages;
    connect(dialog, &QDialog::accepted, this, [this, dialog, messages] {
        RunSpec spec = RunSpec::messageConfirm(idsOf(messages), dialog->wireTime());
        nameItems(spec, messages);
        startRuns({spec});
    });
    dialog->open();
}

void ApprovalsPane::requestWithdraw()
{
    const Selection s = waitingSelection();
    if (s.architecture.isEmpty()) {
        setNotice(
            [] {
                return tr("Only pending Architecture approvals can be withdrawn; none is "
                          "selected.");
            },
            true);
        return;
    }
    RunSpec spec = RunSpec::approvalWithdraw(idsOf(s.architecture), bizIdsOf(s.architecture));
    nameItems(spec, s.architecture);
    startRuns({spec});
}

bool ApprovalsPane::startRuns(QList<RunSpec> specs)
{
    if (!m_engine || !session()) {
        setNotice([] { return tr("Bulk actions need an open profile."); }, true);
        return false;
    }
    QList<std::pair<RunKind, int>> started; // kind, items
    for (RunSpec &spec : specs) {
        spec.createdBy = userName();
        spec.profileId = m_profileId;
        spec.profileName = m_profileName;
        const qint64 runId = m_engine->start(spec);
        if (runId <= 0) {
            const RunKind kind = spec.kind;
            const QString error = m_engine->errorString();
            setNotice(
                [kind, error] {
                    return tr("Could not start “%1”: %2").arg(runKinds::label(kind), error);
                },
                true);
            return false;
        }
        m_runs.insert(runId, int(spec.kind));
        started.append({spec.kind, int(spec.items.size())});
        emit runStarted(runId);
    }
    if (!started.isEmpty()) {
        setNotice(
            [started] {
                QStringList runs;
                for (const auto &[kind, items] : started)
                    runs.append(tr("%1 of %Ln item(s)", nullptr, items).arg(runKinds::label(kind)));
                return tr("Started: %1.").arg(runs.join(QLatin1String("; ")));
            },
            false);
    }
    return true;
}

void ApprovalsPane::onRunFinished(qint64 runId, BatchRun::Outcome)
{
    // Any run may have created or decided approvals: read again (once for a burst).
    m_rereadTimer->start();
    const auto found = m_runs.constFind(runId);
    if (found == m_runs.constEnd())
        return;
    const RunKind kind = RunKind(found.value());
    m_runs.erase(found);
    Journal *j = journal();
    const std::optional<RunRecord> record = j ? j->loadRun(runId) : std::nullopt;
    if (!record) {
        setNotice([kind] { return tr("“%1” finished.").arg(runKinds::label(kind)); }, false);
        return;
    }
    int done = 0;
    int failed = 0;
    QStringList remarks;
    for (const JournalItem &item : record->items) {
        if (item.state == ItemState::Success || item.state == ItemState::Scheduled ||
            item.state == ItemState::PendingApproval)
            ++done;
        if (item.state == ItemState::Failed) {
            ++failed;
            const QString remark =
                item.code.isEmpty() ? item.remark : item.code + QLatin1String(": ") + item.remark;
            if (!remarks.contains(remark) && remarks.size() < 3)
                remarks.append(remark);
        }
    }
    const int total = int(record->items.size());
    setNotice(
        [kind, total, done, failed, remarks] {
            QString text = tr("“%1”: %2 of %Ln item(s) done.", nullptr, total)
                               .arg(runKinds::label(kind), QLocale().toString(done));
            if (failed > 0)
                text +=
                    QLatin1Char(' ') +
                    tr("%Ln failed: %1", nullptr, failed).arg(remarks.join(QLatin1String("; ")));
            return text;
        },
        failed > 0);
}

void ApprovalsPane::requestShowRun()
{
    QModelIndex current = view()->selectionModel()->currentIndex();
    if (!current.isValid()) {
        const QModelIndexList rows = view()->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            current = rows.first();
    }
    Journal *j = journal();
    if (!current.isValid() || !j)
        return;
    const ApprovalRow &row = m_model->row(proxy()->mapToSource(current).row());
    JournalQuery query;
    query.id = row.bizId;
    query.limit = 200;
    switch (row.action) {
    case ApprovalRow::Action::Offline:
        query.kind = RunKind::BatchOffline;
        break;
    case ApprovalRow::Action::Publish:
        query.kind = row.source == ApprovalRow::Source::Architecture
                         ? std::optional<RunKind>(RunKind::BatchPublish)
                         : std::nullopt;
        break;
    case ApprovalRow::Action::Unpublish:
    case ApprovalRow::Action::Stop:
    case ApprovalRow::Action::Recover:
        query.kind = RunKind::ApiAction;
        break;
    default:
        break;
    }
    qint64 runId = 0;
    if (query.kind) {
        const ItemPage page = j->searchItems(query);
        for (const ItemHit &hit : page.items) {
            if (hit.item.approvalId == row.id) {
                runId = hit.runId;
                break;
            }
        }
        // Without a recorded link, the newest run that acted on the entity or API.
        if (runId == 0 && !page.items.isEmpty() && row.source != ApprovalRow::Source::Architecture)
            runId = page.items.first().runId;
        if (runId == 0) {
            for (const ItemHit &hit : page.items) {
                if (hit.item.approvalId.isEmpty() &&
                    hit.runCreatedAt <= row.submitted.addSecs(60)) {
                    runId = hit.runId;
                    break;
                }
            }
        }
    }
    if (runId == 0) {
        const QString name = row.name;
        setNotice(
            [name] { return tr("No run in this computer's journal created “%1”.").arg(name); },
            true);
        return;
    }
    emit showRunRequested(runId);
}

QList<qint64> ApprovalsPane::followPendingRuns()
{
    QList<qint64> followed;
    Journal *j = journal();
    if (!j || !m_engine || !session())
        return followed;
    JournalQuery query;
    query.state = ItemState::PendingApproval;
    query.limit = 10000;
    const ItemPage page = j->searchItems(query);
    QSet<qint64> seen;
    const QJsonObject facts = runParameters::connectionFacts(session()->settings());
    for (const ItemHit &hit : page.items) {
        if (seen.contains(hit.runId))
            continue;
        seen.insert(hit.runId);
        const std::optional<RunSummary> summary = j->runSummary(hit.runId);
        if (!summary || !sameConnection(summary->parameters, facts))
            continue;
        if (m_engine->refreshPending(hit.runId))
            followed.append(hit.runId);
    }
    return followed;
}

bool ApprovalsPane::poll()
{
    if (QGuiApplication::applicationState() != Qt::ApplicationActive || !session())
        return false;
    if (listView() == View::WaitingForMe && !isLoading())
        refresh(); // the badge too
    else
        updateBadge();
    followPendingRuns();
    return true;
}

void ApprovalsPane::updateBadge()
{
    if (!session()) {
        m_counter->cancel();
        onCounted(0, true);
        return;
    }
    m_counter->count(session(), userName());
}

void ApprovalsPane::onCounted(int count, bool ok)
{
    if (!ok || count == m_waiting)
        return;
    m_waiting = count;
    emit badgeChanged(count);
}

QString ApprovalsPane::notice() const
{
    return m_noticeText;
}

void ApprovalsPane::setNotice(const std::function<QString()> &text, bool problem)
{
    // Kept as a function of the language: a language change says it again.
    m_noticeMaker = text;
    m_noticeProblem = problem;
    showNotice();
}

void ApprovalsPane::showNotice()
{
    const QString text = m_noticeMaker ? m_noticeMaker() : QString();
    const bool problem = m_noticeProblem;
    m_noticeText = text;
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    m_notice->setProperty("problem", problem);
    followPalette(m_notice, [problem](const QPalette &palette) {
        return problem ? toneTextStyleSheet(StatusTone::Bad, palette) : QString();
    });
    emit noticeChanged(text);
}

void ApprovalsPane::fillContextMenu(QMenu *menu)
{
    menu->addAction(m_approve);
    menu->addAction(m_approveAt);
    menu->addAction(m_reject);
    menu->addAction(m_withdraw);
    menu->addSeparator();
    menu->addAction(m_showRun);
    menu->addSeparator();
    menu->addAction(selectAllMatchingAction());
    menu->addAction(refreshAction());
}

void ApprovalsPane::updateActions()
{
    RecordPane::updateActions();
    if (!m_approve)
        return;
    const bool usable = session() && m_engine;
    const bool selected = selectionCount() > 0;
    m_approve->setEnabled(usable && selected);
    m_approveAt->setEnabled(usable && selected);
    m_reject->setEnabled(usable && selected);
    m_withdraw->setEnabled(usable && selected);
    m_showRun->setEnabled(journal() != nullptr && selected);
}

void ApprovalsPane::retranslateUi()
{
    m_approve->setText(tr("Approve…"));
    m_approve->setToolTip(tr("Resolve the selected Architecture approvals with a message, "
                             "approve the selected applications and confirm the selected "
                             "messages now"));
    m_approveAt->setText(tr("Approve at a time…"));
    m_approveAt->setToolTip(tr("Confirm the selected DataService messages for a later time"));
    m_reject->setText(tr("Reject…"));
    m_reject->setToolTip(
        tr("Reject the selected Architecture approvals with a message, and the selected "
           "applications"));
    m_withdraw->setText(tr("Withdraw"));
    m_withdraw->setToolTip(
        tr("Withdraw your own pending Architecture requests") + QLatin1Char('\n') +
        UndoLimits::join(UndoLimits::forRun(RunKind::ApprovalWithdraw, {})));
    m_showRun->setText(tr("Show the run"));
    m_showRun->setToolTip(tr("Show the run of this computer that created the selected request"));
    m_model->retranslate();
    view()->setAccessibleName(tr("Approvals"));
    if (m_noticeMaker)
        showNotice();
    RecordPane::retranslateUi();
}

} // namespace dataarts::ui
