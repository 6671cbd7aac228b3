// The real application on the built-in Sandbox, read as a screen reader reads it: every
// top-level window, dialog and wizard page walked through QAccessible (AccessibleWalk), and
// no interactive control without a name. Visited: the welcome panel; the main window with
// each pane current and loaded (filter bars, toolbars, tables, the History search), the
// Details and Progress docks (a finished run, its requests and items, the resume banner);
// the profile manager and the new-profile dialog (each tab); every page of the
// batch-offline wizard (submitted) and of the API-action wizard; the Approve and Reject
// dialogs and the Approve-at-a-time dialog; the About box.
// And the status bar: the selection count, the pane's loaded count and the connection are
// read as text (the accessible name is what the label shows, so QLabel announces each
// change with an accessibility NameChanged event).
#include "AccessibleWalk.h"
#include "GuiTestSupport.h"
#include "KeyboardCheck.h"
#include "WizardHarness.h"

#include "MainWindow.h"
#include "history/HistoryView.h"
#include "panes/apis/ApisPane.h"
#include "panes/approvals/ApprovalsPane.h"
#include "panes/approvals/ScheduleDialog.h"
#include "panes/tables/TablesModel.h"
#include "panes/tables/TablesPane.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileManagerDialog.h"
#include "progress/ProgressView.h"
#include "progress/ResumeBanner.h"
#include "progress/RunTreeModel.h"
#include "shell/AppController.h"
#include "shell/MainActions.h"
#include "shell/PaneArea.h"
#include "shell/StatusPanel.h"
#include "shell/Workflow.h"
#include "wizards/action/ApiActionWizard.h"
#include "wizards/offline/ApproverPage.h"
#include "wizards/offline/OfflineWizard.h"

#include "connection/ConnectionManager.h"
#include "connection/SandboxLauncher.h"
#include "i18n/Language.h"
#include "journal/Journal.h"
#include "runs/RunCenter.h"

#include <QAbstractButton>
#include <QAbstractProxyModel>
#include <QAccessible>
#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QWizard>

using namespace dataarts;
using namespace dataarts::ui;

namespace {

constexpr int kWaitMs = 60000;

void selectRows(QAbstractItemView *view, int first, int last)
{
    QAbstractItemModel *model = view->model();
    if (model->rowCount() == 0)
        return;
    last = std::min(last, model->rowCount() - 1);
    view->selectionModel()->setCurrentIndex(model->index(first, 0), QItemSelectionModel::NoUpdate);
    view->selectionModel()->select(
        QItemSelection(model->index(first, 0), model->index(last, model->columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect);
}

template <typename T>
T *openWindow()
{
    T *found = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            found = t;
    }
    return found;
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

} // namespace

class TestWindowAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyControlHasAName();
    void statusTextsAreReadAndAnnounced();

private:
    void check(const QString &what, QWidget *root);
    void closeModal();
    void activateMainWindow();
    void visitPanes();
    void visitDialogs();
    void walkOfflineWizard();
    void walkApiActionWizard();

    Language m_language;
    std::unique_ptr<AppController> m_app;
    QStringList m_found;
    qint64 m_runId = 0;
};

void TestWindowAccessibility::initTestCase()
{
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    QVERIFY(m_language.apply(QStringLiteral("en")));
    m_app = std::make_unique<AppController>(&m_language);
    m_app->window()->resize(1400, 900);
    m_app->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
}

void TestWindowAccessibility::cleanupTestCase()
{
    if (!m_app)
        return;
    closeModal();
    QSignalSpy finished(m_app.get(), &AppController::finished);
    m_app->quit(0);
    finished.wait(30000);
    m_app.reset();
    QSettings().remove(QStringLiteral("ui/language"));
}

void TestWindowAccessibility::check(const QString &what, QWidget *root)
{
    if (!root) {
        m_found << what + QStringLiteral(": not found");
        return;
    }
    for (const QString &line : a11yTest::unnamedControls(root))
        m_found << what + QStringLiteral(": ") + line;
}

void TestWindowAccessibility::closeModal()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
            d->reject();
    }
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

void TestWindowAccessibility::activateMainWindow()
{
    QApplication::setActiveWindow(m_app->window());
    QVERIFY(QTest::qWaitForWindowActive(m_app->window()));
}

