// The real application on the built-in Sandbox, in English, then switched live to
// Simplified Chinese through the View menu's language action, then live back to English:
// in Chinese no visible text may be English (LanguageCheck::englishLeft), in English none
// may be Chinese (LanguageCheck::chineseLeft). Names from the server are data and stay as
// they are (read from the pane models' raw values).
//
// Visited, in each language:
//  - the welcome panel and the not-connected notice (Workflow::notConnected), before the
//    Sandbox opens;
//  - the main window with each pane current and loaded, a row selected (details panel),
//    the status bar, the menu bar with every menu and sub-menu, the toolbar, the pane
//    toolbars and filter bars; each record pane's context menu; the Approvals pane in both
//    of its lists, with its Approve, Approve-at-a-time and Reject dialogs;
//  - the profile manager, the new-profile dialog (each tab, each authentication method and
//    proxy mode, after a refused Save that marks the fields), the About box;
//  - every page of the batch-offline wizard (opened from the Tables pane's selection, with
//    the approver and schedule pages' errors) and of the API-action wizard (from the APIs
//    pane's selection, with the action and time pages' errors);
//  - the Progress dock with the finished run of the offline wizard (submitted in Chinese,
//    then shown in English: a live switch of a run on screen) and the resume banner
//    offering that run.
// Not visited: the file dialogs (CA bundle, list import, run export: Qt's own, translated
// by qtbase_zh_CN), the replace-secret dialog and the delete confirmation of the profile
// manager (need a stored profile in the keychain; tst_profile_manager covers them in
// English), the "unknown profile" box of a --profile start, the keychain banner (needs a
// missing Secret Service: tst_keychain_banner) and the connection banner's failure reasons
// (need a failing connection). Modal windows (dialogs, wizards) are opened anew after a
// switch: while one is open the window's menu and shortcuts cannot switch the language.
#include "GuiTestSupport.h"
#include "LayoutCheck.h"
#include "LanguageCheck.h"
#include "VisibleTexts.h"
#include "WizardHarness.h"

#include "history/HistoryView.h"
#include "panes/apis/ApisModel.h"
#include "panes/apis/ApisPane.h"
#include "panes/approvals/ApprovalsModel.h"
#include "panes/approvals/ApprovalsPane.h"
#include "panes/approvals/ScheduleDialog.h"
#include "panes/common/ItemRoles.h"
#include "panes/tables/TablesModel.h"
#include "panes/tables/TablesPane.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileManagerDialog.h"
#include "progress/ProgressView.h"
#include "progress/ResumeBanner.h"
#include "progress/RunTreeModel.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "shell/PaneArea.h"
#include "shell/Workflow.h"
#include "wizards/action/ApiActionWizard.h"
#include "wizards/offline/ApproverPage.h"
#include "wizards/offline/OfflineWizard.h"

#include "connection/ConnectionManager.h"
#include "connection/SandboxLauncher.h"
#include "i18n/Language.h"
#include "journal/Journal.h"
#include "profiles/SecretStore.h"
#include "runs/RunCenter.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

using namespace dataarts;
using namespace dataarts::ui;
using a11yTest::selectRows;
using a11yTest::openWindow;

namespace {

constexpr int kWaitMs = 60000;

// A step that may fail (QVERIFY inside returns from it only): stop the caller too.
#define VISIT(step)                                                                                \
    do {                                                                                           \
        step;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

} // namespace

class TestWindowLanguages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void welcomeAndNoticeFollowTheLanguage();
    void chineseWindowHasNoEnglish();
    void englishAgainHasNoChinese();

private:
    bool chinese() const { return m_language.current() == QLatin1String("zh_CN"); }
    void switchTo(const QString &code);
    // The leftovers of the other language under root, recorded with what was on screen.
    void check(const QString &what, QWidget *root);
    // From Chinese: checks, switches to English and checks, and back (what a run's note, a
    // notice or a banner says must follow a switch at once).
    void roundTrip(const QString &what, QWidget *root);
    void collectData();
    QStringList takeFound();

    void visitPanes();
    void visitContextMenu(RecordPane *pane);
    void visitApprovalDialogs(ApprovalsPane *pane);
    void visitProfileDialogs();
    void visitAbout();
    void visitNotConnected();
    void walkOfflineWizard(bool submit);
    void walkApiActionWizard();

