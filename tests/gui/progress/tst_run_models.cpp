// The Progress view's models without a server, each under QAbstractItemModelTester for the
// whole test: the tree of requests and items loaded from a journal record, items moving
// under the requests that carry them, batched state changes, the BatchOperationVO totals
// and group remarks of a request, "failed only", and the run list with live totals.
#include "progress/ProgressBarDelegate.h"
#include "progress/RunListModel.h"
#include "progress/RunText.h"
#include "progress/RunTreeModel.h"
#include "progress/RunTreeProxy.h"

#include "batch/BatchResultBody.h"
#include "client/ApiError.h"
#include "i18n/Language.h"
#include "panes/common/StatusText.h"
#include "panes/common/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace dataarts;
using namespace dataarts::ui;

namespace {

JournalItem item(qint64 id, const QString &bizId, ItemState state, qint64 requestRef = 0)
{
    JournalItem j;
    j.id = id;
    j.runId = 7;
    j.keyId = bizId;
    j.keyPart = QStringLiteral("TABLE_MODEL");
    j.state = state;
    j.requestRef = requestRef;
    return j;
}

// Run 7: request 1 carried items 1-2 (answered), items 3-6 not sent yet.
RunRecord record()
{
    RunRecord r;
    r.run.id = 7;
    r.run.kind = RunKind::BatchOffline;
    r.run.total = 6;
    r.run.counts = {{ItemState::Success, 1}, {ItemState::Failed, 1}, {ItemState::Queued, 4}};
    JournalRequest req;
    req.ref = 1;
    req.runId = 7;
    req.itemIds = {1, 2};
    req.requestId = QStringLiteral("req-1");
    req.httpStatus = 200;
    BatchOperation op;
    op.total = 2;
    op.success = 1;
    op.failed = 1;
    op.rate = QStringLiteral("50%");
    BatchOperation ok;
    ok.bizId = QStringLiteral("b1");
    BatchOperation bad;
    bad.bizId = QStringLiteral("b2");
    bad.remark = QStringLiteral("实体已被引用, \"cannot\" go offline");
    op.groups = {ok, bad};
    req.resultBody = batchResultBody::encode(op);
    req.sentAt = QDateTime::currentDateTimeUtc();
    req.answeredAt = req.sentAt;
    r.requests = {req};
    r.items = {item(1, QStringLiteral("b1"), ItemState::Success, 1),
               item(2, QStringLiteral("b2"), ItemState::Failed, 1),
               item(3, QStringLiteral("b3"), ItemState::Queued),
               item(4, QStringLiteral("b4"), ItemState::Queued),
               item(5, QStringLiteral("b5"), ItemState::Queued),
               item(6, QStringLiteral("b6"), ItemState::Queued)};
    r.items[1].code = QStringLiteral("DLG.1234");
    return r;
}

bool hasChinese(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    }
    return false;
}

QModelIndex child(const QAbstractItemModel &m, int parentRow, int row, int column = 0)
{
    return m.index(row, column, m.index(parentRow, 0));
}

} // namespace

class TestRunModels : public QObject
{
    Q_OBJECT

private slots:
    void treeLoadsAndFollowsARun()
    {
        RunTreeModel model;
        RunTreeProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.setRun(record());
        QCOMPARE(model.rowCount(), 2); // request 1, then "not sent yet"
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.rowCount(model.index(1, 0)), 4);
        QCOMPARE(model.index(0, RunTreeModel::Key).data().toString(), QStringLiteral("Request 1"));
        QCOMPARE(model.index(0, RunTreeModel::Http).data().toInt(), 200);
        QCOMPARE(model.index(0, RunTreeModel::RequestId).data().toString(),
                 QStringLiteral("req-1"));
        const QString totals = model.index(0, RunTreeModel::Totals).data().toString();
        QVERIFY2(totals.contains(QLatin1String("50%")), qPrintable(totals));
        // The group's remark, verbatim, for the item that has none of its own.
        QCOMPARE(child(model, 0, 1, RunTreeModel::Remark).data().toString(),
                 QStringLiteral("实体已被引用, \"cannot\" go offline"));
        QCOMPARE(child(model, 0, 1, RunTreeModel::Code).data().toString(),
                 QStringLiteral("DLG.1234"));
        QCOMPARE(child(model, 0, 1, RunTreeModel::State).data(roles::Tone).toInt(),
                 int(RunText::itemStateTone(ItemState::Failed)));

