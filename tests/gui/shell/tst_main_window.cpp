// The main window, offscreen: welcome and Sandbox, the profile switcher, panes in tabs
// with badges, the details panel and status bar, the wizard actions, the live language
// switch, every action's shortcut, accessible names, the clock warning and the connection
// banner; and the app's --smoke-test.
#include "GuiTestSupport.h"
#include "KeyringWitness.h"
#include "SandboxProcess.h"

#include "profiles/ProfileManagerDialog.h"
#include "profiles/ProfileSwitcher.h"
#include "shell/ConnectionBanner.h"
#include "shell/DetailsPanel.h"
#include "shell/MainActions.h"
#include "shell/MainWindow.h"
#include "shell/PaneArea.h"
#include "shell/StatusPanel.h"
#include "shell/WelcomePanel.h"

#include "client/Session.h"
#include "connection/ConnectionManager.h"
#include "connection/SandboxLauncher.h"
#include "i18n/Language.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>

using namespace dataarts;
using namespace dataarts::ui;
using guiTest::TestPane;

namespace {

using State = ConnectionStatus::State;

QList<QAction *> menuActions(QMenuBar *bar)
{
    QList<QAction *> result;
    QList<QMenu *> menus;
    for (QAction *top : bar->actions()) {
        if (top->menu())
            menus << top->menu();
    }
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        for (QAction *action : menu->actions()) {
            if (action->menu())
                menus << action->menu();
            else if (!action->isSeparator())
                result << action;
        }
    }
    return result;
}

// Processes whose environment holds the marker (children of a run of the app).
QStringList processesWithMarker(const QByteArray &marker)
{
    QStringList found;
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString dir = it.next();
        bool isPid = false;
        QDir(dir).dirName().toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile environ(dir + QStringLiteral("/environ"));
        if (environ.open(QIODevice::ReadOnly) && environ.readAll().contains(marker)) {
            QFile cmdline(dir + QStringLiteral("/cmdline"));
            cmdline.open(QIODevice::ReadOnly);
            found << QDir(dir).dirName() + QLatin1Char(' ') +
                         QString::fromUtf8(cmdline.readAll().replace('\0', ' '));
        }
    }
    return found;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void welcomeOffersTheSandbox();
    void noPanesYetIsSaid();
    void panesGetTheSessionAndFeedTheFrame();
    void wizardActionsNeedOnlyAConnection();
    void quittingWithRunsSendingAsksFirst();
    void switcherListsAndOpensProfiles();
    void languageSwitchesLiveAndIsKept();
    void everyActionHasItsOwnShortcut();
    void shortcutsReachEveryAction();
    void interactiveWidgetsHaveAccessibleNames();
    void iconsStaySharpWhenScaled();
    void clockOffsetIsWarnedAbout();
    void failedConnectionShowsItsReason();
    void smokeTestWithTheSandboxExitsZero();
    void smokeTestWithAnUnknownProfileExitsOne();

private:
    void makeWindow();
    bool connectSandbox();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    SecretStore m_secrets;
    Language m_language;
    std::unique_ptr<SandboxLauncher> m_launcher;
    std::unique_ptr<ConnectionManager> m_connection;
    std::unique_ptr<MainWindow> m_window;
    QList<QUuid> m_created;
};

void TestMainWindow::initTestCase()
{
    const QString problem = keyringWitness::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(m_language.apply(QStringLiteral("en")));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    m_launcher = std::make_unique<SandboxLauncher>();
    m_launcher->setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} +
                             guiTest::smallSandboxArguments());
    m_connection = std::make_unique<ConnectionManager>(m_store.get(), &m_secrets, m_launcher.get());
    makeWindow();
}

void TestMainWindow::makeWindow()
{
    m_window =
        std::make_unique<MainWindow>(&m_language, m_store.get(), &m_secrets, m_connection.get());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_connection.reset();
    m_launcher.reset();
    guiTest::forgetSecrets(m_created);
    m_created.clear();
    m_store.reset();
    m_dir.reset();
    m_language.apply(QStringLiteral("en"));
}

void TestMainWindow::cleanupTestCase()
{
    QSettings().remove(QStringLiteral("ui/language"));
}

