// The real application on small and scaled screens (issue 20): an offscreen screen of the
// size DESK_FIT names ("1024x640@1", "1600x1000@1.5", "1600x1000@2": device pixels and
// QT_SCALE_FACTOR; ctest runs all three), in English and in Chinese. The window opens as
// on a first start (as large as it likes, bounded by the screen) and then, for the welcome
// panel, each pane (the filter bar and the Details dock shown), the Progress dock with a
// finished run, every page of both wizards and the panes' dialogs:
// - the window's (or dialog's) minimum size fits the screen's available area;
// - every visible interactive control lies inside its window and on the screen, and no
//   button is narrower than its text needs;
// - the welcome paragraph gets the height its text needs, the filter bars and the Details
//   dock are shown at a usable width.
#include "GuiTestSupport.h"
#include "KeyboardCheck.h"
#include "LayoutCheck.h"
#include "WizardHarness.h"

#include "MainWindow.h"
#include "history/HistoryView.h"
#include "panes/apis/ApisFilterBar.h"
#include "panes/apis/ApisPane.h"
#include "panes/approvals/ApprovalsPane.h"
#include "panes/approvals/ScheduleDialog.h"
#include "panes/tables/TablesFilterBar.h"
#include "panes/tables/TablesModel.h"
#include "panes/tables/TablesPane.h"
#include "progress/ProgressView.h"
#include "progress/ResumeBanner.h"
#include "shell/AppController.h"
#include "shell/MainActions.h"
#include "shell/PaneArea.h"
#include "shell/WelcomePanel.h"
#include "shell/Workflow.h"
#include "wizards/action/ApiActionWizard.h"
#include "wizards/offline/ApproverPage.h"
#include "wizards/offline/OfflineWizard.h"

#include "connection/SandboxLauncher.h"
#include "i18n/Language.h"
#include "journal/Journal.h"
#include "runs/RunCenter.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeView>
#include <QWizard>

using namespace dataarts;
using namespace dataarts::ui;
using a11yTest::selectRows;

namespace {

constexpr int kWaitMs = 60000;

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

QString where(const QRect &r)
{
    return QStringLiteral("%1,%2 %3×%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// Shown at a width where a field or two can be read.
QString usable(QWidget *w, int minWidth)
{
    if (!w)
        return QStringLiteral("missing");
    if (!w->isVisible())
        return a11yTest::describe(w) + QStringLiteral(" is hidden");
    if (w->width() < minWidth)
        return QStringLiteral("%1 is %2 wide").arg(a11yTest::describe(w)).arg(w->width());
    return QString();
}

} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void welcome_data();
    void welcome();
    void everyPaneAndWizardFits_data();
    void everyPaneAndWizardFits();

private:
    void check(const QString &what, QWidget *window);
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
    QString m_lang;
};

void TestWindowFit::initTestCase()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    qInfo("screen %s (device pixel ratio %g), available %s",
          qPrintable(where(screen->geometry())), screen->devicePixelRatio(),
          qPrintable(where(screen->availableGeometry())));
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    QVERIFY(m_language.apply(QStringLiteral("en")));
    // As on a first start: the window's own size bounded by the screen.
    m_app = std::make_unique<AppController>(&m_language);
    m_app->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
}

void TestWindowFit::cleanupTestCase()
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

void TestWindowFit::check(const QString &what, QWidget *window)
{
    if (!window) {
        m_found << m_lang + QLatin1Char(' ') + what + QStringLiteral(": not found");
        return;
    }
    // As a window manager keeps a maximized window: on the screen, as large as it is (or as
    // its minimum size, which the check then reports).
    if (window == m_app->window()) {
        window->setGeometry(window->screen()->availableGeometry());
        QApplication::processEvents();
    }
    for (const QString &line : a11yTest::misfits(window))
        m_found << m_lang + QLatin1Char(' ') + what + QStringLiteral(": ") + line;
}

void TestWindowFit::closeModal()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
            d->reject();
    }
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

void TestWindowFit::activateMainWindow()
{
    QApplication::setActiveWindow(m_app->window());
    QVERIFY(QTest::qWaitForWindowActive(m_app->window()));
}

