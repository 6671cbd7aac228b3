// The real application at small sizes, offscreen at 1×: the welcome paragraph is never
// clipped (its height is what its text needs at the width it gets), the main window goes
// down to 1,024 × 640 with every pane current and no visible control outside it, the
// Details dock opens at a readable width, the wizards open at a size that shows their
// review page and keep the size the user gave them, the window comes back with the size and
// dock layout it was closed with, and the profile dialog's errors appear without moving a
// field.
#include "GuiTestSupport.h"
#include "KeyboardCheck.h"
#include "LayoutCheck.h"

#include "panes/apis/ApisPane.h"
#include "panes/approvals/ApprovalsPane.h"
#include "panes/tables/TablesPane.h"
#include "profiles/ProfileDialog.h"
#include "shell/AppController.h"
#include "shell/MainActions.h"
#include "shell/MainWindow.h"
#include "shell/PaneArea.h"
#include "shell/WelcomePanel.h"
#include "wizards/offline/OfflineWizard.h"

#include "connection/ConnectionManager.h"
#include "connection/SandboxLauncher.h"
#include "i18n/Language.h"
#include "runs/RunCenter.h"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

using namespace dataarts;
using namespace dataarts::ui;
using a11yTest::openWindow;

namespace {

constexpr int kWaitMs = 60000;

} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void detailsDockIsReadable();
    void welcomeTextIsNeverClipped_data();
    void welcomeTextIsNeverClipped();
    void windowFitsAt1024x640();
    void wizardsShowTheirContentAndKeepTheirSize();
    void profileErrorsDoNotMoveFields();
    void windowComesBackAsItWasClosed();

private:
    void startApp();
    void stopApp();

    Language m_language;
    std::unique_ptr<AppController> m_app;
};

void TestWindowLayout::initTestCase()
{
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    QVERIFY(m_language.apply(QStringLiteral("en")));
    m_app = std::make_unique<AppController>(&m_language);
    // The size of a laptop's window (the offscreen screen is only 800 × 600).
    m_app->window()->resize(1200, 760);
    m_app->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
}

void TestWindowLayout::stopApp()
{
    if (!m_app)
        return;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
            d->reject();
    }
    QSignalSpy finished(m_app.get(), &AppController::finished);
    m_app->quit(0);
    finished.wait(30000);
    m_app.reset();
}

void TestWindowLayout::cleanupTestCase()
{
    stopApp();
    QSettings().remove(QStringLiteral("ui/language"));
}

void TestWindowLayout::welcomeTextIsNeverClipped_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        for (const QSize &size : {QSize(1024, 640), QSize(1200, 760), QSize(1600, 1000)})
            QTest::addRow("%s %dx%d", qPrintable(code), size.width(), size.height())
                << code << size;
    }
}

void TestWindowLayout::welcomeTextIsNeverClipped()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QVERIFY(m_language.apply(language));
    MainWindow *window = m_app->window();
    window->resize(size);
    QTRY_COMPARE(window->size(), size);
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
    const int needed = text->heightForWidth(text->width());
    QVERIFY2(
        text->height() >= needed,
        qPrintable(
            QStringLiteral("%1×%2 needs %3").arg(text->width()).arg(text->height()).arg(needed)));
    QVERIFY(text->width() > 200);
    QVERIFY(m_language.apply(QStringLiteral("en")));
}

void TestWindowLayout::windowFitsAt1024x640()
{
    AppController::Options options;
    options.sandbox = true;
    m_app->sandbox()->setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} +
                                   guiTest::smallSandboxArguments());
    m_app->start(options);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->runs()->engine() != nullptr, kWaitMs);
    MainWindow *window = m_app->window();
    window->detailsDock()->show();
    const QSize small(1024, 640);
    for (Pane *pane : window->paneArea()->panes()) {
        window->paneArea()->setCurrentPane(pane);
        window->resize(small);
        QTRY_VERIFY(pane->isVisible());
        QApplication::processEvents();
        QVERIFY2(window->size() == small,
                 qPrintable(pane->title() +
                            QStringLiteral(": the window is %1×%2; it asks for\n")
                                .arg(window->width())
                                .arg(window->height()) +
                            a11yTest::widest(window).join(QLatin1Char('\n'))));
        const QStringList outside = a11yTest::outsideWindow(window);
        QVERIFY2(outside.isEmpty(),
                 qPrintable(pane->title() + QLatin1Char('\n') + outside.join(QLatin1Char('\n'))));
    }
}

