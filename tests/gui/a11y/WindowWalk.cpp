#include "WindowWalk.h"

#include "LayoutCheck.h"

#include "GuiTestSupport.h"

#include "history/HistoryView.h"
#include "panes/apis/ApisPane.h"
#include "panes/approvals/ApprovalsPane.h"
#include "panes/approvals/ScheduleDialog.h"
#include "panes/tables/TablesModel.h"
#include "panes/tables/TablesPane.h"
#include "progress/ProgressView.h"
#include "progress/ResumeBanner.h"
#include "shell/AppController.h"
#include "shell/MainActions.h"
#include "shell/MainWindow.h"
#include "shell/PaneArea.h"
#include "shell/Workflow.h"
#include "wizards/action/ApiActionWizard.h"
#include "wizards/offline/ApproverPage.h"
#include "wizards/offline/OfflineWizard.h"

#include "connection/SandboxLauncher.h"
#include "i18n/Language.h"
#include "journal/Journal.h"
#include "runs/RunCenter.h"

#include <QAbstractButton>
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QWizard>

using namespace dataarts;
using namespace dataarts::ui;

namespace a11yTest {

namespace {

constexpr int kWaitMs = 60000;

bool finished(AppController *app, qint64 runId)
{
    return app->runs()->journal()->runSummary(runId).value_or(RunSummary()).finishedAt.isValid();
}

} // namespace

void open(std::unique_ptr<AppController> &app, Language *language, const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
    QVERIFY(language->apply(code));
    app = std::make_unique<AppController>(language);
    app->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(app->window()));
}

void startOnSandbox(AppController *app)
{
    AppController::Options options;
    options.sandbox = true;
    app->sandbox()->setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} +
                                 guiTest::smallSandboxArguments());
    app->start(options);
    QVERIFY(QTest::qWaitForWindowExposed(app->window()));
    QTRY_VERIFY_WITH_TIMEOUT(app->runs()->engine() != nullptr, kWaitMs);
}

void quit(std::unique_ptr<AppController> &app)
{
    if (!app)
        return;
    WindowWalk(app.get(), {}).closeModal();
    QSignalSpy finished(app.get(), &AppController::finished);
    app->quit(0);
    finished.wait(30000);
    app.reset();
    QSettings().remove(QStringLiteral("ui/language"));
}

QString warnEach(QStringList *found, const QString &what)
{
    found->removeDuplicates();
    for (const QString &f : std::as_const(*found))
        qWarning().noquote() << f;
    return QStringLiteral("%1 %2 (above)").arg(found->size()).arg(what);
}

WindowWalk::WindowWalk(AppController *app, Visit visit)
    : m_app(app)
    , m_visit(std::move(visit))
{}

void WindowWalk::closeModal()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
            d->reject();
    }
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

void WindowWalk::activateMainWindow()
{
    QApplication::setActiveWindow(m_app->window());
    QVERIFY(QTest::qWaitForWindowActive(m_app->window()));
}

void WindowWalk::everything(const std::function<void()> &afterPanes, bool submitApi)
{
    activateMainWindow();
    panes();
    if (afterPanes)
        afterPanes();
    dialogs();
    offlineWizard();
    progress();
    apiWizard(submitApi);
}

void WindowWalk::panes()
{
    MainWindow *window = m_app->window();
    window->detailsDock()->show();
    for (Pane *pane : window->paneArea()->panes()) {
        window->paneArea()->setCurrentPane(pane);
        QTRY_VERIFY(pane->isVisible());
        if (auto *approvals = qobject_cast<ApprovalsPane *>(pane)) {
            approvals->setListView(ApprovalsPane::View::WaitingForMe);
            QTRY_VERIFY_WITH_TIMEOUT(approvals->isComplete(), kWaitMs);
        } else if (auto *records = qobject_cast<RecordPane *>(pane)) {
            QTRY_VERIFY_WITH_TIMEOUT(records->isComplete(), kWaitMs);
        } else if (auto *history = qobject_cast<HistoryView *>(pane)) {
            history->searchFromFields();
            QTRY_VERIFY_WITH_TIMEOUT(!history->statusText().isEmpty(), kWaitMs);
            selectRows(history->view(), 0, 0);
        }
        if (auto *records = qobject_cast<RecordPane *>(pane))
            selectRows(records->view(), 0, 1);
        m_visit(pane->title() + QStringLiteral(" pane"), window);
    }
    // The Approvals pane's other list.
    auto *approvals = guiTest::paneOf<ApprovalsPane>(*m_app);
    window->paneArea()->setCurrentPane(approvals);
    approvals->setListView(ApprovalsPane::View::MyRequests);
    QTRY_VERIFY_WITH_TIMEOUT(approvals->isComplete(), kWaitMs);
    selectRows(approvals->view(), 0, 1);
    m_visit(approvals->title() + QStringLiteral(" pane, my requests"), window);
    approvals->setListView(ApprovalsPane::View::WaitingForMe);
    QTRY_VERIFY_WITH_TIMEOUT(approvals->isComplete(), kWaitMs);
}

