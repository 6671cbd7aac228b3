// The real application on the built-in Sandbox, driven from the keyboard only:
//  - no two QActions or QShortcuts answer one key with one focus, in the main window with
//    each pane current, in every page of both wizards and in the dialogs (KeyboardCheck
//    follows Qt's shortcut contexts);
//  - the documented keys (Ctrl+Shift+O, Ctrl+Shift+U, Ctrl+Shift+A, Ctrl+Shift+Y, Ctrl+1…,
//    Ctrl+I, F5) do what they say with the focus in a pane's table, in its filter field and
//    on the main toolbar, and Qt never logs "Ambiguous shortcut overload";
//  - Tab and Shift+Tab go from control to control: a table or tree is one Tab stop, the
//    filter fields and the toolbars are reached from the table.
#include "GuiTestSupport.h"
#include "LayoutCheck.h"
#include "KeyboardCheck.h"
#include "WizardHarness.h"

#include "history/HistoryView.h"
#include "panes/apis/ApisPane.h"
#include "panes/approvals/ApprovalsPane.h"
#include "panes/common/RecordFilterProxy.h"
#include "panes/tables/TablesModel.h"
#include "panes/tables/TablesPane.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileManagerDialog.h"
#include "profiles/ProfileSwitcher.h"
#include "shell/AppController.h"
#include "shell/MainActions.h"
#include "shell/MainWindow.h"
#include "shell/PaneArea.h"
#include "shell/Workflow.h"
#include "wizards/action/ApiActionWizard.h"
#include "wizards/offline/ApproverPage.h"
#include "wizards/offline/OfflineWizard.h"

#include "connection/ConnectionManager.h"
#include "connection/SandboxLauncher.h"
#include "i18n/Language.h"
#include "runs/RunCenter.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QToolBar>

using namespace dataarts;
using namespace dataarts::ui;
using a11yTest::openWindow;
using a11yTest::selectRows;

namespace {

constexpr int kWaitMs = 60000;

QString lines(const QStringList &list)
{
    return QLatin1Char('\n') + list.join(QLatin1Char('\n'));
}

} // namespace

class TestWindowKeyboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void noTwoShortcutsShareAKeyInTheWindow();
    void documentedKeysWorkFromAnyFocus();
    void noTwoShortcutsShareAKeyInWizardsAndDialogs();
    void tabMovesFromControlToControl();

private:
    void activateMainWindow();
    void closeModal();
    // The focus widget, then the key on it.
    void press(QWidget *focus, const QKeySequence &key);
    void noClash(const QString &what, QWidget *window);

    Language m_language;
    std::unique_ptr<AppController> m_app;
};

void TestWindowKeyboard::initTestCase()
{
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    QVERIFY(m_language.apply(QStringLiteral("en")));
    m_app = std::make_unique<AppController>(&m_language);
    m_app->window()->resize(1400, 900);
    AppController::Options options;
    options.sandbox = true;
    m_app->sandbox()->setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} +
                                   guiTest::smallSandboxArguments());
    m_app->start(options);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->runs()->engine() != nullptr, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(guiTest::paneOf<TablesPane>(*m_app)->isComplete() &&
                                 guiTest::paneOf<ApisPane>(*m_app)->isComplete() &&
                                 guiTest::paneOf<ApprovalsPane>(*m_app)->isComplete(),
                             kWaitMs);
    m_app->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
}

void TestWindowKeyboard::init()
{
    // Two keys on one action, or one key on two: Qt says so and does nothing.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Ambiguous shortcut overload")));
    activateMainWindow();
}

void TestWindowKeyboard::cleanupTestCase()
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

void TestWindowKeyboard::activateMainWindow()
{
    QApplication::setActiveWindow(m_app->window());
    QStringList open;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible())
            open << a11yTest::describe(w);
    }
    QTRY_VERIFY2(m_app->window()->isActiveWindow(),
                 qPrintable(a11yTest::describe(QApplication::activeWindow()) + lines(open)));
}

void TestWindowKeyboard::closeModal()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
            d->reject();
    }
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

