#include "Workflow.h"

#include "history/HistoryView.h"
#include "impact/ImpactDialog.h"
#include "panes/apis/ApisPane.h"
#include "panes/approvals/ApprovalsPane.h"
#include "panes/tables/TablesPane.h"
#include "progress/ProgressView.h"
#include "progress/ResumeBanner.h"
#include "shell/DesktopNotice.h"
#include "shell/FollowUpNotifier.h"
#include "shell/MainWindow.h"
#include "shell/PaneArea.h"
#include "shell/RunEndNotifier.h"
#include "waiting/WaitingView.h"
#include "wizards/action/ApiActionWizard.h"
#include "wizards/offline/OfflineWizard.h"

#include "connection/ConnectionManager.h"
#include "journal/Journal.h"
#include "runs/RunCenter.h"

#include <QDockWidget>
#include <QEvent>
#include <QMessageBox>
#include <QVBoxLayout>

namespace dataarts::ui {

Workflow::Workflow(MainWindow *window, ConnectionManager *connection, RunCenter *runs,
                   QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_connection(connection)
    , m_runs(runs)
    , m_dock(new QDockWidget(window))
    , m_progress(new ProgressView(runs))
    , m_banner(new ResumeBanner(runs))
    , m_notice(new DesktopNotice(window, this))
    , m_notifier(new RunEndNotifier(window, runs, m_notice, this))
    , m_followUpNotifier(new FollowUpNotifier(m_notice, this))
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_progress, 1);
    m_dock->setObjectName(QStringLiteral("progressDock"));
    m_dock->setWidget(box);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    m_window->installEventFilter(this);
    retranslateUi();

    connect(m_runs, &RunCenter::unfinishedRunsFound, this, [this](const QList<RunSummary> &runs) {
        m_banner->setRuns(runs);
        if (!runs.isEmpty())
            m_dock->show();
    });
    connect(m_banner, &ResumeBanner::showRunRequested, this, &Workflow::showRun);
    connect(m_banner, &ResumeBanner::runsResumed, this, [this](const QList<qint64> &ids) {
        if (!ids.isEmpty())
            showRun(ids.last());
    });
    connect(m_runs, &RunCenter::engineChanged, this, &Workflow::onEngineChanged);
    connect(m_runs, &RunCenter::runFinished, this,
            [this](qint64 runId, BatchRun::Outcome) { rereadAfterRun(runId); });
    connect(m_window, &MainWindow::takeOfflineRequested, this, &Workflow::onTakeOfflineFromWindow);
    // The window's commands name their action: it is chosen when the wizard opens.
    connect(m_window, &MainWindow::unpublishRequested, this,
            [this](Pane *pane) { onApiActionFromWindow(pane, ApiAction::Unpublish); });
    connect(m_window, &MainWindow::stopRequested, this,
            [this](Pane *pane) { onApiActionFromWindow(pane, ApiAction::Stop); });
    connect(m_window, &MainWindow::recoverRequested, this,
            [this](Pane *pane) { onApiActionFromWindow(pane, ApiAction::Recover); });
}

void Workflow::attach(Pane *pane)
{
    if (auto *tables = qobject_cast<TablesPane *>(pane)) {
        connect(tables, &TablesPane::takeOfflineRequested, this,
                [this, tables](const QList<BizInfo> &selection) {
                    openOfflineWizard(selection, tables->loadedNames());
                });
        connect(tables, &TablesPane::impactRequested, this, &Workflow::openImpact);
    } else if (auto *apis = qobject_cast<ApisPane *>(pane)) {
        connect(apis, &ApisPane::apiActionRequested, this,
                [this](const QList<ApiTarget> &selection) { openApiActionWizard(selection); });
        connect(apis, &ApisPane::impactRequested, this, &Workflow::openImpact);
    } else if (auto *approvals = qobject_cast<ApprovalsPane *>(pane)) {
        m_approvals.append(approvals);
        approvals->setJournal(m_runs->journal());
        approvals->setEngine(m_runs->engine());
        connect(approvals, &ApprovalsPane::runStarted, this, &Workflow::showRun);
        connect(approvals, &ApprovalsPane::showRunRequested, this, &Workflow::showRun);
    } else if (auto *history = qobject_cast<HistoryView *>(pane)) {
        connect(history, &HistoryView::showRunRequested, this, &Workflow::showRun);
    } else if (auto *waiting = qobject_cast<WaitingView *>(pane)) {
        connect(waiting, &WaitingView::showRunRequested, this, &Workflow::showRun);
        m_followUpNotifier->follow(waiting);
    }
}