void TestWindowFit::welcome_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestWindowFit::welcome()
{
    QFETCH(QString, language);
    QVERIFY(m_language.apply(language));
    MainWindow *window = m_app->window();
    QVERIFY(window->welcomePanel()->isVisible());
    QLabel *text = nullptr;
    for (QLabel *label : window->welcomePanel()->findChildren<QLabel *>()) {
        if (label->wordWrap())
            text = label;
    }
    QVERIFY(text);
    QTRY_VERIFY(!text->text().isEmpty());
    QTest::qWait(0); // the layout request posted by the language change
    QApplication::processEvents();
    QVERIFY2(text->height() >= text->heightForWidth(text->width()),
             qPrintable(QStringLiteral("%1×%2 needs %3")
                            .arg(text->width())
                            .arg(text->height())
                            .arg(text->heightForWidth(text->width()))));
    const QStringList found = a11yTest::misfits(window);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    QVERIFY(m_language.apply(QStringLiteral("en")));
}

void TestWindowFit::visitPanes()
{
    MainWindow *window = m_app->window();
    window->detailsDock()->show();
    for (Pane *pane : window->paneArea()->panes()) {
        window->paneArea()->setCurrentPane(pane);
        QTRY_VERIFY(pane->isVisible());
        QWidget *filterBar = nullptr;
        if (auto *approvals = qobject_cast<ApprovalsPane *>(pane)) {
            approvals->setListView(ApprovalsPane::View::WaitingForMe);
            QTRY_VERIFY_WITH_TIMEOUT(approvals->isComplete(), kWaitMs);
            filterBar = approvals->filterBar();
        } else if (auto *tables = qobject_cast<TablesPane *>(pane)) {
            QTRY_VERIFY_WITH_TIMEOUT(tables->isComplete(), kWaitMs);
            filterBar = tables->filterBar();
        } else if (auto *apis = qobject_cast<ApisPane *>(pane)) {
            QTRY_VERIFY_WITH_TIMEOUT(apis->isComplete(), kWaitMs);
            filterBar = apis->filterBar();
        } else if (auto *history = qobject_cast<HistoryView *>(pane)) {
            history->searchFromFields();
            QTRY_VERIFY_WITH_TIMEOUT(!history->statusText().isEmpty(), kWaitMs);
        }
        if (auto *records = qobject_cast<RecordPane *>(pane)) {
            selectRows(records->view(), 0, 1);
            for (const QString &problem :
                 {usable(filterBar, 200), usable(records->instantFilterEdit(), 120)}) {
                if (!problem.isEmpty())
                    m_found << m_lang + QLatin1Char(' ') + pane->title() +
                                   QStringLiteral(" filter: ") + problem;
            }
        }
        if (const QString problem = usable(window->detailsDock(), 200); !problem.isEmpty())
            m_found << m_lang + QLatin1Char(' ') + pane->title() + QStringLiteral(" details: ") +
                           problem;
        check(pane->title() + QStringLiteral(" pane"), window);
    }
}

void TestWindowFit::visitDialogs()
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
        check(a->objectName() + QStringLiteral(" dialog"), d);
        closeModal();
        activateMainWindow();
    }
    ScheduleDialog schedule(2, QDateTime::currentDateTimeUtc(), window);
    schedule.show();
    QVERIFY(QTest::qWaitForWindowExposed(&schedule));
    check(QStringLiteral("approve-at dialog"), &schedule);
    schedule.hide();
}

void TestWindowFit::walkOfflineWizard()
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
    check(page(), wizard);
    for (int id : {int(OfflineWizard::PreflightPageId), int(OfflineWizard::ImpactPageId),
                   int(OfflineWizard::ApproverPageId)}) {
        wizard->next();
        QCOMPARE(wizard->currentId(), id);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), kWaitMs);
        check(page(), wizard);
    }
    auto *approver = qobject_cast<ApproverPage *>(wizard->currentPage());
    approver->searchBox()->setText(QStringLiteral("sandbox_admin"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OfflineWizard::SchedulePageId));
    check(page(), wizard);
    wizard->next();
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

