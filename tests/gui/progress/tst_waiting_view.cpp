// The Waiting pane in an offscreen window against a real sandbox, journal and engine (issue
// 23): a STOP on pairs with authorized apps, due a few seconds later, lists its items as
// scheduled with a countdown; Refresh reads them again and names the apps that have not
// acknowledged; a pane opened while they wait reads them at start-up; when their time comes
// the pane reads them again by itself, they leave the list (itemsSettled: 2 took effect), and
// the journal dates them at the sandbox's own transition time. When a re-read settles items
// of several runs (the sandbox clock moved past a STOP's time, a reviewer approved one entity
// of an offline and rejected the other), the shell's FollowUpNotifier notifies once, by run,
// and not again on the next re-read. Every control has a name.
#include "ProgressFixture.h"

#include "dto/ApiActionRequest.h"
#include "shell/FollowUpNotifier.h"
#include "waiting/WaitingView.h"

#include <QAccessible>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTreeView>
#include <QtTest>

using namespace dataarts;
using namespace dataarts::ui;

class TestWaitingView : public QObject
{
    Q_OBJECT

private:
    ProgressFixture f{{QStringLiteral("--apis"), QStringLiteral("40"), QStringLiteral("--clusters"),
                       QStringLiteral("2"), QStringLiteral("--rate-limit"), QStringLiteral("off")}};

    static QString cell(const WaitingView &view, int row, int column)
    {
        return view.model()->index(row, column).data().toString();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
    }

    void followsScheduledItemsToTheirEffect()
    {
        WaitingView view(f.center.get());
        view.resize(1200, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(view.model()->rowCount(), 0);

        const QList<ProgressFixture::Pair> pairs =
            f.take(QStringLiteral("status=PUBLISHED&apps=yes&manager=") + f.admin(), 2);
        QCOMPARE(pairs.size(), 2);
        // Due in 20 seconds on the sandbox clock (whole seconds, as the sandbox dates it).
        QDateTime due = f.harness.client->now().addSecs(20);
        due.setTime(QTime(due.time().hour(), due.time().minute(), due.time().second()));
        const qint64 runId = f.center->start(
            RunSpec::apiAction(pairs, ApiAction::Stop, ApiActionRequest::formatTime(due)));
        QVERIFY2(runId > 0, qPrintable(f.center->errorString()));
        QVERIFY(f.waitFinished(runId));

        // Listed as scheduled, with a countdown; the next read is planned for the time.
        QTRY_COMPARE(view.model()->rowCount(), 2);
        for (int r = 0; r < 2; ++r) {
            QCOMPARE(cell(view, r, WaitingView::Run), QString::number(runId));
            QCOMPARE(cell(view, r, WaitingView::State), QStringLiteral("Scheduled"));
            QVERIFY(!cell(view, r, WaitingView::TimeLeft).isEmpty());
        }
        QVERIFY(view.nextReadAt().isValid());

        // Refresh: still waiting, with the apps that have not acknowledged.
        auto *refresh = view.findChild<QPushButton *>(QStringLiteral("waitingRefreshButton"));
        QVERIFY(refresh && refresh->isEnabled());
        refresh->click();
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(view.model()->rowCount(), 2);
        const QJsonArray apps = f.harness.client
                                    ->pair(pairs.at(0).first, pairs.at(0).second)
                                    .value(QStringLiteral("apps"))
                                    .toArray();
        QVERIFY(!apps.isEmpty());
        QString shown;
        for (int r = 0; r < 2; ++r) {
            if (view.model()->index(r, WaitingView::Item).data(Qt::ToolTipRole).toString() ==
                pairs.at(0).first + QLatin1Char('@') + pairs.at(0).second)
                shown = cell(view, r, WaitingView::Apps);
        }
        for (const QJsonValue &app : apps)
            QVERIFY2(shown.contains(app.toObject().value(QStringLiteral("name")).toString()),
                     qPrintable(shown));

        // A pane opened now reads them at start-up.
        {
            WaitingView second(f.center.get());
            QTRY_VERIFY(!second.isLoading());
            QTRY_VERIFY(!cell(second, 0, WaitingView::Apps).isEmpty());
        }

        // The time comes: the pane reads them again by itself, and they leave the list.
        QSignalSpy settled(&view, &WaitingView::itemsSettled);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 0, 120000);
        QCOMPARE(settled.size(), 1);
        QCOMPARE(settled.first().at(0).toInt(), 2);
        QCOMPARE(settled.first().at(1).toInt(), 0);

        // The journal dates them when the sandbox changed them.
        const std::optional<RunRecord> record = f.center->journal()->loadRun(runId);
        QVERIFY(record);
        for (const JournalItem &item : record->items) {
            QCOMPARE(item.state, ItemState::Success);
            const QJsonArray times = f.harness.client->pair(item.keyId, item.keyPart)
                                         .value(QStringLiteral("history_times_ms"))
                                         .toArray();
            QCOMPARE(item.tookEffectAt().toMSecsSinceEpoch(), qint64(times.last().toDouble()));
            QCOMPARE(item.tookEffectAt(), due);
        }
    }