bool TestMainWindow::connectSandbox()
{
    m_connection->open(Profile::sandbox());
    QElapsedTimer timer;
    timer.start();
    while (m_connection->state() == State::Connecting && timer.elapsed() < 30000)
        QTest::qWait(20);
    return m_connection->state() == State::Connected;
}

void TestMainWindow::welcomeOffersTheSandbox()
{
    WelcomePanel *welcome = m_window->welcomePanel();
    QVERIFY(welcome->isVisible());
    QCOMPARE(m_window->statusPanel()->connectionLabel()->text(), QStringLiteral("Not connected"));
    QCOMPARE(m_window->profileSwitcher()->currentIndex(), -1);
    QTest::mouseClick(welcome->sandboxButton(), Qt::LeftButton);
    QCOMPARE(m_connection->state(), State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Connected, 30000);
    QVERIFY(!welcome->isVisible());
    QVERIFY(m_window->paneArea()->isVisible());
    QVERIFY(m_window->statusPanel()->connectionLabel()->text().startsWith(
        QStringLiteral("Connected to Sandbox")));
    QCOMPARE(m_window->profileSwitcher()->currentProfile(), Profile::sandboxId());
    QCOMPARE(m_window->profileSwitcher()->currentText(), Profile::sandbox().displayName);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Sandbox")));
}

void TestMainWindow::noPanesYetIsSaid()
{
    QVERIFY(connectSandbox());
    auto *empty = m_window->paneArea()->findChild<QLabel *>(QStringLiteral("noPanesLabel"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().startsWith(QStringLiteral("No panes yet")));
    m_window->addPane(new TestPane(QStringLiteral("Tables")));
    QVERIFY(!empty->isVisible());
}

void TestMainWindow::panesGetTheSessionAndFeedTheFrame()
{
    auto *tables = new TestPane(QStringLiteral("Tables"));
    auto *apis = new TestPane(QStringLiteral("APIs"));
    m_window->addPane(tables, PaneAction::TakeOffline);
    m_window->addPane(apis, PaneAction::ApiActions);
    QVERIFY(tables->session == nullptr);
    QVERIFY(connectSandbox());
    QCOMPARE(tables->session, m_connection->session());
    QCOMPARE(apis->session, m_connection->session());

    QTabWidget *tabs = m_window->paneArea()->tabs();
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Tables"));
    QVERIFY(!tabs->tabIcon(0).isNull());

    const Pane::Fields fields = {{QStringLiteral("Name"), QStringLiteral("销售订单明细表_00042")},
                                 {QStringLiteral("Status"), QStringLiteral("PUBLISHED")}};
    tables->report(QStringLiteral("Loaded 50 of 50 tables"), true, 3, fields, 0);
    StatusPanel *status = m_window->statusPanel();
    QCOMPARE(status->paneText()->text(), QStringLiteral("Loaded 50 of 50 tables"));
    QVERIFY(status->selectionLabel()->isVisible());
    QCOMPARE(status->selectionLabel()->text(), QStringLiteral("3 selected"));
    QVERIFY(status->loadingBar()->isVisible());
    QTreeWidget *details = m_window->detailsPanel()->view();
    QVERIFY(details->isVisible());
    QCOMPARE(details->topLevelItemCount(), 2);
    QCOMPARE(details->topLevelItem(0)->text(1), QStringLiteral("销售订单明细表_00042"));

    // A badge on a pane that is not current shows on its tab only.
    apis->report(QStringLiteral("300 APIs"), false, 0, {}, 4);
    QCOMPARE(tabs->tabText(1), QStringLiteral("APIs (4)"));
    QCOMPARE(status->paneText()->text(), QStringLiteral("Loaded 50 of 50 tables"));

    // Switching tabs shows the other pane's state.
    tabs->setCurrentIndex(1);
    QCOMPARE(status->paneText()->text(), QStringLiteral("300 APIs"));
    QVERIFY(!status->selectionLabel()->isVisible());
    QVERIFY(!status->loadingBar()->isVisible());
    QCOMPARE(details->topLevelItemCount(), 0);

    // F5 refreshes the current pane.
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QCOMPARE(apis->refreshes, 1);
    QCOMPARE(tables->refreshes, 0);

    // Closing the connection takes the session away from the panes.
    m_connection->close();
    QVERIFY(tables->session == nullptr);
    QVERIFY(!m_window->actions()->refresh->isEnabled());
}

void TestMainWindow::wizardActionsNeedOnlyAConnection()
{
    // Issue 19 (5): "Take Offline…" was disabled without a selected row, so a run of pasted
    // or imported ids could not be started from the window. The wizards open on their paste
    // and import page when nothing of their kind is selected.
    auto *tables = new TestPane(QStringLiteral("Tables"));
    auto *apis = new TestPane(QStringLiteral("APIs"));
    m_window->addPane(tables, PaneAction::TakeOffline);
    m_window->addPane(apis, PaneAction::ApiActions);
    MainActions *a = m_window->actions();
    for (QAction *action : {a->takeOffline, a->unpublish, a->stop, a->recover})
        QVERIFY(!action->isEnabled()); // not connected
    QVERIFY(connectSandbox());
    for (QAction *action : {a->takeOffline, a->unpublish, a->stop, a->recover})
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName())); // nothing selected
    QSignalSpy offline(m_window.get(), &MainWindow::takeOfflineRequested);
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(offline.count(), 1);
    QCOMPARE(offline.at(0).at(0).value<Pane *>(), tables);

    m_window->paneArea()->setCurrentPane(apis);
    apis->report(QString(), false, 1, {}, 0);
    QSignalSpy stop(m_window.get(), &MainWindow::stopRequested);
    QSignalSpy unpublish(m_window.get(), &MainWindow::unpublishRequested);
    QSignalSpy recover(m_window.get(), &MainWindow::recoverRequested);
    a->stop->trigger();
    a->unpublish->trigger();
    a->recover->trigger();
    QCOMPARE(stop.count(), 1);
    QCOMPARE(unpublish.count(), 1);
    QCOMPARE(recover.count(), 1);
    QCOMPARE(stop.at(0).at(0).value<Pane *>(), apis);

    m_connection->close();
    for (QAction *action : {a->takeOffline, a->unpublish, a->stop, a->recover})
        QVERIFY(!action->isEnabled());
}

