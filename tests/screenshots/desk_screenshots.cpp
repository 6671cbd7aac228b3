// desk-screenshots: the README's screenshots. Runs the real application on the built-in
// Sandbox in one language and saves PNGs of the main window (Tables, APIs and Approvals
// panes), every page of the batch-offline and API-action wizards, and the Progress dock
// with the finished run of the offline wizard. A developer tool beside the tests, never
// installed: the product binary has no screenshot mode.
//
//   desk-screenshots --lang zh_CN|en --out DIR [--fit-screen]
//
// --fit-screen: the window fills the screen's available area and the wizards open at the
// size they choose themselves (what a user of a small or scaled screen sees: scripts/
// screenshots runs it on a 1,024 × 640 screen and at 150 % and 200 % of 1600 × 1000); the
// Progress shot is then the whole window with the dock, "progress-window".
//
// scripts/screenshots runs it under Xvfb with the CJK fonts for both languages; the test
// tst_screenshots runs it offscreen. Its settings and journal live in a temporary folder.
#include "panes/apis/ApisPane.h"
#include "panes/approvals/ApprovalsPane.h"
#include "panes/tables/TablesModel.h"
#include "panes/tables/TablesPane.h"
#include "progress/ProgressView.h"
#include "shell/AppController.h"
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
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QImage>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QScreen>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>
#include <functional>
#include <stdexcept>

using namespace dataarts;
using namespace dataarts::ui;

namespace {

constexpr int kWaitMs = 60000;

class Failure : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

void waitFor(const std::function<bool()> &done, const char *what)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > kWaitMs)
            throw Failure(std::string("timed out waiting for ") + what);
        QTest::qWait(20);
    }
}

template <typename T>
T *paneOf(AppController &app)
{
    for (Pane *pane : app.window()->paneArea()->panes()) {
        if (auto *p = qobject_cast<T *>(pane))
            return p;
    }
    throw Failure("a pane is missing");
}

template <typename T>
T *openWindow()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

class Shooter
{
public:
    Shooter(AppController *app, const QString &out, bool fitScreen)
        : m_app(app)
        , m_out(out)
        , m_fitScreen(fitScreen)
    {}