    Language m_language;
    std::unique_ptr<uiText::LanguageCheck> m_check;
    std::unique_ptr<AppController> m_app;
    QStringList m_found;
    qint64 m_runId = 0;
    QSet<QString> m_offline; // the tables a wizard was opened with
    QTemporaryDir m_dir;
};

void TestWindowLanguages::initTestCase()
{
    m_check = std::make_unique<uiText::LanguageCheck>(
        QStringLiteral(DESK_SOURCE_DIR "/translations/dataarts-desk_zh_CN.ts"));
    QVERIFY2(m_check->isLoaded(), qPrintable(m_check->errorString()));
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    QVERIFY(m_language.apply(QStringLiteral("en")));
    m_app = std::make_unique<AppController>(&m_language);
    // Without a Secret Service (outside scripts/test) the banner quotes the keychain's words.
    m_check->allowData({m_app->secrets()->unavailableDetail()});
    m_app->window()->resize(1400, 900);
}

void TestWindowLanguages::cleanupTestCase()
{
    if (!m_app)
        return;
    // A wizard or dialog left open by a failure goes first, with its jobs.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
            d->reject();
    }
    QTest::qWait(100);
    QSignalSpy finished(m_app.get(), &AppController::finished);
    m_app->quit(0);
    finished.wait(30000);
    m_app.reset();
    QSettings().remove(QStringLiteral("ui/language"));
}

void TestWindowLanguages::switchTo(const QString &code)
{
    // Through the View menu's language action, as a user does.
    auto *menu = m_app->window()->menuBar()->findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QAction *action = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->data().toString() == code)
            action = a;
    }
    QVERIFY(action);
    action->trigger();
    QCOMPARE(m_language.current(), code);
    // The change events are posted: let them and what they start run.
    auto *file = m_app->window()->menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    const QString title =
        code == QLatin1String("zh_CN") ? QStringLiteral("文件(&F)") : QStringLiteral("&File");
    QTRY_COMPARE_WITH_TIMEOUT(file->title(), title, 5000);
    QTest::qWait(50);
}

void TestWindowLanguages::check(const QString &what, QWidget *root)
{
    if (qEnvironmentVariableIsSet("DESK_DUMP_TEXTS")) {
        for (const uiText::VisibleText &t : uiText::visibleTexts(root))
            qDebug().noquote() << what << "|" << t.text << "|" << t.where;
    }
    if (!root) {
        m_found << what + QStringLiteral(": not found");
        return;
    }
    const QStringList found = chinese() ? m_check->englishLeft(root) : m_check->chineseLeft(root);
    for (const QString &f : found)
        m_found << QStringLiteral("[%1] %2: %3").arg(m_language.current(), what, f);
}

void TestWindowLanguages::roundTrip(const QString &what, QWidget *root)
{
    check(what, root);
    VISIT(switchTo(QStringLiteral("en")));
    check(what, root);
    VISIT(switchTo(QStringLiteral("zh_CN")));
    check(what, root);
}

QStringList TestWindowLanguages::takeFound()
{
    QStringList found = m_found;
    found.removeDuplicates();
    m_found.clear();
    // One line each: a failure message is cut at 1,024 bytes.
    for (const QString &f : std::as_const(found))
        qWarning().noquote() << f;
    return found;
}

void TestWindowLanguages::collectData()
{
    // What the server sent is shown as it is: the raw values of the panes' cells, the
    // clusters' names.
    for (Pane *pane : m_app->window()->paneArea()->panes()) {
        auto *records = qobject_cast<RecordPane *>(pane);
        if (!records)
            continue;
        QAbstractItemModel *model = records->view()->model();
        QStringList data;
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                const QVariant raw = model->index(r, c).data(roles::Sort);
                if (raw.typeId() == QMetaType::QString)
                    data << raw.toString();
            }
        }
        m_check->allowData(data);
        if (auto *approvals = qobject_cast<ApprovalsPane *>(pane)) {
            for (int r = 0; r < approvals->model()->rowCount(); ++r) {
                const ApprovalRow &row = approvals->model()->row(r);
                m_check->allowData(
                    {row.name, row.message, row.appName, row.submitter, row.approver});
            }
        }
        if (qobject_cast<ApisPane *>(pane)) {
            auto *apisModel = qobject_cast<ApisModel *>(
                qobject_cast<QAbstractProxyModel *>(model)->sourceModel());
            for (int i = 0; apisModel && i < apisModel->clusterCount(); ++i)
                m_check->allowData(QStringList{apisModel->cluster(i).name});
            for (int r = 0; apisModel && r < apisModel->rowCount(); ++r)
                m_check->allowData(QStringList{apisModel->api(r).description});
        }
    }
}