void TestMainWindow::quittingWithRunsSendingAsksFirst()
{
    // Issue 19 (3): Quit with a run in flight asks first; "Keep Running" keeps the window.
    int sending = 2;
    m_window->setRunsInFlight([&sending] { return sending; });
    QSignalSpy closed(m_window.get(), &MainWindow::closed);
    m_window->actions()->quit->trigger();
    QTRY_VERIFY(m_window->quitQuestion() && m_window->quitQuestion()->isVisible());
    QVERIFY(m_window->isVisible());
    QCOMPARE(closed.count(), 0);
    QVERIFY(m_window->quitQuestion()->text().contains(QStringLiteral("2 runs")));
    QList<QAbstractButton *> buttons = m_window->quitQuestion()->buttons();
    QAbstractButton *keep = nullptr;
    QAbstractButton *quit = nullptr;
    for (QAbstractButton *b : buttons) {
        if (m_window->quitQuestion()->buttonRole(b) == QMessageBox::RejectRole)
            keep = b;
        else
            quit = b;
    }
    QVERIFY(keep && quit);
    QCOMPARE(m_window->quitQuestion()->defaultButton(), keep); // Enter does not quit
    keep->click();
    QTRY_VERIFY(!m_window->quitQuestion());
    QVERIFY(m_window->isVisible());
    QCOMPARE(closed.count(), 0);

    // Asked again; this time quit.
    m_window->close();
    QTRY_VERIFY(m_window->quitQuestion() && m_window->quitQuestion()->isVisible());
    for (QAbstractButton *b : m_window->quitQuestion()->buttons()) {
        if (m_window->quitQuestion()->buttonRole(b) == QMessageBox::AcceptRole)
            b->click();
    }
    QTRY_COMPARE(closed.count(), 1);
    QVERIFY(!m_window->isVisible());

    // Nothing sending: no question.
    makeWindow();
    sending = 0;
    m_window->setRunsInFlight([&sending] { return sending; });
    QSignalSpy closedAgain(m_window.get(), &MainWindow::closed);
    m_window->close();
    QCOMPARE(closedAgain.count(), 1);
    QVERIFY(!m_window->quitQuestion());
}