        // Request 2 takes items 3 and 4; request 3 takes 5 and 6: the "not sent" row goes.
        QSignalSpy moved(&model, &QAbstractItemModel::rowsInserted);
        RequestEvent second;
        second.runId = 7;
        second.requestRef = 2;
        second.itemIds = {3, 4};
        second.method = "POST";
        second.path = QStringLiteral("/v2/p/design/approvals/batch-offline");
        model.requestsStarted({second});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, 0).data().toString(),
                 QStringLiteral("POST /v2/p/design/approvals/batch-offline"));
        QCOMPARE(model.rowCount(model.index(1, 0)), 2);
        QCOMPARE(model.rowCount(model.index(2, 0)), 2);
        RequestEvent third = second;
        third.requestRef = 3;
        third.itemIds = {6, 5};
        model.requestsStarted({third});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.requestCount(), 3);
        QCOMPARE(model.rowCount(model.index(2, 0)), 2);
        QCOMPARE(child(model, 2, 0).data(RunTreeModel::NodeIdRole).toLongLong(), 6);

        // States in one batch; one dataChanged per request, not per item.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<ItemChange> changes;
        for (qint64 id : {3, 4, 5, 6}) {
            ItemChange c;
            c.itemId = id;
            c.state = id == 5 ? ItemState::Failed : ItemState::PendingApproval;
            c.code = id == 5 ? QStringLiteral("DLG.9") : QString();
            c.remark = id == 5 ? QStringLiteral("refused") : QString();
            changes.append(c);
        }
        model.itemsChanged(changes);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.count(ItemState::Failed), 2);
        QCOMPARE(model.count(ItemState::PendingApproval), 3);
        QCOMPARE(model.itemIndex(5).siblingAtColumn(RunTreeModel::Remark).data().toString(),
                 QStringLiteral("refused"));

        // The answer of request 3.
        RequestEvent answer = third;
        answer.requestId = QStringLiteral("req-3");
        answer.httpStatus = 200;
        model.requestFinished(answer);
        QCOMPARE(model.index(2, RunTreeModel::RequestId).data().toString(),
                 QStringLiteral("req-3"));
        QCOMPARE(model.itemIndex(5).siblingAtColumn(RunTreeModel::RequestId).data().toString(),
                 QStringLiteral("req-3"));

        // Failed only: items 2 and 5 under their requests.
        proxy.setFailedOnly(true);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
        QCOMPARE(proxy.rowCount(proxy.index(1, 0)), 1);
        QCOMPARE(proxy.index(0, 0, proxy.index(1, 0)).data(RunTreeModel::NodeIdRole).toLongLong(),
                 5);
        proxy.setFailedOnly(false);
        QCOMPARE(proxy.rowCount(), 3);

        // Events of another run are ignored; clear() empties.
        RequestEvent other = second;
        other.runId = 8;
        other.requestRef = 9;
        model.requestsStarted({other});
        QCOMPARE(model.rowCount(), 3);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.itemCount(), 0);
    }

    void runListShowsTotalsAndState()
    {
        RunListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        RunSummary a;
        a.id = 1;
        a.kind = RunKind::ApiAction;
        a.createdBy = QStringLiteral("li.na");
        a.createdAt = QDateTime::currentDateTimeUtc();
        a.finishedAt = a.createdAt;
        a.total = 4;
        a.counts = {{ItemState::Success, 3}, {ItemState::Failed, 1}};
        RunSummary b = a;
        b.id = 2;
        b.finishedAt = QDateTime();
        b.counts = {{ItemState::Queued, 4}};
        model.setRuns({b, a}, {2});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(1), 1);
        // Issue 19 (3): a finished run's badge says how it ended.
        QCOMPARE(model.stateAt(1), RunState::DoneWithFailures);
        QCOMPARE(model.index(1, RunListModel::State).data(roles::Tone).toInt(),
                 int(StatusTone::Attention));
        QCOMPARE(model.stateAt(0), RunState::Running);
        QCOMPARE(model.index(1, RunListModel::Failed).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(1, RunListModel::Rate).data().toString(), RunText::percent(1.0));
        QCOMPARE(model.index(0, RunListModel::Progress)
                     .data(ProgressBarDelegate::progressRole())
                     .toDouble(),
                 0.0);

        RunTotals live;
        live.total = 4;
        live.success = 2;
        live.queued = 2;
        model.setTotals(2, live);
        QCOMPARE(model.index(0, RunListModel::Progress)
                     .data(ProgressBarDelegate::progressRole())
                     .toDouble(),
                 0.5);
        // Not running any more and not finished in the journal: interrupted.
        model.setRunning(2, false);
        QCOMPARE(model.stateAt(0), RunState::Interrupted);

        {
            RunSummary allDone = a;
            allDone.id = 10;
            allDone.counts = {{ItemState::Success, 2}, {ItemState::PendingApproval, 2}};
            RunSummary allFailed = a;
            allFailed.id = 11;
            allFailed.counts = {{ItemState::Failed, 4}};
            RunListModel other;
            other.setRuns({allDone, allFailed}, {});
            QCOMPARE(other.stateAt(other.rowOf(10)), RunState::AllDone);
            QCOMPARE(other.stateAt(other.rowOf(11)), RunState::AllFailed);
            QCOMPARE(other.index(other.rowOf(11), RunListModel::State).data(roles::Tone).toInt(),
                     int(StatusTone::Bad));
            QVERIFY(other.index(other.rowOf(11), RunListModel::State).data().toString() !=
                    other.index(other.rowOf(10), RunListModel::State).data().toString());
            // "Completed 100 %" beside "0 succeeded" must not read as a success rate.
            QVERIFY(!other.headerData(RunListModel::Rate, Qt::Horizontal, Qt::ToolTipRole)
                         .toString()
                         .isEmpty());
            const QString line =
                RunText::summary(11, RunState::AllFailed, other.totalsAt(other.rowOf(11)));
            QVERIFY2(line.contains(QStringLiteral("All failed")) &&
                         line.contains(QStringLiteral("0 succeeded")) &&
                         line.contains(QStringLiteral("4 failed")),
                     qPrintable(line));
        }
        RunSummary c = a;
        c.id = 3;
        c.cancelled = true;
        model.upsert(c, false);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(3), 0);
        QCOMPARE(model.stateAt(0), RunState::Cancelled);
        model.upsert(c, false); // known: replaced, not added
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, RunListModel::State).data(roles::Tone).toInt(),
                 int(RunText::runStateTone(RunState::Cancelled)));
    }

    // Words of the server are shown by their labels, the raw values kept in the tooltips: a
    // known error code has its translated meaning beside it (the remark stays verbatim), a
    // remark that is an approval status reads as one, the entity type by its name; in
    // Chinese no raw value is left in the cells.
    void serverWordsHaveLabels_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void serverWordsHaveLabels()
    {
        QFETCH(QString, language);
        Language lang;
        QVERIFY(lang.apply(language));
        RunRecord r = record();
        r.items[0].code = QStringLiteral("DLM.4182");
        r.items[0].remark = QStringLiteral("Illegal action: the api is offline");
        r.items[1].code.clear();
        r.items[1].remark = QStringLiteral("DEVELOPING");
        r.items[1].displayName = QStringLiteral("销售订单_明细表");
        RunTreeModel model;
        model.setRun(r);
        const QModelIndex first = child(model, 0, 0);
        const QModelIndex second = child(model, 0, 1);
        const QString code = first.siblingAtColumn(RunTreeModel::Code).data().toString();
        const QString meaning = ApiError::describeCode(QStringLiteral("DLM.4182"));
        QVERIFY(!meaning.isEmpty());
        QVERIFY2(code.startsWith(QStringLiteral("DLM.4182")) && code.contains(meaning),
                 qPrintable(code));
        QCOMPARE(first.siblingAtColumn(RunTreeModel::Code).data(Qt::ToolTipRole).toString(),
                 meaning);
        QCOMPARE(first.siblingAtColumn(RunTreeModel::Remark).data().toString(),
                 QStringLiteral("Illegal action: the api is offline"));
        const QString remark = second.siblingAtColumn(RunTreeModel::Remark).data().toString();
        QCOMPARE(remark, StatusText::serverWord(QStringLiteral("DEVELOPING")));
        QCOMPARE(second.siblingAtColumn(RunTreeModel::Remark).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("DEVELOPING"));
        const QString key = second.data().toString();
        QVERIFY2(key.contains(StatusText::tableType(QStringLiteral("TABLE_MODEL"))) &&
                     !key.contains(QStringLiteral("TABLE_MODEL")) && key.contains(QStringLiteral("b2")),
                 qPrintable(key));
        QVERIFY(second.data(Qt::ToolTipRole).toString().contains(QStringLiteral("TABLE_MODEL b2")));
        if (language == QLatin1String("zh_CN")) {
            QVERIFY2(hasChinese(meaning), qPrintable(meaning));
            QVERIFY2(hasChinese(remark), qPrintable(remark));
        }
        QVERIFY(lang.apply(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestRunModels)
#include "tst_run_models.moc"