    void notifiesOncePerReadByRun()
    {
        WaitingView view(f.center.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!view.isLoading());
        FollowUpNotifier notifier(nullptr); // the signal only: no tray in a test
        notifier.follow(&view);
        QSignalSpy notified(&notifier, &FollowUpNotifier::notified);

        // A STOP due in an hour or two, another in about 100 hours (still waiting after the reads),
        // both on the sandbox clock.
        const QList<ProgressFixture::Pair> pairs =
            f.take(QStringLiteral("status=PUBLISHED&apps=yes&manager=") + f.admin(), 3);
        QCOMPARE(pairs.size(), 3);
        const auto inHours = [this](int hours) {
            const QDateTime at = f.harness.client->now().addSecs(hours * 3600);
            return ApiActionRequest::formatTime(
                QDateTime(at.date(), QTime(at.time().hour(), 0), Qt::UTC));
        };
        const qint64 soon =
            f.center->start(RunSpec::apiAction(pairs.mid(0, 2), ApiAction::Stop, inHours(2)));
        QVERIFY2(soon > 0, qPrintable(f.center->errorString()));
        QVERIFY(f.waitFinished(soon));
        const qint64 later =
            f.center->start(RunSpec::apiAction(pairs.mid(2), ApiAction::Stop, inHours(100)));
        QVERIFY2(later > 0, qPrintable(f.center->errorString()));
        QVERIFY(f.waitFinished(later));
        // An offline of two tables waiting for its approver.
        QList<BizInfo> entities;
        for (const QJsonValue &v : f.harness.entities(
                 QStringLiteral("biz_type=TABLE_MODEL&status=PUBLISHED&limit=2&skip=40")))
            entities.append(BizInfo{v.toObject().value(QStringLiteral("id")).toString(),
                                    QStringLiteral("TABLE_MODEL"), EnvType::Unknown});
        QCOMPARE(entities.size(), 2);
        ApprovalBatchRequest options;
        options.approverUserId = f.harness.userId();
        options.approverUserName = f.admin();
        const qint64 offline =
            f.center->start(RunSpec::approvalBatch(RunKind::BatchOffline, entities, options));
        QVERIFY2(offline > 0, qPrintable(f.center->errorString()));
        QVERIFY(f.waitFinished(offline));
        QTRY_COMPARE(view.model()->rowCount(), 5);

        // The reviewer approves one table and rejects the other; the STOP's time passes.
        SandboxClient &client = *f.harness.client;
        QCOMPARE(client.decidePendingApproval(entities.at(0).bizId, QStringLiteral("resolve"),
                                              QStringLiteral("同意")),
                 200);
        QCOMPARE(client.decidePendingApproval(entities.at(1).bizId, QStringLiteral("reject"),
                                              QStringLiteral("请先迁移下游")),
                 200);
        client.advance(3 * 3600);

        // One read: one notification, by run.
        QSignalSpy loading(&view, &WaitingView::loadingChanged);
        auto *refresh = view.findChild<QPushButton *>(QStringLiteral("waitingRefreshButton"));
        refresh->click();
        QTRY_COMPARE_WITH_TIMEOUT(loading.count(), 2, 60000); // started, finished
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(2).toInt(), 3); // two APIs stopped, one table offline
        QCOMPARE(notified.first().at(3).toInt(), 1); // one table refused
        const QString text = notified.first().at(1).toString();
        QVERIFY2(text.contains(QStringLiteral("Run %1: 2 API").arg(soon)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Run %1: 1 entit").arg(offline)) &&
                     text.contains(QStringLiteral("; 1 refused")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Run %1").arg(later)), qPrintable(text));
        QCOMPARE(text.count(QLatin1Char('\n')), 1); // one line per run
        QVERIFY(!notified.first().at(0).toString().isEmpty());
        QCOMPARE(view.model()->rowCount(), 1);

        // The next read settles nothing new: no notification.
        refresh->click();
        QTRY_COMPARE_WITH_TIMEOUT(loading.count(), 4, 60000);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(notified.count(), 1);
    }

    void controlsHaveNames()
    {
        WaitingView view(f.center.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (QWidget *w : view.findChildren<QWidget *>()) {
            if (!qobject_cast<QPushButton *>(w) && !qobject_cast<QTreeView *>(w))
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            QVERIFY(a);
            QVERIFY2(!a->text(QAccessible::Name).isEmpty(), qPrintable(w->objectName()));
        }
    }
};

DESK_PROGRESS_TEST_MAIN(TestWaitingView)
#include "tst_waiting_view.moc"