void TestWindowLanguages::visitNotConnected()
{
    m_app->workflow()->openOfflineWizard({});
    QMessageBox *notice = nullptr;
    QTRY_VERIFY((notice = openWindow<QMessageBox>()) != nullptr);
    check(QStringLiteral("not-connected notice"), notice);
    notice->close();
    QTRY_VERIFY(!openWindow<QMessageBox>());
}

void TestWindowLanguages::welcomeAndNoticeFollowTheLanguage()
{
    // English at first, nothing open: the welcome panel.
    m_app->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
    check(QStringLiteral("welcome"), m_app->window());
    VISIT(visitNotConnected());
    VISIT(switchTo(QStringLiteral("zh_CN")));
    check(QStringLiteral("welcome"), m_app->window());
    VISIT(visitNotConnected());
    VISIT(switchTo(QStringLiteral("en")));
    check(QStringLiteral("welcome"), m_app->window());
    const QStringList found = takeFound();
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 leftovers (above)").arg(found.size())));
}

void TestWindowLanguages::visitContextMenu(RecordPane *pane)
{
    emit pane->view()->customContextMenuRequested(QPoint(10, 10));
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = pane->findChild<QMenu *>(QStringLiteral("paneContextMenu"))) != nullptr);
    QTRY_VERIFY(menu->isVisible());
    check(pane->title() + QStringLiteral(" context menu"), menu);
    menu->close();
    QTRY_VERIFY(!pane->findChild<QMenu *>(QStringLiteral("paneContextMenu")));
}

void TestWindowLanguages::visitApprovalDialogs(ApprovalsPane *pane)
{
    auto dialog = [&](QAction *action, const QString &what) {
        if (!action->isEnabled())
            return;
        action->trigger();
        QDialog *d = nullptr;
        QTRY_VERIFY2((d = openWindow<QDialog>()) != nullptr,
                     qPrintable(what + QStringLiteral(": ") + pane->notice()));
        check(what, d);
        d->reject();
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(!openWindow<QDialog>());
    };
    VISIT(dialog(pane->approveAction(), QStringLiteral("approve dialog")));
    // The Sandbox profile's user has no DataService message to confirm (messages go to the
    // apps' owners): "Approve at a time" only says so; its dialog is opened here directly.
    pane->approveAtAction()->trigger();
    if (chinese())
        VISIT(roundTrip(QStringLiteral("approve-at refused"), pane->noticeLabel()));
    else
        check(QStringLiteral("approve-at refused"), pane->noticeLabel());
    ScheduleDialog schedule(2, QDateTime::currentDateTimeUtc(), pane);
    schedule.show();
    check(QStringLiteral("approve-at dialog"), &schedule);
    schedule.hide();
    VISIT(dialog(pane->rejectAction(), QStringLiteral("reject dialog")));
}

void TestWindowLanguages::visitPanes()
{
    MainWindow *window = m_app->window();
    for (Pane *pane : window->paneArea()->panes()) {
        window->paneArea()->setCurrentPane(pane);
        if (auto *records = qobject_cast<RecordPane *>(pane)) {
            QTRY_VERIFY_WITH_TIMEOUT(records->isComplete(), kWaitMs);
            if (auto *approvals = qobject_cast<ApprovalsPane *>(pane)) {
                for (auto list :
                     {ApprovalsPane::View::MyRequests, ApprovalsPane::View::WaitingForMe}) {
                    approvals->setListView(list);
                    QTRY_VERIFY_WITH_TIMEOUT(approvals->isComplete(), kWaitMs);
                    collectData();
                    selectRows(approvals->view(), 0, 2);
                    check(pane->title() + QStringLiteral(" pane"), window);
                    VISIT(visitContextMenu(approvals));
                }
                // Everything waiting: architecture approvals, messages, applications.
                approvals->view()->selectAll();
                VISIT(visitApprovalDialogs(approvals));
            } else {
                selectRows(records->view(), 0, 2);
                check(pane->title() + QStringLiteral(" pane"), window);
                VISIT(visitContextMenu(records));
            }
        } else if (auto *history = qobject_cast<HistoryView *>(pane)) {
            history->searchFromFields();
            QTRY_VERIFY_WITH_TIMEOUT(!history->statusText().isEmpty(), kWaitMs);
            selectRows(history->view(), 0, 0);
            check(pane->title() + QStringLiteral(" pane"), window);
        }
    }
}