void TestMainWindow::switcherListsAndOpensProfiles()
{
    SandboxProcess sandbox(guiTest::smallSandboxArguments());
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const auto add = [&](const QString &name) {
        const Profile p = guiTest::storeProfile(m_store.get(), &m_secrets, name, sandbox.url(),
                                                sandbox.projectId(), sandbox.workspace(),
                                                sandbox.accessKey().toUtf8(), sandbox.secretKey());
        m_created << p.id;
        return p;
    };
    const Profile beta = add(QStringLiteral("Beta"));
    const Profile alpha = add(QStringLiteral("Alpha"));
    ProfileSwitcher *switcher = m_window->profileSwitcher();
    // Stored profiles by name, the Sandbox, a separator, "Manage profiles…".
    QCOMPARE(switcher->count(), 5);
    QCOMPARE(switcher->itemText(0), QStringLiteral("Alpha"));
    QCOMPARE(switcher->itemText(1), QStringLiteral("Beta"));
    QCOMPARE(switcher->itemText(2), QStringLiteral("Sandbox"));
    QCOMPARE(switcher->itemText(4), QStringLiteral("Manage Profiles…"));

    // Choosing with the keyboard opens the profile.
    switcher->setFocus();
    QTest::keyClick(switcher, Qt::Key_Down);
    QCOMPARE(m_connection->status().profileId, alpha.id);
    QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Connected, 30000);
    QCOMPARE(m_store->lastUsed(), alpha.id);
    QTest::keyClick(switcher, Qt::Key_Down);
    QCOMPARE(m_connection->status().profileId, beta.id);
    QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Connected, 30000);
    QCOMPARE(switcher->currentText(), QStringLiteral("Beta"));

    // "Manage profiles…" opens the manager and keeps the open profile shown.
    emit switcher->activated(switcher->manageIndex());
    QCOMPARE(switcher->currentText(), QStringLiteral("Beta"));
    QVERIFY(m_window->profileManager());
    QTRY_VERIFY(m_window->profileManager()->isVisible());
    m_window->profileManager()->reject();

    // A profile added elsewhere appears at once.
    add(QStringLiteral("Gamma"));
    QCOMPARE(switcher->findText(QStringLiteral("Gamma")), 2);
}

void TestMainWindow::languageSwitchesLiveAndIsKept()
{
    auto *file = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(file);
    QCOMPARE(file->title(), QStringLiteral("&File"));
    m_window->actions()->languageChinese->trigger();
    // At once, no restart (the change event is posted to the window).
    QTRY_COMPARE_WITH_TIMEOUT(file->title(), QStringLiteral("文件(&F)"), 1000);
    QCOMPARE(m_window->actions()->refresh->text(), QStringLiteral("刷新(&R)"));
    QCOMPARE(m_window->welcomePanel()->sandboxButton()->text(), QStringLiteral("打开沙箱(&S)"));
    QCOMPARE(m_window->statusPanel()->connectionLabel()->text(), QStringLiteral("未连接"));
    QCOMPARE(m_window->profileSwitcher()->itemText(0), QStringLiteral("沙箱"));
    QVERIFY(m_window->actions()->languageChinese->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));

    // A new window (the next start) reads the choice back.
    m_window.reset();
    makeWindow();
    QVERIFY(m_window->actions()->languageChinese->isChecked());

    m_window->actions()->languageEnglish->trigger();
    file = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QTRY_COMPARE_WITH_TIMEOUT(file->title(), QStringLiteral("&File"), 1000);
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    m_window->actions()->languageSystem->trigger(); // LANG=C.UTF-8 in the tests: English
    QTest::qWait(50);
    QCOMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("system"));
}