void Workflow::onEngineChanged()
{
    const std::optional<Profile> profile = m_connection->profile();
    for (const QPointer<ApprovalsPane> &pane : std::as_const(m_approvals)) {
        if (!pane)
            continue;
        pane->setEngine(m_runs->engine());
        if (profile) {
            pane->setProfile(m_runs->profileId(), m_runs->profileName());
            if (!profile->iamUserName.isEmpty())
                pane->setUserName(profile->iamUserName);
        }
    }
}

void Workflow::onTakeOfflineFromWindow(Pane *pane)
{
    if (auto *tables = qobject_cast<TablesPane *>(pane))
        openOfflineWizard(tables->selectedTables(), tables->loadedNames());
    else
        openOfflineWizard({}, tablesNames());
}

void Workflow::onApiActionFromWindow(Pane *pane, ApiAction action)
{
    if (auto *apis = qobject_cast<ApisPane *>(pane))
        openApiActionWizard(apis->selectedTargets(), action);
    else
        openApiActionWizard({}, action);
}

void Workflow::rereadAfterRun(qint64 runId)
{
    const std::optional<RunSummary> run = m_runs->journal()->runSummary(runId);
    if (!run)
        return;
    // The pane whose rows the run's kind changes shows them as the server has them now
    // (a refresh keeps the selection, the filter and the sort).
    for (Pane *pane : m_window->paneArea()->panes()) {
        bool touched = false;
        switch (run->kind) {
        case RunKind::BatchOffline:
        case RunKind::BatchPublish:
        case RunKind::ApprovalResolve:
        case RunKind::ApprovalReject:
        case RunKind::ApprovalWithdraw:
            touched = qobject_cast<TablesPane *>(pane) != nullptr;
            break;
        case RunKind::ApiAction:
        case RunKind::ApiRepublish:
        case RunKind::ApplicationReview:
        case RunKind::MessageConfirm:
            touched = qobject_cast<ApisPane *>(pane) != nullptr;
            break;
        }
        if (auto *records = qobject_cast<RecordPane *>(pane); touched && records->session())
            records->refresh();
    }
}

QHash<QString, QString> Workflow::tablesNames() const
{
    for (Pane *pane : m_window->paneArea()->panes()) {
        if (auto *tables = qobject_cast<TablesPane *>(pane))
            return tables->loadedNames();
    }
    return {};
}

void Workflow::openOfflineWizard(const QList<BizInfo> &selection,
                                 const QHash<QString, QString> &names)
{
    Session *session = m_connection->session();
    if (!session || !m_runs->engine()) {
        notConnected();
        return;
    }
    auto *wizard = new OfflineWizard(session, m_runs->engine(), selection, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setNames(names);
    wizard->setProfileName(profileName());
    if (const QString user = userName(); !user.isEmpty())
        wizard->setUserName(user);
    connect(wizard, &OfflineWizard::runStarted, this, &Workflow::showRun);
    wizard->open();
}

void Workflow::openImpact(const QList<ImpactTarget> &targets)
{
    Session *session = m_connection->session();
    if (!session) {
        notConnected();
        return;
    }
    auto *dialog = new ImpactDialog(session, targets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void Workflow::openApiActionWizard(const QList<ApiTarget> &selection, ApiAction action)
{
    Session *session = m_connection->session();
    if (!session || !m_runs->engine()) {
        notConnected();
        return;
    }
    auto *wizard = new ApiActionWizard(session, m_runs->engine(), selection, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (action != ApiAction::Unknown)
        wizard->setAction(action);
    wizard->setProfileName(profileName());
    if (const QString user = userName(); !user.isEmpty())
        wizard->setUserName(user);
    connect(wizard, &ApiActionWizard::runStarted, this, &Workflow::showRun);
    wizard->open();
}

void Workflow::notConnected()
{
    // Window-modal and without a nested event loop.
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Not Connected"),
                        tr("Open a connection profile first."), QMessageBox::Close, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString Workflow::profileName() const
{
    // The built-in Sandbox has no stored profile the CLI could name.
    const std::optional<Profile> profile = m_connection->profile();
    if (!profile || profile->id == Profile::sandboxId())
        return QString();
    return profile->displayName;
}

QString Workflow::userName() const
{
    const std::optional<Profile> profile = m_connection->profile();
    if (!profile)
        return QString();
    if (!profile->iamUserName.isEmpty())
        return profile->iamUserName;
    // AK/SK: the name typed as "me" in the Approvals pane for this profile, if any.
    return ApprovalsPane::keptUserName(m_runs->profileId());
}

void Workflow::showRun(qint64 runId)
{
    m_dock->show();
    m_dock->raise();
    m_progress->showRun(runId);
}

bool Workflow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void Workflow::retranslateUi()
{
    m_dock->setWindowTitle(tr("Progress"));
}

} // namespace dataarts::ui