void TestWindowLanguages::visitAbout()
{
    m_app->window()->showAbout();
    QMessageBox *about = nullptr;
    QTRY_VERIFY((about = openWindow<QMessageBox>()) != nullptr);
    check(QStringLiteral("About box"), about);
    about->close();
    QTRY_VERIFY(!openWindow<QMessageBox>());
}

void TestWindowLanguages::visitProfileDialogs()
{
    MainWindow *window = m_app->window();
    window->showProfileManager();
    QTRY_VERIFY(window->profileManager() && window->profileManager()->isVisible());
    check(QStringLiteral("profile manager"), window->profileManager());
    window->profileManager()->reject();
    QTRY_VERIFY(!window->profileManager());

    window->showNewProfileDialog();
    ProfileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openWindow<ProfileDialog>()) != nullptr);
    check(QStringLiteral("new profile"), dialog);
    dialog->saveButton()->click(); // refused: the fields are marked
    for (int tab = 0; tab < dialog->tabs()->count(); ++tab) {
        dialog->tabs()->setCurrentIndex(tab);
        const QString what = QStringLiteral("new profile, tab %1").arg(tab);
        check(what, dialog);
        const QList<QComboBox *> combos = dialog->tabs()->widget(tab)->findChildren<QComboBox *>();
        for (QComboBox *combo : combos) {
            if (combo->objectName() != QLatin1String("authMethodCombo") &&
                combo->objectName() != QLatin1String("proxyModeCombo"))
                continue;
            for (int i = 0; i < combo->count(); ++i) {
                combo->setCurrentIndex(i);
                check(what + QLatin1Char(' ') + combo->objectName() + QString::number(i), dialog);
            }
            combo->setCurrentIndex(0);
        }
    }
    dialog->reject();
    QTRY_VERIFY(!openWindow<ProfileDialog>());
}

void TestWindowLanguages::walkOfflineWizard(bool submit)
{
    auto *tables = guiTest::paneOf<TablesPane>(*m_app);
    m_app->window()->paneArea()->setCurrentPane(tables);
    // Four published tables: something to take offline.
    QAbstractItemView *view = tables->view();
    auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model());
    QItemSelection published;
    for (int r = 0; r < proxy->rowCount() && published.size() < 4; ++r) {
        const int source = proxy->mapToSource(proxy->index(r, 0)).row();
        const AllTable record = tables->model()->record(source);
        if (record.status.value == BizStatus::Published && !m_offline.contains(record.id)) {
            published.select(proxy->index(r, 0), proxy->index(r, proxy->columnCount() - 1));
            m_offline.insert(record.id); // the next walk takes others
        }
    }
    QCOMPARE(published.size(), 4);
    view->selectionModel()->select(published, QItemSelectionModel::ClearAndSelect);
    QVERIFY(tables->takeOfflineAction()->isEnabled());
    tables->takeOfflineAction()->trigger();
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
    WizardHarness::next(wizard); // refused: nobody picked, the error shows
    QCOMPARE(wizard->currentId(), int(OfflineWizard::ApproverPageId));
    check(page(), wizard);
    auto *approver = qobject_cast<ApproverPage *>(wizard->currentPage());
    approver->searchBox()->setFocus();
    QTest::keyClicks(approver->searchBox(), QStringLiteral("sandbox_admin"));
    WizardHarness::next(wizard);
    QCOMPARE(wizard->currentId(), int(OfflineWizard::SchedulePageId));
    check(page(), wizard);
    WizardHarness::alt(wizard, Qt::Key_S);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("99"));
    WizardHarness::next(wizard); // refused: not a time
    QCOMPARE(wizard->currentId(), int(OfflineWizard::SchedulePageId));
    check(page(), wizard);
    WizardHarness::alt(wizard, Qt::Key_S); // no schedule: the run goes through at once
    WizardHarness::next(wizard);
    QCOMPARE(wizard->currentId(), int(OfflineWizard::ReviewPageId));
    check(page(), wizard);
    if (!submit) {
        wizard->reject();
        QTRY_VERIFY(!openWindow<OfflineWizard>());
        return;
    }
    QSignalSpy started(wizard, &OfflineWizard::runStarted);
    wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(started.size(), 1);
    m_runId = started.at(0).at(0).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_app->runs()->journal()->runSummary(m_runId).value_or(RunSummary()).finishedAt.isValid(),
        kWaitMs);
}