void TestMainWindow::everyActionHasItsOwnShortcut()
{
    m_window->addPane(new TestPane(QStringLiteral("Tables")));
    m_window->addPane(new TestPane(QStringLiteral("APIs")));
    // Every menu is reachable with Alt and its letter.
    for (QAction *top : m_window->menuBar()->actions())
        QVERIFY2(top->text().contains(QLatin1Char('&')), qPrintable(top->text()));
    QHash<QString, QString> seen;
    const QList<QAction *> actions = menuActions(m_window->menuBar());
    QVERIFY(actions.size() >= 16);
    for (QAction *action : actions) {
        const QString keys = action->shortcut().toString();
        QVERIFY2(!keys.isEmpty(), qPrintable(action->text()));
        QVERIFY2(!seen.contains(keys), qPrintable(keys + QLatin1Char(' ') + seen.value(keys)));
        seen.insert(keys, action->text());
        QVERIFY2(!action->text().isEmpty(), qPrintable(keys));
    }
    // The toolbar holds the switcher and the main actions.
    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    QVERIFY(toolBar->actions().contains(m_window->actions()->refresh));
    QVERIFY(toolBar->actions().contains(m_window->actions()->takeOffline));
}

void TestMainWindow::shortcutsReachEveryAction()
{
    auto *tables = new TestPane(QStringLiteral("Tables"));
    auto *apis = new TestPane(QStringLiteral("APIs"));
    m_window->addPane(tables, PaneAction::TakeOffline | PaneAction::ApiActions);
    m_window->addPane(apis);
    QVERIFY(connectSandbox());
    tables->report(QString(), false, 1, {}, 0); // enables the wizard actions
    m_window->paneArea()->setCurrentPane(tables);

    QAction *quit = m_window->actions()->quit;
    for (QAction *action : menuActions(m_window->menuBar())) {
        if (action == quit)
            continue;
        QVERIFY2(action->isEnabled(), qPrintable(action->text()));
        QSignalSpy triggered(action, &QAction::triggered);
        QTest::keySequence(m_window.get(), action->shortcut());
        QVERIFY2(triggered.count() == 1,
                 qPrintable(action->shortcut().toString() +
                            QStringLiteral(" triggered %1 times").arg(triggered.count())));
        // Close what it opened (dialogs, the switcher's list) and restore the state.
        if (action == m_window->actions()->switchProfile) {
            // It focuses the switcher and opens its list.
            QVERIFY(m_window->profileSwitcher()->view()->isVisible());
            m_window->profileSwitcher()->hidePopup();
            QTest::qWait(50); // the platform's own activation change comes first
        }
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->paneArea()->setCurrentPane(tables);
        if (m_connection->state() != State::Connected) // Reconnect
            QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Connected, 30000);
        if (!m_window->detailsDock()->isVisible())
            m_window->detailsDock()->show();
        if (!m_window->actions()->languageEnglish->isChecked())
            m_window->actions()->languageEnglish->trigger();
        tables->report(QString(), false, 1, {}, 0);
    }
    // Ctrl+I toggles the details panel; Ctrl+2 shows the second pane.
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY(!m_window->detailsDock()->isVisible());
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
    QCOMPARE(m_window->paneArea()->currentPane(), apis);
    // Ctrl+Q closes the window.
    QTest::keySequence(m_window.get(), quit->shortcut());
    QTRY_VERIFY(!m_window->isVisible());
}