    void run()
    {
        MainWindow *window = m_app->window();
        waitFor([this] { return m_app->runs()->engine() != nullptr; }, "the connection");
        auto *tables = paneOf<TablesPane>(*m_app);
        auto *apis = paneOf<ApisPane>(*m_app);
        auto *approvals = paneOf<ApprovalsPane>(*m_app);
        waitFor([&] { return tables->isComplete() && apis->isComplete(); }, "the panes");

        QTest::qWait(100);
        if (!m_fitScreen)
            window->resizeDocks({window->detailsDock()}, {320}, Qt::Horizontal);
        window->paneArea()->setCurrentPane(tables);
        selectRows(tables->view(), 1, 3);
        save(window, QStringLiteral("main-window"));

        window->paneArea()->setCurrentPane(apis);
        selectRows(apis->view(), 0, 0);
        save(window, QStringLiteral("apis-pane"));

        window->paneArea()->setCurrentPane(approvals);
        waitFor([&] { return approvals->isComplete(); }, "the approvals");
        selectRows(approvals->view(), 0, 0);
        save(window, QStringLiteral("approvals-pane"));

        offlineWizard(tables);
        window->paneArea()->setCurrentPane(tables);
        ProgressView *progress = m_app->workflow()->progressView();
        waitFor([&] { return m_app->workflow()->progressDock()->isVisible(); }, "the dock");
        waitFor([&] { return progress->selectedRunId() == m_runId; }, "the run");
        progress->treeView()->expandAll();
        if (m_fitScreen)
            save(window, QStringLiteral("progress-window"));
        else
            save(m_app->workflow()->progressDock(), QStringLiteral("progress-dock"));

        apiWizard(apis);
    }

private:
    void save(QWidget *widget, const QString &name)
    {
        QTest::qWait(150); // layouts, delegates and animations settle
        const QString path = QDir(m_out).filePath(name + QStringLiteral(".png"));
        // No alpha channel, the strongest compression: small files for the repository.
        const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB888);
        if (!image.save(path, "PNG", 0))
            throw Failure("cannot write " + path.toStdString());
        std::printf("%s\n", qPrintable(path));
    }

    static void selectRows(QAbstractItemView *view, int first, int last)
    {
        QAbstractItemModel *model = view->model();
        last = std::min(last, model->rowCount() - 1);
        if (last < first)
            return;
        view->selectionModel()->setCurrentIndex(model->index(first, 0),
                                                QItemSelectionModel::NoUpdate);
        view->selectionModel()->select(
            QItemSelection(model->index(first, 0), model->index(last, model->columnCount() - 1)),
            QItemSelectionModel::ClearAndSelect);
    }

    template <typename Wizard>
    Wizard *openedWizard()
    {
        Wizard *wizard = nullptr;
        waitFor([&] { return (wizard = openWindow<Wizard>()) != nullptr; }, "the wizard");
        if (!m_fitScreen)
            wizard->resize(860, 620);
        QApplication::setActiveWindow(wizard);
        return wizard;
    }

    void page(QWizard *wizard, const QString &name, bool waitComplete = false)
    {
        if (waitComplete)
            waitFor([&] { return wizard->currentPage()->isComplete(); }, "a wizard page");
        save(wizard, name);
    }

    void next(QWizard *wizard, int expectedId)
    {
        wizard->next();
        if (wizard->currentId() != expectedId)
            throw Failure("a wizard page refused to go on");
    }

    void offlineWizard(TablesPane *tables)
    {
        // Five published tables.
        QAbstractItemView *view = tables->view();
        auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model());
        QItemSelection published;
        int count = 0;
        for (int r = 0; r < proxy->rowCount() && count < 5; ++r) {
            const int source = proxy->mapToSource(proxy->index(r, 0)).row();
            if (tables->model()->record(source).status.value == BizStatus::Published) {
                published.select(proxy->index(r, 0), proxy->index(r, proxy->columnCount() - 1));
                ++count;
            }
        }
        view->selectionModel()->select(published, QItemSelectionModel::ClearAndSelect);
        tables->takeOfflineAction()->trigger();
        auto *wizard = openedWizard<OfflineWizard>();
        page(wizard, QStringLiteral("offline-wizard-1-selection"));
        next(wizard, OfflineWizard::PreflightPageId);
        page(wizard, QStringLiteral("offline-wizard-2-preflight"), true);
        next(wizard, OfflineWizard::ImpactPageId);
        page(wizard, QStringLiteral("offline-wizard-2b-impact"), true);
        next(wizard, OfflineWizard::ApproverPageId);
        waitFor([&] { return wizard->currentPage()->isComplete(); }, "the approvers");
        auto *approver = qobject_cast<ApproverPage *>(wizard->currentPage());
        approver->searchBox()->setText(QStringLiteral("wang"));
        page(wizard, QStringLiteral("offline-wizard-3-approver"));
        next(wizard, OfflineWizard::SchedulePageId);
        page(wizard, QStringLiteral("offline-wizard-4-schedule"));
        next(wizard, OfflineWizard::ReviewPageId);
        page(wizard, QStringLiteral("offline-wizard-5-review"));
        bool started = false;
        QObject::connect(wizard, &OfflineWizard::runStarted, wizard, [&](qint64 id) {
            m_runId = id;
            started = true;
        });
        wizard->button(QWizard::FinishButton)->click();
        if (!started)
            throw Failure("the run did not start");
        waitFor(
            [this] {
                const std::optional<RunSummary> s = m_app->runs()->journal()->runSummary(m_runId);
                return s && s->finishedAt.isValid();
            },
            "the run to finish");
    }

    void apiWizard(ApisPane *apis)
    {
        m_app->window()->paneArea()->setCurrentPane(apis);
        selectRows(apis->view(), 0, 1);
        apis->apiActionAction()->trigger();
        auto *wizard = openedWizard<ApiActionWizard>();
        page(wizard, QStringLiteral("api-wizard-1-targets"));
        next(wizard, ApiActionWizard::ActionPageId);
        const QList<QRadioButton *> actions = wizard->currentPage()->findChildren<QRadioButton *>();
        if (actions.size() < 2)
            throw Failure("the action page has no choices");
        actions.at(1)->click(); // STOP
        page(wizard, QStringLiteral("api-wizard-2-action"));
        next(wizard, ApiActionWizard::PreflightPageId);
        page(wizard, QStringLiteral("api-wizard-3-preflight"), true);
        next(wizard, ApiActionWizard::ImpactPageId);
        page(wizard, QStringLiteral("api-wizard-3b-impact"), true);
        next(wizard, ApiActionWizard::TimePageId);
        page(wizard, QStringLiteral("api-wizard-4-time"));
        next(wizard, ApiActionWizard::ReviewPageId);
        page(wizard, QStringLiteral("api-wizard-5-review"));
        wizard->reject();
    }

    AppController *m_app;
    QString m_out;
    bool m_fitScreen = false;
    qint64 m_runId = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    // Settings, profiles and the journal in a folder of their own, gone afterwards.
    QTemporaryDir home;
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(name, QDir(home.path()).filePath(QLatin1String(name)).toUtf8());

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dataarts-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("DataArts Desk"));
    QApplication::setOrganizationName(QStringLiteral("DataArtsDesk"));
    QApplication::setApplicationVersion(QStringLiteral(DESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Saves the README's screenshots of DataArts Desk in one language."));
    parser.addHelpOption();
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("zh_CN or en."),
                                     QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Folder for the PNGs."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption fitOpt(
        QStringLiteral("fit-screen"),
        QStringLiteral("The window fills the screen; wizards open at their own size."));
    parser.addOptions({langOpt, outOpt, fitOpt});
    parser.process(app);
    const QString out = parser.value(outOpt);
    if (out.isEmpty() || !QDir().mkpath(out)) {
        std::fprintf(stderr, "desk-screenshots: --out DIR is needed (and must be writable)\n");
        return 2;
    }

    Language language;
    if (!language.apply(parser.value(langOpt))) {
        std::fprintf(stderr, "desk-screenshots: unknown language %s\n",
                     qPrintable(parser.value(langOpt)));
        return 2;
    }
    QSettings().setValue(QStringLiteral("ui/language"), language.current());

    int status = 0;
    {
        AppController controller(&language);
        controller.sandbox()->setArguments({QStringLiteral("--port"), QStringLiteral("0"),
                                            QStringLiteral("--seed"), QStringLiteral("7"),
                                            QStringLiteral("--tables"), QStringLiteral("400"),
                                            QStringLiteral("--apis"), QStringLiteral("24"),
                                            QStringLiteral("--clusters"), QStringLiteral("3")});
        const bool fitScreen = parser.isSet(fitOpt);
        if (fitScreen)
            controller.window()->setGeometry(
                QGuiApplication::primaryScreen()->availableGeometry());
        else
            controller.window()->resize(1400, 760);
        AppController::Options options;
        options.sandbox = true;
        controller.start(options);
        try {
            Shooter(&controller, out, fitScreen).run();
        } catch (const Failure &failure) {
            std::fprintf(stderr, "desk-screenshots: %s\n", failure.what());
            status = 1;
        }
        // A wizard left open by a failure goes first, with its jobs.
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
                d->reject();
        }
        QTest::qWait(100);
        bool finished = false;
        QObject::connect(&controller, &AppController::finished, [&] { finished = true; });
        controller.quit(status);
        QElapsedTimer clock;
        clock.start();
        while (!finished && clock.elapsed() < 30000)
            QTest::qWait(20);
    }
    return status;
}