void TestWindowLanguages::walkApiActionWizard()
{
    auto *apis = guiTest::paneOf<ApisPane>(*m_app);
    m_app->window()->paneArea()->setCurrentPane(apis);
    selectRows(apis->view(), 0, 1);
    QVERIFY(apis->apiActionAction()->isEnabled());
    apis->apiActionAction()->trigger();
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
    WizardHarness::next(wizard); // refused: no action chosen
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
    WizardHarness::alt(wizard, Qt::Key_T);
    WizardHarness::retype(wizard, QStringLiteral("2020-01-01 10:00"));
    WizardHarness::next(wizard); // refused: in the past
    QCOMPARE(wizard->currentId(), int(ApiActionWizard::TimePageId));
    check(page(), wizard);
    WizardHarness::alt(wizard, Qt::Key_D);
    WizardHarness::next(wizard);
    QCOMPARE(wizard->currentId(), int(ApiActionWizard::ReviewPageId));
    check(page(), wizard);
    wizard->reject();
    QTRY_VERIFY(!openWindow<ApiActionWizard>());
}

void TestWindowLanguages::chineseWindowHasNoEnglish()
{
    // The Sandbox opens in English; the panes load; then Chinese, live.
    AppController::Options options;
    options.sandbox = true;
    m_app->sandbox()->setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} +
                                   guiTest::smallSandboxArguments());
    m_app->start(options);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->runs()->engine() != nullptr, kWaitMs);
    auto *tables = guiTest::paneOf<TablesPane>(*m_app);
    QTRY_VERIFY_WITH_TIMEOUT(
        tables->isComplete() && guiTest::paneOf<ApisPane>(*m_app)->isComplete(), kWaitMs);
    collectData();
    selectRows(tables->view(), 0, 2);
    check(QStringLiteral("Tables pane before the switch"), m_app->window());

    VISIT(switchTo(QStringLiteral("zh_CN")));
    check(QStringLiteral("Tables pane after the switch"), m_app->window());
    VISIT(visitPanes());
    collectData();
    VISIT(visitProfileDialogs());
    VISIT(visitAbout());
    VISIT(walkOfflineWizard(true));
    // The run in the Progress dock, its requests and items open.
    QVERIFY(m_app->workflow()->progressDock()->isVisible());
    QTRY_COMPARE(m_app->workflow()->progressView()->selectedRunId(), m_runId);
    QTRY_VERIFY(m_app->workflow()->progressView()->treeModel()->rowCount() > 0);
    m_app->workflow()->progressView()->treeView()->expandAll();
    check(QStringLiteral("Progress dock"), m_app->window());
    // A note above the lists: the run exported.
    const QString exported = m_dir.filePath(QStringLiteral("run.csv"));
    m_check->allowData({exported});
    QVERIFY(m_app->workflow()->progressView()->exportRun(m_runId, exported,
                                                         ProgressView::ExportFormat::Csv));
    VISIT(roundTrip(QStringLiteral("Progress dock with a note"), m_app->window()));
    // The resume banner, offering the run.
    const std::optional<RunSummary> run = m_app->runs()->journal()->runSummary(m_runId);
    QVERIFY(run);
    m_app->workflow()->resumeBanner()->setRuns({*run});
    QVERIFY(m_app->workflow()->resumeBanner()->isVisible());
    VISIT(roundTrip(QStringLiteral("resume banner"), m_app->window()));
    VISIT(walkApiActionWizard());
    const QStringList found = takeFound();
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 leftovers (above)").arg(found.size())));
}

void TestWindowLanguages::englishAgainHasNoChinese()
{
    QVERIFY(m_runId > 0);
    VISIT(switchTo(QStringLiteral("en")));
    // What was on screen in Chinese: the run, its items, the banner, the current pane.
    check(QStringLiteral("Progress dock and resume banner after the switch"), m_app->window());
    VISIT(visitPanes());
    VISIT(visitProfileDialogs());
    VISIT(visitAbout());
    VISIT(walkOfflineWizard(false));
    VISIT(walkApiActionWizard());
    m_app->connection()->close();
    VISIT(visitNotConnected());
    const QStringList found = takeFound();
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 leftovers (above)").arg(found.size())));
}

DESK_GUI_TEST_MAIN(TestWindowLanguages)
#include "tst_window_languages.moc"