void TestWindowAccessibility::visitPanes()
{
    MainWindow *window = m_app->window();
    window->detailsDock()->show();
    for (Pane *pane : window->paneArea()->panes()) {
        window->paneArea()->setCurrentPane(pane);
        if (auto *approvals = qobject_cast<ApprovalsPane *>(pane)) {
            for (auto list : {ApprovalsPane::View::MyRequests, ApprovalsPane::View::WaitingForMe}) {
                approvals->setListView(list);
                QTRY_VERIFY_WITH_TIMEOUT(approvals->isComplete(), kWaitMs);
                selectRows(approvals->view(), 0, 1);
                check(pane->title() + QStringLiteral(" pane"), window);
            }
        } else if (auto *records = qobject_cast<RecordPane *>(pane)) {
            QTRY_VERIFY_WITH_TIMEOUT(records->isComplete(), kWaitMs);
            selectRows(records->view(), 0, 1);
            check(pane->title() + QStringLiteral(" pane"), window);
        } else if (auto *history = qobject_cast<HistoryView *>(pane)) {
            history->searchFromFields();
            QTRY_VERIFY_WITH_TIMEOUT(!history->statusText().isEmpty(), kWaitMs);
            selectRows(history->view(), 0, 0);
            check(pane->title() + QStringLiteral(" pane"), window);
        }
    }
}

void TestWindowAccessibility::visitDialogs()
{
    MainWindow *window = m_app->window();
    window->showProfileManager();
    QTRY_VERIFY(window->profileManager() && window->profileManager()->isVisible());
    check(QStringLiteral("profile manager"), window->profileManager());
    closeModal();

    window->showNewProfileDialog();
    ProfileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openWindow<ProfileDialog>()) != nullptr);
    dialog->saveButton()->click(); // refused: the error lines show
    for (int tab = 0; tab < dialog->tabs()->count(); ++tab) {
        dialog->tabs()->setCurrentIndex(tab);
        check(QStringLiteral("profile dialog, tab %1").arg(tab), dialog);
    }
    closeModal();

    window->showAbout();
    QMessageBox *about = nullptr;
    QTRY_VERIFY((about = openWindow<QMessageBox>()) != nullptr);
    check(QStringLiteral("About box"), about);
    about->close();
    QTRY_VERIFY(!openWindow<QMessageBox>());
    activateMainWindow();

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
        check(a->objectName() + QStringLiteral(" dialog"), d);
        closeModal();
        activateMainWindow();
    }
    ScheduleDialog schedule(2, QDateTime::currentDateTimeUtc(), approvals);
    schedule.show();
    check(QStringLiteral("approve-at dialog"), &schedule);
    schedule.hide();
}

void TestWindowAccessibility::walkOfflineWizard()
{
    MainWindow *window = m_app->window();
    auto *tables = guiTest::paneOf<TablesPane>(*m_app);
    window->paneArea()->setCurrentPane(tables);
    QAbstractItemView *view = tables->view();
    auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model());
    QItemSelection published;
    for (int r = 0; r < proxy->rowCount() && published.size() < 3; ++r) {
        const int source = proxy->mapToSource(proxy->index(r, 0)).row();
        if (tables->model()->record(source).status.value == BizStatus::Published)
            published.select(proxy->index(r, 0), proxy->index(r, proxy->columnCount() - 1));
    }
    QCOMPARE(published.size(), 3);
    view->selectionModel()->select(published, QItemSelectionModel::ClearAndSelect);
    window->actions()->takeOffline->trigger();
    OfflineWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = openWindow<OfflineWizard>()) != nullptr);
    QApplication::setActiveWindow(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    auto page = [&] {
        return QStringLiteral("offline wizard page %1").arg(wizard->currentId());
    };
    check(page(), wizard);
    WizardHarness::next(wizard);
    QCOMPARE(wizard->currentId(), int(OfflineWizard::PreflightPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), kWaitMs);
    check(page(), wizard);
    WizardHarness::next(wizard);
    QCOMPARE(wizard->currentId(), int(OfflineWizard::ImpactPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), kWaitMs);
    check(page(), wizard);
    WizardHarness::next(wizard);
    QCOMPARE(wizard->currentId(), int(OfflineWizard::ApproverPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), kWaitMs);
    check(page(), wizard);
    auto *approver = qobject_cast<ApproverPage *>(wizard->currentPage());
    approver->searchBox()->setFocus();
    QTest::keyClicks(approver->searchBox(), QStringLiteral("sandbox_admin"));
    WizardHarness::next(wizard);
    QCOMPARE(wizard->currentId(), int(OfflineWizard::SchedulePageId));
    check(page(), wizard);
    WizardHarness::next(wizard);
    QCOMPARE(wizard->currentId(), int(OfflineWizard::ReviewPageId));
    check(page(), wizard);
    QSignalSpy started(wizard, &OfflineWizard::runStarted);
    wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(started.size(), 1);
    m_runId = started.at(0).at(0).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_app->runs()->journal()->runSummary(m_runId).value_or(RunSummary()).finishedAt.isValid(),
        kWaitMs);
    activateMainWindow();
}