void TestWindowKeyboard::press(QWidget *focus, const QKeySequence &key)
{
    focus->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), focus);
    QTest::keySequence(focus, key);
}

void TestWindowKeyboard::noClash(const QString &what, QWidget *window)
{
    const QStringList clashes = a11yTest::shortcutClashes(window);
    QVERIFY2(clashes.isEmpty(), qPrintable(what + lines(clashes)));
}

void TestWindowKeyboard::noTwoShortcutsShareAKeyInTheWindow()
{
    MainWindow *window = m_app->window();
    for (Pane *pane : window->paneArea()->panes()) {
        window->paneArea()->setCurrentPane(pane);
        QTRY_VERIFY(pane->isVisible());
        noClash(pane->title() + QStringLiteral(" pane current"), window);
    }
}

void TestWindowKeyboard::documentedKeysWorkFromAnyFocus()
{
    MainWindow *window = m_app->window();
    auto *tables = guiTest::paneOf<TablesPane>(*m_app);
    auto *apis = guiTest::paneOf<ApisPane>(*m_app);
    auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    const QKeySequence takeOffline(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    const QKeySequence apiAction(Qt::CTRL | Qt::SHIFT | Qt::Key_U);

    // Ctrl+Shift+O: the batch-offline wizard with the two selected tables, from the table,
    // from the filter field and from the main toolbar.
    window->paneArea()->setCurrentPane(tables);
    selectRows(tables->view(), 0, 1);
    for (QWidget *focus : {static_cast<QWidget *>(tables->view()),
                           static_cast<QWidget *>(tables->instantFilterEdit()),
                           static_cast<QWidget *>(window->profileSwitcher())}) {
        press(focus, takeOffline);
        OfflineWizard *wizard = nullptr;
        QTRY_VERIFY2((wizard = openWindow<OfflineWizard>()) != nullptr,
                     qPrintable(a11yTest::describe(focus) +
                                lines(a11yTest::shortcutMatches(window, focus, takeOffline))));
        QCOMPARE(wizard->initialSelection().size(), 2);
        closeModal();
        activateMainWindow();
    }

    // Ctrl+Shift+U: the API-action wizard with the selected API's published clusters.
    window->paneArea()->setCurrentPane(apis);
    QTRY_VERIFY(apis->isVisible());
    apis->view()->selectionModel()->select(apis->view()->model()->index(0, 0),
                                           QItemSelectionModel::ClearAndSelect);
    for (QWidget *focus : {static_cast<QWidget *>(apis->view()),
                           static_cast<QWidget *>(apis->instantFilterEdit())}) {
        press(focus, apiAction);
        ApiActionWizard *wizard = nullptr;
        QTRY_VERIFY2((wizard = openWindow<ApiActionWizard>()) != nullptr,
                     qPrintable(a11yTest::describe(focus) +
                                lines(a11yTest::shortcutMatches(window, focus, apiAction))));
        QCOMPARE(wizard->initialSelection(), apis->selectedTargets());
        closeModal();
        activateMainWindow();
    }

    // Ctrl+Shift+A (select all matching) from the filter field.
    window->paneArea()->setCurrentPane(tables);
    tables->view()->clearSelection();
    QSignalSpy selectedAll(tables, &RecordPane::selectAllMatchingFinished);
    press(tables->instantFilterEdit(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QTRY_COMPARE(selectedAll.size(), 1);
    QCOMPARE(tables->selectionCount(), tables->proxy()->rowCount());

    // Ctrl+Shift+Y (approve) from the Approvals table.
    auto *approvals = guiTest::paneOf<ApprovalsPane>(*m_app);
    window->paneArea()->setCurrentPane(approvals);
    approvals->setListView(ApprovalsPane::View::WaitingForMe);
    QTRY_VERIFY_WITH_TIMEOUT(approvals->isComplete(), kWaitMs);
    QVERIFY(approvals->view()->model()->rowCount() > 0);
    selectRows(approvals->view(), 0, 0);
    QTRY_VERIFY(approvals->approveAction()->isEnabled());
    press(approvals->view(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    QTRY_VERIFY(openWindow<QDialog>() != nullptr);
    closeModal();
    activateMainWindow();

    // Ctrl+1 from a table goes to the first pane; Ctrl+I hides and shows the details.
    press(approvals->view(), QKeySequence(Qt::CTRL | Qt::Key_1));
    QCOMPARE(window->paneArea()->currentPane(), tables);
    const bool details = window->detailsDock()->isVisible();
    press(tables->view(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QCOMPARE(window->detailsDock()->isVisible(), !details);
    press(tables->instantFilterEdit(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QCOMPARE(window->detailsDock()->isVisible(), details);

    // F5 from the filter field reads the pane again.
    QSignalSpy loading(tables, &Pane::loadingChanged);
    press(tables->instantFilterEdit(), QKeySequence(Qt::Key_F5));
    QTRY_VERIFY(!loading.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(tables->isComplete(), kWaitMs);
}

void TestWindowKeyboard::noTwoShortcutsShareAKeyInWizardsAndDialogs()
{
    MainWindow *window = m_app->window();
    auto *tables = guiTest::paneOf<TablesPane>(*m_app);
    window->paneArea()->setCurrentPane(tables);
    auto *proxy = qobject_cast<QAbstractProxyModel *>(tables->view()->model());
    QItemSelection published;
    for (int r = 0; r < proxy->rowCount() && published.size() < 3; ++r) {
        const int source = proxy->mapToSource(proxy->index(r, 0)).row();
        if (tables->model()->record(source).status.value == BizStatus::Published)
            published.select(proxy->index(r, 0), proxy->index(r, proxy->columnCount() - 1));
    }
    QCOMPARE(published.size(), 3);
    tables->view()->selectionModel()->select(published, QItemSelectionModel::ClearAndSelect);
    window->actions()->takeOffline->trigger();
    OfflineWizard *offline = nullptr;
    QTRY_VERIFY((offline = openWindow<OfflineWizard>()) != nullptr);
    QApplication::setActiveWindow(offline);
    QVERIFY(QTest::qWaitForWindowActive(offline));
    noClash(QStringLiteral("offline wizard, selection"), offline);
    WizardHarness::next(offline);
    QTRY_VERIFY_WITH_TIMEOUT(offline->currentPage()->isComplete(), kWaitMs);
    noClash(QStringLiteral("offline wizard, pre-flight"), offline);
    WizardHarness::next(offline);
    QCOMPARE(offline->currentId(), int(OfflineWizard::ImpactPageId));
    QTRY_VERIFY_WITH_TIMEOUT(offline->currentPage()->isComplete(), kWaitMs);
    noClash(QStringLiteral("offline wizard, impact"), offline);
    WizardHarness::next(offline);
    QCOMPARE(offline->currentId(), int(OfflineWizard::ApproverPageId));
    QTRY_VERIFY_WITH_TIMEOUT(offline->currentPage()->isComplete(), kWaitMs);
    noClash(QStringLiteral("offline wizard, approver"), offline);
    auto *approver = qobject_cast<ApproverPage *>(offline->currentPage());
    approver->searchBox()->setFocus();
    QTest::keyClicks(approver->searchBox(), QStringLiteral("sandbox_admin"));
    WizardHarness::next(offline);
    QCOMPARE(offline->currentId(), int(OfflineWizard::SchedulePageId));
    noClash(QStringLiteral("offline wizard, schedule"), offline);
    WizardHarness::next(offline);
    QCOMPARE(offline->currentId(), int(OfflineWizard::ReviewPageId));
    noClash(QStringLiteral("offline wizard, review"), offline);
    closeModal();
    activateMainWindow();

    auto *apis = guiTest::paneOf<ApisPane>(*m_app);
    window->paneArea()->setCurrentPane(apis);
    selectRows(apis->view(), 0, 1);
    window->actions()->unpublish->trigger();
    ApiActionWizard *action = nullptr;
    QTRY_VERIFY((action = openWindow<ApiActionWizard>()) != nullptr);
    QApplication::setActiveWindow(action);
    QVERIFY(QTest::qWaitForWindowActive(action));
    // Targets, action, pre-flight, impact, time, review.
    for (int page = 0; page < 6; ++page) {
        noClash(QStringLiteral("API wizard, page %1").arg(action->currentId()), action);
        if (page == 1)
            WizardHarness::alt(action, Qt::Key_T); // STOP
        const int before = action->currentId();
        WizardHarness::next(action);
        QTRY_VERIFY_WITH_TIMEOUT(action->currentId() != before || page == 5, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(action->currentPage()->isComplete(), kWaitMs);
    }
    closeModal();
    activateMainWindow();

    window->showProfileManager();
    QTRY_VERIFY(window->profileManager() && window->profileManager()->isVisible());
    noClash(QStringLiteral("profile manager"), window->profileManager());
    closeModal();
    window->showNewProfileDialog();
    ProfileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openWindow<ProfileDialog>()) != nullptr);
    noClash(QStringLiteral("profile dialog"), dialog);
    closeModal();
    activateMainWindow();

    auto *approvals = guiTest::paneOf<ApprovalsPane>(*m_app);
    window->paneArea()->setCurrentPane(approvals);
    approvals->setListView(ApprovalsPane::View::WaitingForMe);
    QTRY_VERIFY_WITH_TIMEOUT(approvals->isComplete(), kWaitMs);
    selectRows(approvals->view(), 0, 0);
    for (QAction *a : {approvals->approveAction(), approvals->rejectAction()}) {
        QTRY_VERIFY(a->isEnabled());
        a->trigger();
        QDialog *d = nullptr;
        QTRY_VERIFY((d = openWindow<QDialog>()) != nullptr);
        noClash(a->objectName(), d);
        closeModal();
        activateMainWindow();
    }
}

void TestWindowKeyboard::tabMovesFromControlToControl()
{
    MainWindow *window = m_app->window();
    for (RecordPane *pane : {static_cast<RecordPane *>(guiTest::paneOf<TablesPane>(*m_app)),
                             static_cast<RecordPane *>(guiTest::paneOf<ApisPane>(*m_app))}) {
        window->paneArea()->setCurrentPane(pane);
        QTRY_VERIFY(pane->isVisible());
        QTableView *view = pane->view();
        selectRows(view, 0, 0);
        view->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), view);
        // Tab leaves the table at once (no walk through its cells) and comes back to it
        // after the window's other controls, the filter fields among them.
        const QList<QWidget *> forward = a11yTest::tabWalk(window, 60);
        QStringList names;
        for (QWidget *w : forward)
            names << a11yTest::describe(w);
        QVERIFY2(forward.first() != view, qPrintable(pane->title() + lines(names.mid(0, 5))));
        const qsizetype back = forward.indexOf(view);
        QVERIFY2(back > 0, qPrintable(pane->title() + lines(names)));
        const QList<QWidget *> cycle = forward.mid(0, back + 1);
        QVERIFY2(cycle.contains(pane->instantFilterEdit()), qPrintable(lines(names)));
        for (qsizetype i = 1; i < cycle.size(); ++i)
            QVERIFY2(cycle.at(i) != cycle.at(i - 1), qPrintable(lines(names)));
        // Shift+Tab goes the same way back.
        view->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), view);
        const QList<QWidget *> backward = a11yTest::tabWalk(window, int(cycle.size()), true);
        QList<QWidget *> expected;
        for (qsizetype i = cycle.size() - 2; i >= 0; --i)
            expected << cycle.at(i);
        expected << view;
        QCOMPARE(backward, expected);
    }

    // In a wizard, a text box passes Tab on (the entity lines, the request bodies).
    auto *tables = guiTest::paneOf<TablesPane>(*m_app);
    window->paneArea()->setCurrentPane(tables);
    selectRows(tables->view(), 0, 0);
    window->actions()->takeOffline->trigger();
    OfflineWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = openWindow<OfflineWizard>()) != nullptr);
    QApplication::setActiveWindow(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    auto *text = wizard->findChild<QWidget *>(QStringLiteral("entityText"));
    QVERIFY(text);
    text->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), text);
    QCOMPARE(a11yTest::tabWalk(wizard, 1).first() == text, false);
    closeModal();
}

DESK_GUI_TEST_MAIN(TestWindowKeyboard)
#include "tst_window_keyboard.moc"
