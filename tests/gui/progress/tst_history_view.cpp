// The History pane over a real journal filled by real runs against the sandbox: search by
// an entity (API) id, by an item state, by kind and by date range, paging, and opening a
// result asks the Progress view to show that run. An undo run (issue 23) and the run it undoes
// link to each other both ways, in the list and under it, where a button opens the other.
#include "ProgressFixture.h"

#include "history/HistoryView.h"
#include "progress/RunListModel.h"

#include "journal/RunParameters.h"
#include "runs/UndoPlan.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QtTest>

using namespace dataarts;
using namespace dataarts::ui;

class TestHistoryView : public QObject
{
    Q_OBJECT

private:
    ProgressFixture f{{QStringLiteral("--tables"), QStringLiteral("20"), QStringLiteral("--apis"),
                       QStringLiteral("120"), QStringLiteral("--clusters"), QStringLiteral("2"),
                       QStringLiteral("--rate-limit"), QStringLiteral("off")}};
    std::unique_ptr<HistoryView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_stopRun = 0;  // mine and not mine: some FAILED
    qint64 m_otherRun = 0; // mine only: all SUCCESS
    ProgressFixture::Pair m_failedPair;
    ProgressFixture::Pair m_okPair;

    QList<qint64> shownIds() const
    {
        QList<qint64> ids;
        for (int r = 0; r < m_view->model()->rowCount(); ++r)
            ids.append(m_view->model()->runIdAt(r));
        return ids;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        const QList<ProgressFixture::Pair> mine =
            f.take(QStringLiteral("status=PUBLISHED&apps=no&manager=") + f.admin(), 6);
        const QList<ProgressFixture::Pair> notMine =
            f.take(QStringLiteral("status=PUBLISHED&apps=no&not_manager=") + f.admin(), 2);
        QCOMPARE(mine.size(), 6);
        QCOMPARE(notMine.size(), 2);
        m_failedPair = notMine.first();
        m_okPair = mine.last();
        m_stopRun = f.center->start(
            RunSpec::apiAction(mine.mid(0, 3) + notMine, ApiAction::Stop, QString()));
        QVERIFY2(m_stopRun > 0, qPrintable(f.center->errorString()));
        QVERIFY(f.waitFinished(m_stopRun));
        RunSpec other = RunSpec::apiAction(mine.mid(3), ApiAction::Stop, QString());
        other.items[0].displayName = QStringLiteral("订单明细 Orders_Detail @ cluster-a");
        m_otherRun = f.center->start(other);
        QVERIFY(m_otherRun > 0);
        QVERIFY(f.waitFinished(m_otherRun));

        m_view = std::make_unique<HistoryView>(f.center.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_view->resize(1000, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_view.reset();
    }

    void showsEveryRunAtFirst()
    {
        QCOMPARE(m_view->totalMatches(), 2);
        QCOMPARE(shownIds(), (QList<qint64>{m_otherRun, m_stopRun}));
        QVERIFY(!m_view->title().isEmpty());
        QVERIFY(!m_view->statusText().isEmpty());
    }

    void searchesByEntityId()
    {
        JournalQuery q;
        q.id = m_failedPair.first; // the API id
        m_view->search(q);
        QCOMPARE(shownIds(), QList<qint64>{m_stopRun});
        q.id = m_okPair.first;
        m_view->search(q);
        QCOMPARE(shownIds(), QList<qint64>{m_otherRun});
        // Typed into the field and searched with Enter.
        auto *edit = m_view->findChild<QLineEdit *>(QStringLiteral("historyIdEdit"));
        edit->clear();
        QTest::keyClicks(edit, m_failedPair.first);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(shownIds(), QList<qint64>{m_stopRun});
        q.id = QStringLiteral("no-such-entity");
        m_view->search(q);
        QCOMPARE(m_view->totalMatches(), 0);
        QCOMPARE(m_view->model()->rowCount(), 0);
    }

    void searchesByStateAndKind()
    {
        JournalQuery q;
        q.state = ItemState::Failed;
        m_view->search(q);
        QCOMPARE(shownIds(), QList<qint64>{m_stopRun});
        q.state = ItemState::Success;
        m_view->search(q);
        QCOMPARE(shownIds(), (QList<qint64>{m_otherRun, m_stopRun}));
        q.state.reset();
        q.kind = RunKind::BatchOffline;
        m_view->search(q);
        QCOMPARE(m_view->totalMatches(), 0);
        q.kind = RunKind::ApiAction;
        m_view->search(q);
        QCOMPARE(m_view->totalMatches(), 2);
        // The fields show the query (what the user sees is what was searched).
        QCOMPARE(m_view->query().kind, std::optional<RunKind>(RunKind::ApiAction));
    }

    void searchesByDate()
    {
        const QDateTime now = QDateTime::currentDateTime();
        JournalQuery q;
        q.from = now.date().addDays(-1).startOfDay();
        m_view->search(q);
        QCOMPARE(m_view->totalMatches(), 2);
        q.from = QDateTime();
        q.to = now.date().addDays(-1).startOfDay(); // before yesterday ended: nothing
        m_view->search(q);
        QCOMPARE(m_view->totalMatches(), 0);
        q.from = now.date().addDays(1).startOfDay(); // tomorrow on: nothing
        q.to = QDateTime();
        m_view->search(q);
        QCOMPARE(m_view->totalMatches(), 0);
    }

    void opensARun()
    {
        m_view->search(JournalQuery());
        QSignalSpy open(m_view.get(), &HistoryView::showRunRequested);
        QTreeView *view = m_view->view();
        const QModelIndex second = view->model()->index(1, 0);
        view->setCurrentIndex(second);
        m_view->findChild<QPushButton *>(QStringLiteral("historyOpenButton"))->click();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toLongLong(),
                 second.data(RunListModel::RunIdRole).toLongLong());
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(open.size(), 2);
    }

    void searchesByName()
    {
        // Issue 19 (3): History searched by id only.
        auto *edit = m_view->findChild<QLineEdit *>(QStringLiteral("historyIdEdit"));
        const auto typed = [&](const QString &text) {
            edit->setText(text); // keyClicks types ASCII only
            QTest::keyClick(edit, Qt::Key_Return);
            return shownIds();
        };
        QCOMPARE(typed(QStringLiteral("订单")), QList<qint64>{m_otherRun});
        QCOMPARE(typed(QStringLiteral("orders_detail")), QList<qint64>{m_otherRun}); // any case
        QCOMPARE(typed(QStringLiteral("Orders%")), QList<qint64>{});   // a wildcard is a letter
        QCOMPARE(typed(m_failedPair.first), QList<qint64>{m_stopRun}); // ids still work
        edit->clear();
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(m_view->totalMatches(), 2);
    }

    void runsMadeWhileHiddenAreListedWhenShown()
    {
        // Issue 19 (3): "No run matches." while runs existed, until Search was pressed.
        m_view->hide();
        const qint64 id =
            f.center->start(RunSpec::apiAction({m_okPair}, ApiAction::Recover, QString()));
        QVERIFY2(id > 0, qPrintable(f.center->errorString()));
        QVERIFY(f.waitFinished(id));
        QCOMPARE(m_view->totalMatches(), 2); // hidden: not read yet
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QCOMPARE(m_view->totalMatches(), 3);
        QCOMPARE(shownIds().constFirst(), id);
    }

    void linksAnUndoAndTheRunItUndoes()
    {
        // The journal reads the parameter UndoPlan writes.
        QCOMPARE(QString(runParameters::undoOfKey()), QString(UndoPlan::undoOfKey()));
        // The undo of the STOP run: its three stopped pairs recovered.
        const std::optional<RunRecord> stopped = f.center->journal()->loadRun(m_stopRun);
        QVERIFY(stopped);
        const UndoPlan plan = UndoPlan::forRun(*stopped);
        QVERIFY2(plan.ok(), qPrintable(plan.refusal));
        const qint64 undo =
            f.center->start(plan.inverseSpec(m_stopRun, f.harness.client->now()));
        QVERIFY2(undo > 0, qPrintable(f.center->errorString()));
        QVERIFY(f.waitFinished(undo));

        // Both ways in the list.
        m_view->search(JournalQuery());
        const RunListModel *model = m_view->model();
        const auto undoCell = [model](qint64 runId) {
            return model->index(model->rowOf(runId), RunListModel::Undo).data().toString();
        };
        QCOMPARE(undoCell(undo), QStringLiteral("Undo of run %1").arg(m_stopRun));
        QCOMPARE(undoCell(m_stopRun), QStringLiteral("Undone by run %1").arg(undo));
        QCOMPARE(undoCell(m_otherRun), QString());

        // Under the list: the current run's link, and a button that opens the other run,
        // reached with Tab from the list.
        m_view->activateWindow();
        QApplication::setActiveWindow(m_view.get());
        QTRY_VERIFY(m_view->isActiveWindow());
        QTreeView *view = m_view->view();
        const auto select = [&](qint64 runId) {
            const auto *proxy = static_cast<const QSortFilterProxyModel *>(view->model());
            view->setCurrentIndex(proxy->mapFromSource(model->index(model->rowOf(runId), 0)));
        };
        QSignalSpy open(m_view.get(), &HistoryView::showRunRequested);
        select(m_stopRun);
        QVERIFY2(m_view->linkText().contains(QStringLiteral("Undone by run %1").arg(undo)),
                 qPrintable(m_view->linkText()));
        QCOMPARE(m_view->linkButtons().size(), 1);
        QPushButton *button = m_view->linkButtons().constFirst();
        QCOMPARE(button->text(), QStringLiteral("Open run %1").arg(undo));
        QVERIFY(!button->accessibleName().isEmpty());
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        for (int i = 0; i < 10 && !button->hasFocus(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(button->hasFocus(), "the link's button is not reached with Tab");
        QTest::keyClick(button, Qt::Key_Space);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.last().first().toLongLong(), undo);

        select(undo);
        QVERIFY2(m_view->linkText().contains(QStringLiteral("Undo of run %1").arg(m_stopRun)),
                 qPrintable(m_view->linkText()));
        QCOMPARE(m_view->linkButtons().size(), 1);
        m_view->linkButtons().constFirst()->click();
        QCOMPARE(open.last().first().toLongLong(), m_stopRun);

        // A run without links shows none.
        select(m_otherRun);
        QVERIFY(m_view->linkText().isEmpty());
        QVERIFY(m_view->linkButtons().isEmpty());
    }
};

DESK_PROGRESS_TEST_MAIN(TestHistoryView)
#include "tst_history_view.moc"