void TestMainWindow::interactiveWidgetsHaveAccessibleNames()
{
    m_window->addPane(new TestPane(QStringLiteral("Tables")));
    QStringList missing = guiTest::widgetsWithoutAccessibleName(m_window.get());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    QVERIFY(connectSandbox());
    missing = guiTest::widgetsWithoutAccessibleName(m_window.get());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    m_window->showProfileManager();
    QVERIFY(m_window->profileManager());
    missing = guiTest::widgetsWithoutAccessibleName(m_window->profileManager());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    m_window->profileManager()->newProfile();
    QWidget *dialog =
        m_window->profileManager()->findChild<QDialog *>(QStringLiteral("profileDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    missing = guiTest::widgetsWithoutAccessibleName(dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestMainWindow::iconsStaySharpWhenScaled()
{
    // SVG icons: drawn for the scale asked, not a bitmap stretched (125 %, 150 %, 200 %).
    int icons = 0;
    for (QAction *action : m_window->actions()->all()) {
        if (action->icon().isNull())
            continue;
        ++icons;
        for (const qreal scale : {1.25, 1.5, 2.0}) {
            const QPixmap pixmap = action->icon().pixmap(QSize(16, 16), scale);
            QCOMPARE(pixmap.devicePixelRatio(), scale);
            QCOMPARE(pixmap.width(), qRound(16 * scale));
            // Not blank: the drawing is there at every scale.
            const QImage image = pixmap.toImage();
            bool drawn = false;
            for (int y = 0; y < image.height() && !drawn; ++y) {
                for (int x = 0; x < image.width() && !drawn; ++x)
                    drawn = qAlpha(image.pixel(x, y)) > 0;
            }
            QVERIFY2(drawn, qPrintable(action->objectName()));
        }
    }
    QVERIFY(icons >= 7);
}

void TestMainWindow::clockOffsetIsWarnedAbout()
{
    SandboxProcess sandbox(guiTest::smallSandboxArguments() +
                           QStringList{QStringLiteral("--clock-offset-s"), QStringLiteral("300")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const Profile p = guiTest::storeProfile(m_store.get(), &m_secrets, QStringLiteral("Skewed"),
                                            sandbox.url(), sandbox.projectId(), sandbox.workspace(),
                                            sandbox.accessKey().toUtf8(), sandbox.secretKey());
    m_created << p.id;
    QLabel *warning = m_window->statusPanel()->clockWarningLabel();
    QVERIFY(!warning->isVisible());
    m_connection->open(p);
    QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Connected, 30000);
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(), QStringLiteral("Clock off by 5 minutes"));
    QVERIFY2(
        warning->toolTip().contains(QStringLiteral("5 minutes behind the server's (server time")),
        qPrintable(warning->toolTip()));
    m_connection->close();
    QVERIFY(!warning->isVisible());
}

void TestMainWindow::failedConnectionShowsItsReason()
{
    SandboxProcess sandbox(guiTest::smallSandboxArguments());
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const Profile p = guiTest::storeProfile(m_store.get(), &m_secrets, QStringLiteral("Bad key"),
                                            sandbox.url(), sandbox.projectId(), sandbox.workspace(),
                                            sandbox.accessKey().toUtf8(), "wrong-sk");
    m_created << p.id;
    ConnectionBanner *banner = m_window->connectionBanner();
    QVERIFY(!banner->isVisible());
    m_connection->open(p);
    QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Failed, 30000);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("[APIGW.0301]")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("Bad key")));
    QCOMPARE(m_window->statusPanel()->connectionLabel()->text(),
             QStringLiteral("Bad key: connection failed"));
    QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
    QCOMPARE(m_connection->state(), State::Connecting);
    QVERIFY(!banner->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), State::Failed, 30000);
}

void TestMainWindow::smokeTestWithTheSandboxExitsZero()
{
    const QByteArray marker = "DESK_SMOKE_MARKER=" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(marker.split('=').at(0)),
               QString::fromLatin1(marker.split('=').at(1)));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(DESK_APP_PATH),
              {QStringLiteral("--smoke-test"), QStringLiteral("--sandbox")});
    QVERIFY(app.waitForFinished(90000));
    const QByteArray out = app.readAllStandardOutput();
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(app.exitCode() == 0, out.constData());
    QVERIFY2(out.startsWith("smoke-test: ok: Sandbox: Connected: the server answered in"),
             out.constData());
    QCOMPARE(out.count('\n'), 1);
    // Only once both panes are filled from the sandbox (5,000 tables, 300 APIs, 3 clusters).
    QVERIFY2(out.contains("; Tables: 5,000 tables"), out.constData());
    QVERIFY2(out.contains("; APIs: 300 APIs on 3 clusters"), out.constData());
    // The sandbox child went with the app.
    QTRY_COMPARE_WITH_TIMEOUT(processesWithMarker(marker), QStringList(), 5000);
}

void TestMainWindow::smokeTestWithAnUnknownProfileExitsOne()
{
    QProcess app;
    app.start(QStringLiteral(DESK_APP_PATH),
              {QStringLiteral("--smoke-test"), QStringLiteral("--profile"),
               QStringLiteral("No such profile")});
    QVERIFY(app.waitForFinished(60000));
    const QByteArray out = app.readAllStandardOutput();
    QCOMPARE(app.exitCode(), 1);
    QVERIFY2(out.startsWith("smoke-test: failed: There is no connection profile named"),
             out.constData());
}

DESK_GUI_TEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