void WindowWalk::dialogs()
{
    MainWindow *window = m_app->window();
    auto *approvals = guiTest::paneOf<ApprovalsPane>(*m_app);
    window->paneArea()->setCurrentPane(approvals);
    approvals->setListView(ApprovalsPane::View::WaitingForMe);
    QTRY_VERIFY_WITH_TIMEOUT(approvals->isComplete(), kWaitMs);
    approvals->view()->selectAll();
    for (QAction *a : {approvals->approveAction(), approvals->rejectAction()}) {
        QTRY_VERIFY(a->isEnabled());
        a->trigger();
        QDialog *d = nullptr;
        QTRY_VERIFY((d = openWindow<QDialog>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        m_visit(a->objectName() + QStringLiteral(" dialog"), d);
        closeModal();
        activateMainWindow();
    }
    ScheduleDialog schedule(2, QDateTime::currentDateTimeUtc(), window);
    schedule.show();
    QVERIFY(QTest::qWaitForWindowExposed(&schedule));
    m_visit(QStringLiteral("approve-at dialog"), &schedule);
    schedule.hide();
}

void WindowWalk::offlineWizard()
{
    MainWindow *window = m_app->window();
    auto *tables = guiTest::paneOf<TablesPane>(*m_app);
    window->paneArea()->setCurrentPane(tables);
    tables->refresh(); // the tables an earlier walk took offline are no longer published
    QTRY_VERIFY_WITH_TIMEOUT(tables->isComplete(), kWaitMs);
    QAbstractItemView *view = tables->view();
    auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model());
    QItemSelection published;
    int count = 0;
    for (int r = 0; r < proxy->rowCount() && count < 3; ++r) {
        const int source = proxy->mapToSource(proxy->index(r, 0)).row();
        if (tables->model()->record(source).status.value == BizStatus::Published) {
            published.select(proxy->index(r, 0), proxy->index(r, proxy->columnCount() - 1));
            ++count;
        }
    }
    QCOMPARE(count, 3);
    view->selectionModel()->select(published, QItemSelectionModel::ClearAndSelect);
    window->actions()->takeOffline->trigger();
    OfflineWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = openWindow<OfflineWizard>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    auto page = [&] { return QStringLiteral("offline wizard page %1").arg(wizard->currentId()); };
    m_visit(page(), wizard);
    for (int id : {int(OfflineWizard::PreflightPageId), int(OfflineWizard::ImpactPageId),
                   int(OfflineWizard::ApproverPageId)}) {
        wizard->next();
        QCOMPARE(wizard->currentId(), id);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), kWaitMs);
        m_visit(page(), wizard);
    }
    auto *approver = qobject_cast<ApproverPage *>(wizard->currentPage());
    approver->searchBox()->setText(QStringLiteral("sandbox_admin"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OfflineWizard::SchedulePageId));
    m_visit(page(), wizard);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OfflineWizard::ReviewPageId));
    m_visit(page(), wizard);
    QSignalSpy started(wizard, &OfflineWizard::runStarted);
    wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(started.size(), 1);
    m_runId = started.at(0).at(0).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(finished(m_app, m_runId), kWaitMs);
    activateMainWindow();
}

void WindowWalk::progress()
{
    ProgressView *view = m_app->workflow()->progressView();
    QTRY_VERIFY(m_app->workflow()->progressDock()->isVisible());
    QTRY_COMPARE(view->selectedRunId(), m_runId);
    view->treeView()->expandAll();
    const std::optional<RunSummary> run = m_app->runs()->journal()->runSummary(m_runId);
    QVERIFY(run);
    m_app->workflow()->resumeBanner()->setRuns({*run});
    m_visit(QStringLiteral("Progress dock and resume banner"), m_app->window());
    m_app->workflow()->resumeBanner()->setRuns({});
}

void WindowWalk::apiWizard(bool submit)
{
    MainWindow *window = m_app->window();
    auto *apis = guiTest::paneOf<ApisPane>(*m_app);
    window->paneArea()->setCurrentPane(apis);
    selectRows(apis->view(), 0, 1);
    window->actions()->stop->trigger();
    ApiActionWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = openWindow<ApiActionWizard>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    auto page = [&] { return QStringLiteral("API wizard page %1").arg(wizard->currentId()); };
    m_visit(page(), wizard);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ApiActionWizard::ActionPageId));
    m_visit(page(), wizard);
    for (int id : {int(ApiActionWizard::PreflightPageId), int(ApiActionWizard::ImpactPageId),
                   int(ApiActionWizard::TimePageId), int(ApiActionWizard::ReviewPageId)}) {
        wizard->next();
        QCOMPARE(wizard->currentId(), id);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), kWaitMs);
        m_visit(page(), wizard);
    }
    if (submit) {
        QSignalSpy started(wizard, &ApiActionWizard::runStarted);
        wizard->button(QWizard::FinishButton)->click();
        QCOMPARE(started.size(), 1);
        m_apiRunId = started.at(0).at(0).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(finished(m_app, m_apiRunId), kWaitMs);
    } else {
        closeModal();
    }
    activateMainWindow();
}

} // namespace a11yTest