void TestWindowAccessibility::walkApiActionWizard()
{
    MainWindow *window = m_app->window();
    auto *apis = guiTest::paneOf<ApisPane>(*m_app);
    window->paneArea()->setCurrentPane(apis);
    selectRows(apis->view(), 0, 1);
    window->actions()->stop->trigger();
    ApiActionWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = openWindow<ApiActionWizard>()) != nullptr);
    QApplication::setActiveWindow(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    auto page = [&] {
        return QStringLiteral("API wizard page %1").arg(wizard->currentId());
    };
    check(page(), wizard);
    WizardHarness::next(wizard);
    QCOMPARE(wizard->currentId(), int(ApiActionWizard::ActionPageId));
    check(page(), wizard);
    WizardHarness::alt(wizard, Qt::Key_T); // STOP
    WizardHarness::next(wizard);
    QCOMPARE(wizard->currentId(), int(ApiActionWizard::PreflightPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), kWaitMs);
    check(page(), wizard);
    WizardHarness::next(wizard);
    QCOMPARE(wizard->currentId(), int(ApiActionWizard::ImpactPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), kWaitMs);
    check(page(), wizard);
    WizardHarness::next(wizard);
    QCOMPARE(wizard->currentId(), int(ApiActionWizard::TimePageId));
    check(page(), wizard);
    WizardHarness::next(wizard);
    QCOMPARE(wizard->currentId(), int(ApiActionWizard::ReviewPageId));
    check(page(), wizard);
    closeModal();
    activateMainWindow();
}

void TestWindowAccessibility::everyControlHasAName()
{
    check(QStringLiteral("welcome"), m_app->window());

    AppController::Options options;
    options.sandbox = true;
    m_app->sandbox()->setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} +
                                   guiTest::smallSandboxArguments());
    m_app->start(options);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->runs()->engine() != nullptr, kWaitMs);
    activateMainWindow();
    visitPanes();
    visitDialogs();
    walkOfflineWizard();
    // The run in the Progress dock, its requests and items open; the resume banner.
    ProgressView *progress = m_app->workflow()->progressView();
    QVERIFY(m_app->workflow()->progressDock()->isVisible());
    QTRY_COMPARE(progress->selectedRunId(), m_runId);
    QTRY_VERIFY(progress->treeModel()->rowCount() > 0);
    progress->treeView()->expandAll();
    const std::optional<RunSummary> run = m_app->runs()->journal()->runSummary(m_runId);
    QVERIFY(run);
    m_app->workflow()->resumeBanner()->setRuns({*run});
    check(QStringLiteral("Progress dock and resume banner"), m_app->window());
    walkApiActionWizard();

    m_found.removeDuplicates();
    for (const QString &f : std::as_const(m_found))
        qWarning().noquote() << f;
    QVERIFY2(m_found.isEmpty(),
             qPrintable(QStringLiteral("%1 unnamed controls (above)").arg(m_found.size())));
}

void TestWindowAccessibility::statusTextsAreReadAndAnnounced()
{
    // Announced: QLabel::setText() sends QAccessible::NameChanged only for a label without an
    // accessible name of its own (its name is then its text). The offscreen platform has no
    // accessibility bridge (QAccessible::isActive() stays false), so the events themselves
    // cannot be caught here: the test checks the condition under which Qt sends them.
    MainWindow *window = m_app->window();
    QTRY_VERIFY(m_app->connection()->session() != nullptr);
    auto *tables = guiTest::paneOf<TablesPane>(*m_app);
    window->paneArea()->setCurrentPane(tables);
    QTRY_VERIFY_WITH_TIMEOUT(tables->isComplete(), kWaitMs);
    StatusPanel *status = window->statusPanel();

    // The count a user hears is the count shown, after each change.
    selectRows(tables->view(), 0, 2);
    QTRY_COMPARE(status->selectionLabel()->text(), QStringLiteral("3 selected"));
    QCOMPARE(accessibleName(status->selectionLabel()), QStringLiteral("3 selected"));
    selectRows(tables->view(), 0, 4);
    QTRY_COMPARE(accessibleName(status->selectionLabel()), QStringLiteral("5 selected"));
    // The pane's loaded count and the connection, read as their text.
    QVERIFY(!status->paneText()->text().isEmpty());
    QCOMPARE(accessibleName(status->paneText()), status->paneText()->text());
    QVERIFY(!status->connectionLabel()->text().isEmpty());
    QCOMPARE(accessibleName(status->connectionLabel()), status->connectionLabel()->text());
    for (QLabel *label :
         {status->selectionLabel(), status->paneText(), status->connectionLabel()}) {
        QVERIFY2(label->accessibleName().isEmpty(), qPrintable(label->objectName()));
        // What the text is about stays available.
        QVERIFY2(!label->accessibleDescription().isEmpty(), qPrintable(label->objectName()));
    }
}

DESK_GUI_TEST_MAIN(TestWindowAccessibility)
#include "tst_window_accessibility.moc"
