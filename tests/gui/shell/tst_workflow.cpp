// The real application on the built-in Sandbox: the panes' actions open the wizards with
// exactly the pane's selection, on the open session and the run center's engine; a run
// asked for opens the Progress dock; the Approvals and History panes are in the window.
#include "GuiTestSupport.h"

#include "history/HistoryView.h"
#include "panes/apis/ApisPane.h"
#include "panes/approvals/ApprovalsPane.h"
#include "panes/tables/TablesPane.h"
#include "progress/ProgressView.h"
#include "shell/AppController.h"
#include "shell/MainActions.h"
#include "shell/MainWindow.h"
#include "shell/PaneArea.h"
#include "shell/RunEndNotifier.h"
#include "shell/StatusPanel.h"
#include "shell/Workflow.h"
#include "wizards/action/ApiActionWizard.h"
#include "wizards/common/LineListPage.h"
#include "wizards/offline/OfflineWizard.h"

#include "batch/RunSpec.h"
#include "connection/ConnectionManager.h"
#include "i18n/Language.h"
#include "runs/RunCenter.h"

#include <QAction>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeView>

using namespace dataarts;
using namespace dataarts::ui;

class TestWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void panesOpenTheWizardsWithTheirSelection();
};

namespace {

void selectRows(RecordPane *pane, int first, int last)
{
    QAbstractItemModel *model = pane->view()->model();
    QItemSelection selection(model->index(first, 0), model->index(last, model->columnCount() - 1));
    pane->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

} // namespace

void TestWorkflow::panesOpenTheWizardsWithTheirSelection()
{
    Language language;
    language.apply(QStringLiteral("en"));
    AppController app(&language);
    QSignalSpy finished(&app, &AppController::finished);
    // Before any connection: a notice (window-modal, no nested event loop), no wizard.
    app.window()->show();
    app.workflow()->openOfflineWizard({});
    auto *notice = app.window()->findChild<QMessageBox *>();
    QVERIFY(notice);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY(!app.window()->findChild<OfflineWizard *>());
    notice->close();

    AppController::Options options;
    options.sandbox = true;
    app.start(options);

    auto *tables = guiTest::paneOf<TablesPane>(app);
    auto *apis = guiTest::paneOf<ApisPane>(app);
    QVERIFY(tables && apis);
    QVERIFY(guiTest::paneOf<ApprovalsPane>(app));
    QVERIFY(guiTest::paneOf<HistoryView>(app));
    QTRY_VERIFY_WITH_TIMEOUT(app.runs()->engine() != nullptr, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(tables->isComplete() && apis->isComplete(), 60000);

    // The Sandbox profile signs with AK/SK: "me" typed in the Approvals pane is who the
    // wizards run as (fast approval is offered for that approver).
    auto *approvalsUser = guiTest::paneOf<ApprovalsPane>(app)->findChild<QLineEdit *>(
        QStringLiteral("approvalsUser"));
    QVERIFY(approvalsUser);
    approvalsUser->setText(QStringLiteral("dev.one"));
    QTest::keyClick(approvalsUser, Qt::Key_Return);

    // Tables: three rows, "Take offline…" → the batch-offline wizard with those three.
    selectRows(tables, 0, 2);
    const QList<BizInfo> chosen = tables->selectedTables();
    QCOMPARE(chosen.size(), 3);
    // The status bar says it once: the pane's status, and the selection in its own label.
    StatusPanel *status = app.window()->statusPanel();
    QTRY_COMPARE(status->selectionLabel()->text(), QStringLiteral("3 selected"));
    QVERIFY2(!status->paneText()->text().contains(QStringLiteral("selected")),
             qPrintable(status->paneText()->text()));
    QVERIFY(!status->paneText()->text().isEmpty());
    tables->setInstantFilter(QStringLiteral("no-such-table-anywhere"));
    QTRY_COMPARE(status->selectionLabel()->text(),
                 QStringLiteral("3 selected, 3 of them hidden by the filter"));
    QVERIFY(!status->paneText()->text().contains(QStringLiteral("selected")));
    tables->setInstantFilter(QString());
    QTRY_COMPARE(status->selectionLabel()->text(), QStringLiteral("3 selected"));
    QVERIFY(tables->takeOfflineAction()->isEnabled());
    tables->takeOfflineAction()->trigger();
    OfflineWizard *offline = app.window()->findChild<OfflineWizard *>();
    QVERIFY(offline);
    QVERIFY(offline->isVisible());
    QCOMPARE(offline->initialSelection(), chosen);
    QCOMPARE(offline->engine(), app.runs()->engine());
    QCOMPARE(offline->session(), app.connection()->session());
    QCOMPARE(offline->userName(), QStringLiteral("dev.one"));
    // Issue 19: the first page lists every target by name, type and id, as many as the
    // status bar says are selected.
    auto *first = qobject_cast<LineListPage *>(offline->page(OfflineWizard::SelectionPageId));
    QVERIFY(first);
    QAbstractItemModel *listed = first->targetList()->model();
    QCOMPARE(listed->rowCount(), tables->selectionCount());
    QVERIFY2(first->summaryText().startsWith(QStringLiteral("3 entities")),
             qPrintable(first->summaryText()));
    const QHash<QString, QString> names = tables->loadedNames();
    for (int r = 0; r < chosen.size(); ++r) {
        QVERIFY(!names.value(chosen.at(r).bizId).isEmpty());
        QCOMPARE(listed->index(r, 0).data().toString(), names.value(chosen.at(r).bizId));
        QCOMPARE(listed->index(r, 2).data().toString(), chosen.at(r).bizId);
        QCOMPARE(listed->index(r, 2).data(Qt::ToolTipRole).toString(), chosen.at(r).bizId);
    }
    // A pasted id the pane has loaded is listed by its name too; an unknown one says so.
    const QString loadedId = tables->selectedTables().first().bizId;
    first->editor()->setPlainText(first->editor()->toPlainText() +
                                  QStringLiteral("\nTABLE_MODEL,123456789"));
    QTRY_COMPARE(listed->rowCount(), 4);
    QCOMPARE(listed->index(3, 0).data().toString(), QStringLiteral("(not loaded)"));
    QCOMPARE(listed->index(0, 2).data().toString(), loadedId);
    offline->reject();

    // APIs: an API's row → the action wizard with that API's pairs.
    selectRows(apis, 0, 0);
    const QList<ApiTarget> targets = apis->selectedTargets();
    QVERIFY(!targets.isEmpty());
    apis->apiActionAction()->trigger();
    ApiActionWizard *action = app.window()->findChild<ApiActionWizard *>();
    QVERIFY(action);
    QVERIFY(action->isVisible());
    QCOMPARE(action->initialSelection(), targets);
    QCOMPARE(action->engine(), app.runs()->engine());
    QCOMPARE(action->userName(), QStringLiteral("dev.one"));
    // The pairs by API and cluster name, ids beside them.
    auto *pairs = qobject_cast<LineListPage *>(action->page(action->startId()));
    QVERIFY(pairs);
    QCOMPARE(pairs->targetList()->model()->rowCount(), int(targets.size()));
    for (int r = 0; r < targets.size(); ++r) {
        const QAbstractItemModel *m = pairs->targetList()->model();
        QCOMPARE(m->index(r, 0).data().toString(), targets.at(r).apiName);
        QCOMPARE(m->index(r, 1).data().toString(), targets.at(r).clusterName);
        QCOMPARE(m->index(r, 2).data().toString(), targets.at(r).apiId);
        QCOMPARE(m->index(r, 3).data().toString(), targets.at(r).instanceId);
    }
    action->reject();
    QTRY_VERIFY(!app.window()->findChild<ApiActionWizard *>());

    // Issue 19 (5): the window's Stop and Recover name their action; the wizard opens with it
    // chosen, on the pane's selection.
    app.window()->paneArea()->setCurrentPane(apis);
    const QList<QPair<QAction *, ApiAction>> commands{
        {app.window()->actions()->stop, ApiAction::Stop},
        {app.window()->actions()->recover, ApiAction::Recover},
        {app.window()->actions()->unpublish, ApiAction::Unpublish}};
    for (const auto &[command, expected] : commands) {
        QVERIFY(command->isEnabled());
        command->trigger();
        QTRY_VERIFY((action = app.window()->findChild<ApiActionWizard *>()) != nullptr);
        QCOMPARE(action->initialSelection(), targets);
        QCOMPARE(action->action(), expected);
        action->reject();
        QTRY_VERIFY(!app.window()->findChild<ApiActionWizard *>());
    }

    // Issue 19 (5): "Take Offline…" with no table selected opens the paste / import page.
    app.window()->paneArea()->setCurrentPane(tables);
    tables->view()->selectionModel()->clearSelection();
    QTRY_COMPARE(tables->selectionCount(), 0);
    QTRY_VERIFY(!app.window()->findChild<OfflineWizard *>());
    QVERIFY(app.window()->actions()->takeOffline->isEnabled());
    app.window()->actions()->takeOffline->trigger();
    OfflineWizard *empty = nullptr;
    QTRY_VERIFY((empty = app.window()->findChild<OfflineWizard *>()) != nullptr);
    QVERIFY(empty->initialSelection().isEmpty());
    QCOMPARE(empty->currentId(), int(OfflineWizard::SelectionPageId));
    empty->reject();
    QTRY_VERIFY(!app.window()->findChild<OfflineWizard *>());

    // Issue 19 (3): a long run that ends while the window is not active says how it ended.
    {
        RunEndNotifier *notifier = app.workflow()->runEndNotifier();
        QSignalSpy notified(notifier, &RunEndNotifier::notified);
        QList<QPair<QString, QString>> pairs;
        for (const ApiTarget &t : targets)
            pairs.append({t.apiId, t.instanceId});
        const auto runOnce = [&] {
            const qint64 id =
                app.runs()->start(RunSpec::apiAction(pairs, ApiAction::Recover, QString()));
            if (id <= 0)
                return qint64(0);
            QSignalSpy finished(app.runs(), &RunCenter::runFinished);
            if (!finished.wait(60000))
                return qint64(0);
            return id;
        };
        // Active window, or a run shorter than the minimum: nothing.
        app.window()->activateWindow();
        QApplication::setActiveWindow(app.window());
        QTRY_VERIFY(app.window()->isActiveWindow());
        notifier->setMinimumSeconds(0);
        QVERIFY(runOnce() > 0);
        QCOMPARE(notified.count(), 0);
        QWidget elsewhere;
        elsewhere.show();
        QApplication::setActiveWindow(&elsewhere);
        QTRY_VERIFY(!app.window()->isActiveWindow());
        notifier->setMinimumSeconds(3600);
        QVERIFY(runOnce() > 0);
        QCOMPARE(notified.count(), 0);
        // Inactive and long enough (the minimum lowered for the test): one notification.
        notifier->setMinimumSeconds(0);
        const qint64 id = runOnce();
        QVERIFY(id > 0);
        QTRY_COMPARE(notified.count(), 1);
        QCOMPARE(notified.at(0).at(0).toLongLong(), id);
        QVERIFY2(notified.at(0).at(2).toString().contains(QStringLiteral("Run %1").arg(id)),
                 qPrintable(notified.at(0).at(2).toString()));
        elsewhere.close();
        QApplication::setActiveWindow(app.window());
    }

    // Issue 19 (3): after a run, the pane reads again the rows it changed: a pair stopped by a
    // run shows Stopped, without a Refresh, and stays selected.
    {
        app.window()->paneArea()->setCurrentPane(apis);
        QTRY_VERIFY(apis->isComplete());
        ApiTarget published;
        for (int row = 0; row < apis->view()->model()->rowCount() && published.apiId.isEmpty();
             ++row) {
            selectRows(apis, row, row);
            for (const ApiTarget &t : apis->selectedTargets()) {
                // The Sandbox signs AK/SK calls as sandbox_admin: STOP is the reviewer's.
                if (t.reviewer == QLatin1String("sandbox_admin") &&
                    t.status == ApiStatus::Published) {
                    published = t;
                    break;
                }
            }
        }
        QVERIFY(!published.apiId.isEmpty());
        const auto statusNow = [&] {
            for (const ApiTarget &t : apis->selectedTargets()) {
                if (t.apiId == published.apiId && t.instanceId == published.instanceId)
                    return t.status.value;
            }
            return ApiStatus::Unknown;
        };
        QCOMPARE(statusNow(), ApiStatus::Published);
        QSignalSpy ended(app.runs(), &RunCenter::runFinished);
        QVERIFY(app.runs()->start(RunSpec::apiAction({{published.apiId, published.instanceId}},
                                                     ApiAction::Stop, QString())) > 0);
        QVERIFY(ended.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(statusNow(), ApiStatus::Stopped, 30000);
        QTRY_VERIFY(apis->isComplete());
    }

    // A run asked for shows in the Progress dock.
    QVERIFY(!app.workflow()->progressDock()->isVisible());
    app.workflow()->showRun(0);
    QVERIFY(app.workflow()->progressDock()->isVisible());

    app.quit(0);
    QVERIFY(finished.wait(30000));
}

DESK_GUI_TEST_MAIN(TestWorkflow)
#include "tst_workflow.moc"