void TestWindowFit::walkApiActionWizard()
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
    check(page(), wizard);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ApiActionWizard::ActionPageId));
    check(page(), wizard);
    for (int id : {int(ApiActionWizard::PreflightPageId), int(ApiActionWizard::ImpactPageId),
                   int(ApiActionWizard::TimePageId), int(ApiActionWizard::ReviewPageId)}) {
        wizard->next();
        QCOMPARE(wizard->currentId(), id);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), kWaitMs);
        check(page(), wizard);
    }
    closeModal();
    activateMainWindow();
}

void TestWindowFit::everyPaneAndWizardFits_data()
{
    welcome_data();
}

void TestWindowFit::everyPaneAndWizardFits()
{
    QFETCH(QString, language);
    m_lang = language;
    m_found.clear();
    QVERIFY(m_language.apply(language));
    if (!m_app->runs()->engine()) {
        AppController::Options options;
        options.sandbox = true;
        m_app->sandbox()->setArguments(QStringList{QStringLiteral("--port"),
                                                   QStringLiteral("0")} +
                                       guiTest::smallSandboxArguments());
        m_app->start(options);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->runs()->engine() != nullptr, kWaitMs);
    }
    activateMainWindow();
    visitPanes();
    visitDialogs();
    walkOfflineWizard();
    // The run in the Progress dock, its requests and items open; the resume banner.
    ProgressView *progress = m_app->workflow()->progressView();
    QTRY_VERIFY(m_app->workflow()->progressDock()->isVisible());
    QTRY_COMPARE(progress->selectedRunId(), m_runId);
    progress->treeView()->expandAll();
    const std::optional<RunSummary> run = m_app->runs()->journal()->runSummary(m_runId);
    QVERIFY(run);
    m_app->workflow()->resumeBanner()->setRuns({*run});
    check(QStringLiteral("Progress dock and resume banner"), m_app->window());
    m_app->workflow()->resumeBanner()->setRuns({});
    walkApiActionWizard();

    m_found.removeDuplicates();
    for (const QString &f : std::as_const(m_found))
        qWarning().noquote() << f;
    QVERIFY2(m_found.isEmpty(),
             qPrintable(QStringLiteral("%1 misfits (above)").arg(m_found.size())));
    QVERIFY(m_language.apply(QStringLiteral("en")));
}

// DESK_FIT ("WIDTHxHEIGHT@SCALE", default 1600x1000@1.5) gives the offscreen platform one
// screen of that many device pixels, and Qt the scale factor.
int main(int argc, char *argv[])
{
    guiTest::IsolatedUserFolders folders;
    const QString fit = qEnvironmentVariable("DESK_FIT", QStringLiteral("1600x1000@1.5"));
    const QStringList parts = fit.split(QRegularExpression(QStringLiteral("[x@]")));
    if (parts.size() != 3) {
        qCritical("DESK_FIT must be WIDTHxHEIGHT@SCALE, not %s", qPrintable(fit));
        return 2;
    }
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen"));
    if (platform.startsWith(QStringLiteral("offscreen"))) {
        QJsonObject screen{{QStringLiteral("name"), QStringLiteral("fit")},
                           {QStringLiteral("x"), 0},
                           {QStringLiteral("y"), 0},
                           {QStringLiteral("width"), parts.at(0).toInt()},
                           {QStringLiteral("height"), parts.at(1).toInt()},
                           {QStringLiteral("logicalDpi"), 96},
                           {QStringLiteral("logicalBaseDpi"), 96},
                           {QStringLiteral("dpr"), 1}};
        const QJsonObject config{{QStringLiteral("windowFrameMargins"), false},
                                 {QStringLiteral("screens"), QJsonArray{screen}}};
        const QString path = QDir(folders.root()).filePath(QStringLiteral("screens.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(config).toJson()) < 0)
            return 2;
        file.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + path.toUtf8());
    }
    qputenv("QT_SCALE_FACTOR", parts.at(2).toUtf8());
    QApplication::setAttribute(Qt::AA_Use96Dpi, true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DataArtsDesk"));
    QApplication::setApplicationName(QStringLiteral("dataarts-desk"));
    QApplication::setApplicationVersion(QStringLiteral(DESK_VERSION));
    TestWindowFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_window_fit.moc"
