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
#include "LayoutCheck.h"
#include "KeyboardCheck.h"
#include "WindowWalk.h"
#include "WizardHarness.h"

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
#include "shell/MainWindow.h"
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
using a11yTest::selectRows;
using a11yTest::openWindow;

namespace {

constexpr int kWaitMs = 60000;

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
    void visitProfileDialogsAndAbout(a11yTest::WindowWalk &walk);

    Language m_language;
    std::unique_ptr<AppController> m_app;
    QStringList m_found;
};

void TestWindowAccessibility::initTestCase()
{
    a11yTest::open(m_app, &m_language, QStringLiteral("en"));
    m_app->window()->resize(1400, 900);
}

void TestWindowAccessibility::cleanupTestCase()
{
    a11yTest::quit(m_app);
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

void TestWindowAccessibility::visitProfileDialogsAndAbout(a11yTest::WindowWalk &walk)
{
    MainWindow *window = m_app->window();
    window->showProfileManager();
    QTRY_VERIFY(window->profileManager() && window->profileManager()->isVisible());
    check(QStringLiteral("profile manager"), window->profileManager());
    walk.closeModal();

    window->showNewProfileDialog();
    ProfileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openWindow<ProfileDialog>()) != nullptr);
    dialog->saveButton()->click(); // refused: the error lines show
    for (int tab = 0; tab < dialog->tabs()->count(); ++tab) {
        dialog->tabs()->setCurrentIndex(tab);
        check(QStringLiteral("profile dialog, tab %1").arg(tab), dialog);
    }
    walk.closeModal();

    window->showAbout();
    QMessageBox *about = nullptr;
    QTRY_VERIFY((about = openWindow<QMessageBox>()) != nullptr);
    check(QStringLiteral("About box"), about);
    about->close();
    QTRY_VERIFY(!openWindow<QMessageBox>());
    walk.activateMainWindow();
}

void TestWindowAccessibility::everyControlHasAName()
{
    check(QStringLiteral("welcome"), m_app->window());
    a11yTest::startOnSandbox(m_app.get());
    a11yTest::WindowWalk walk(m_app.get(), [this](const QString &what, QWidget *window) {
        check(what, window);
    });
    walk.everything([&] { visitProfileDialogsAndAbout(walk); });
    QVERIFY2(m_found.isEmpty(),
             qPrintable(a11yTest::warnEach(&m_found, QStringLiteral("unnamed controls"))));
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