void TestWindowLayout::detailsDockIsReadable()
{
    // As the window first opens, without a layout kept from an earlier run.
    MainWindow *window = m_app->window();
    QTRY_VERIFY(window->detailsDock()->isVisible());
    QApplication::processEvents();
    QVERIFY2(window->detailsDock()->width() >= 240,
             qPrintable(QString::number(window->detailsDock()->width())));
}

void TestWindowLayout::wizardsShowTheirContentAndKeepTheirSize()
{
    MainWindow *window = m_app->window();
    auto *tables = guiTest::paneOf<TablesPane>(*m_app);
    window->paneArea()->setCurrentPane(tables);
    QTRY_VERIFY_WITH_TIMEOUT(tables->isComplete(), kWaitMs);
    tables->view()->selectRow(0);
    window->actions()->takeOffline->trigger();
    OfflineWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = openWindow<OfflineWizard>()) != nullptr);
    // As large as the review page wants (920 × 700), or the screen (offscreen: 800 × 600).
    const QSize screen = wizard->screen()->availableGeometry().size();
    const QSize wanted = QSize(920, 700).boundedTo(screen);
    QVERIFY2(wizard->width() >= wanted.width() && wizard->height() >= wanted.height(),
             qPrintable(QStringLiteral("%1×%2").arg(wizard->width()).arg(wizard->height())));
    const QSize chosen = QSize(760, 560).boundedTo(screen);
    wizard->resize(chosen);
    QTRY_COMPARE(wizard->size(), chosen);
    wizard->reject();
    QTRY_VERIFY(!openWindow<OfflineWizard>());
    window->actions()->takeOffline->trigger();
    QTRY_VERIFY((wizard = openWindow<OfflineWizard>()) != nullptr);
    QCOMPARE(wizard->size(), chosen);
    wizard->reject();
    QTRY_VERIFY(!openWindow<OfflineWizard>());
}

void TestWindowLayout::profileErrorsDoNotMoveFields()
{
    MainWindow *window = m_app->window();
    window->showNewProfileDialog();
    ProfileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openWindow<ProfileDialog>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto fields = [dialog] {
        QMap<QString, QRect> where;
        QWidget *page = dialog->tabs()->currentWidget();
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (w->isVisible() && (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)))
                where.insert(a11yTest::describe(w) + QString::number(quintptr(w)),
                             QRect(w->mapTo(dialog, QPoint(0, 0)), w->size()));
        }
        return where;
    };
    const QMap<QString, QRect> before = fields();
    QVERIFY(before.size() >= 3);
    dialog->saveButton()->click(); // refused: every empty field says so
    QApplication::processEvents();
    QVERIFY(!dialog->errorText(ProfileField::DisplayName).isEmpty() ||
            !dialog->errorText(ProfileField::ProjectId).isEmpty());
    QCOMPARE(dialog->tabs()->currentWidget(), dialog->tabs()->widget(0));
    QCOMPARE(fields(), before);
    dialog->reject();
}

void TestWindowLayout::windowComesBackAsItWasClosed()
{
    MainWindow *window = m_app->window();
    window->resize(1111, 700);
    window->detailsDock()->hide();
    QTRY_COMPARE(window->size(), QSize(1111, 700));
    stopApp(); // closes the window: what it looked like is kept

    m_app = std::make_unique<AppController>(&m_language);
    window = m_app->window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(!window->detailsDock()->isVisible());
    QCOMPARE(window->size(), QSize(1111, 700));
}

DESK_GUI_TEST_MAIN(TestWindowLayout)
#include "tst_window_layout.moc"
