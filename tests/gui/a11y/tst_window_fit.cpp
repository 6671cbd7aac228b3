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
#include "WindowWalk.h"

#include "panes/apis/ApisFilterBar.h"
#include "panes/apis/ApisPane.h"
#include "panes/approvals/ApprovalsPane.h"
#include "panes/tables/TablesFilterBar.h"
#include "panes/tables/TablesPane.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "shell/PaneArea.h"
#include "shell/WelcomePanel.h"

#include "connection/SandboxLauncher.h"
#include "i18n/Language.h"
#include "runs/RunCenter.h"

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>

using namespace dataarts;
using namespace dataarts::ui;

namespace {


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
    void checkPane(Pane *pane);

    Language m_language;
    std::unique_ptr<AppController> m_app;
    QStringList m_found;
    QString m_lang;
};

void TestWindowFit::initTestCase()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    qInfo("screen %s (device pixel ratio %g), available %s",
          qPrintable(where(screen->geometry())), screen->devicePixelRatio(),
          qPrintable(where(screen->availableGeometry())));
    // As on a first start: the window's own size bounded by the screen.
    a11yTest::open(m_app, &m_language, QStringLiteral("en"));
}

void TestWindowFit::cleanupTestCase()
{
    a11yTest::quit(m_app);
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
        if (what.endsWith(QLatin1String(" pane")))
            checkPane(m_app->window()->paneArea()->currentPane());
    }
    for (const QString &line : a11yTest::misfits(window))
        m_found << m_lang + QLatin1Char(' ') + what + QStringLiteral(": ") + line;
}

// The pane's filter bar and the Details dock are shown at a usable width.
void TestWindowFit::checkPane(Pane *pane)
{
    QWidget *filterBar = nullptr;
    if (auto *approvals = qobject_cast<ApprovalsPane *>(pane))
        filterBar = approvals->filterBar();
    else if (auto *tables = qobject_cast<TablesPane *>(pane))
        filterBar = tables->filterBar();
    else if (auto *apis = qobject_cast<ApisPane *>(pane))
        filterBar = apis->filterBar();
    QStringList problems{usable(m_app->window()->detailsDock(), 200)};
    if (auto *records = qobject_cast<RecordPane *>(pane))
        problems << usable(filterBar, 200) << usable(records->instantFilterEdit(), 120);
    for (const QString &problem : std::as_const(problems)) {
        if (!problem.isEmpty())
            m_found << m_lang + QLatin1Char(' ') + pane->title() + QStringLiteral(": ") + problem;
    }
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
    // misfits() also holds every wrapped label (the welcome paragraph) to its text's height.
    const QStringList found = a11yTest::misfits(window);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    QVERIFY(m_language.apply(QStringLiteral("en")));
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
    if (!m_app->runs()->engine())
        a11yTest::startOnSandbox(m_app.get());
    a11yTest::WindowWalk walk(m_app.get(), [this](const QString &what, QWidget *window) {
        check(what, window);
    });
    walk.everything();
    QVERIFY2(m_found.isEmpty(), qPrintable(a11yTest::warnEach(&m_found, QStringLiteral("misfits"))));
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
