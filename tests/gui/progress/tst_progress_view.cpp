// The Progress view in an offscreen window against a real sandbox, journal and engine:
// live updates while a run of a few hundred API actions runs (the counts reach the totals),
// "Failed only" shows exactly the FAILED items, Retry failed starts a run of exactly those
// items and selects it, Cancel leaves CANCELLED items and a finished run, and Export writes
// CSV (with a BOM only when asked) and JSON whose contents agree with the journal; Undo… of
// a STOP run and of a batch-offline run (shown by name, approver asked, then put back).
#include "ProgressFixture.h"

#include "csv/CsvReader.h"
#include "dto/ApiActionRequest.h"
#include "journal/RunExport.h"
#include "panes/common/ItemRoles.h"
#include "progress/ProgressView.h"
#include "progress/RunListModel.h"
#include "progress/RunTreeModel.h"
#include "progress/RunTreeProxy.h"
#include "progress/UndoDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace dataarts;
using namespace dataarts::ui;

namespace {

constexpr int kMine = 200;
constexpr int kNotMine = 20;
// Generous: the journal syncs every write to disk, and CI machines are busy.
constexpr int kWaitMs = 240000;

QString key(const QString &a, const QString &b)
{
    return a + QLatin1Char('/') + b;
}

// Every item row the proxy shows, with its state.
QList<QModelIndex> leaves(const QAbstractItemModel *model)
{
    QList<QModelIndex> out;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex parent = model->index(r, 0);
        for (int c = 0; c < model->rowCount(parent); ++c)
            out.append(model->index(c, 0, parent));
    }
    return out;
}

} // namespace

class TestProgressView : public QObject
{
    Q_OBJECT

private:
    ProgressFixture f{{QStringLiteral("--tables"), QStringLiteral("120"), QStringLiteral("--apis"),
                       QStringLiteral("700"), QStringLiteral("--clusters"), QStringLiteral("3"),
                       QStringLiteral("--latency-ms"), QStringLiteral("1:4"),
                       QStringLiteral("--rate-limit"), QStringLiteral("off")}};
    std::unique_ptr<ProgressView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_testers[3];
    qint64 m_first = 0;
    QSet<QString> m_notMine;

    RunListModel *runs() const { return m_view->runListModel(); }
    RunTreeModel *tree() const { return m_view->treeModel(); }

    RunTotals totalsOf(qint64 runId) const { return runs()->totalsAt(runs()->rowOf(runId)); }

    // For a failure message: where a run that did not finish stands.
    QString stateOf(qint64 runId) const
    {
        const RunTotals t = totalsOf(runId);
        return QStringLiteral("run %1: %2 of %3 final, %4 sending, %5 unknown, %6 queued")
            .arg(runId)
            .arg(t.finalCount())
            .arg(t.total)
            .arg(t.sending)
            .arg(t.unknown)
            .arg(t.queued);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        m_view = std::make_unique<ProgressView>(f.center.get());
        m_view->resize(1200, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        m_testers[0] = std::make_unique<QAbstractItemModelTester>(runs(), mode);
        m_testers[1] = std::make_unique<QAbstractItemModelTester>(tree(), mode);
        m_testers[2] = std::make_unique<QAbstractItemModelTester>(m_view->treeProxy(), mode);
    }

    void cleanupTestCase()
    {
        for (auto &tester : m_testers)
            tester.reset();
        m_view.reset();
    }

    void followsARunLive()
    {
        const QList<ProgressFixture::Pair> mine =
            f.take(QStringLiteral("status=PUBLISHED&apps=no&manager=") + f.admin(), kMine);
        const QList<ProgressFixture::Pair> notMine =
            f.take(QStringLiteral("status=PUBLISHED&apps=no&not_manager=") + f.admin(), kNotMine);
        QCOMPARE(mine.size(), kMine);
        QCOMPARE(notMine.size(), kNotMine);
        for (const auto &p : notMine)
            m_notMine.insert(key(p.first, p.second));
        // Interleaved, so that failures come throughout the run.
        QList<ProgressFixture::Pair> pairs;
        for (int i = 0; i < kMine; ++i) {
            pairs.append(mine.at(i));
            if (i % (kMine / kNotMine) == 0)
                pairs.append(notMine.at(i / (kMine / kNotMine)));
        }
        QCOMPARE(pairs.size(), kMine + kNotMine);

        // What the tree shows while the run goes: the counts at each batched update.
        int liveUpdates = 0;
        int liveSuccess = 0;
        int liveFailed = 0;
        int requestRows = 0;
        QList<int> progress;
        QObject context; // the connections below end with this function
        connect(tree(), &QAbstractItemModel::dataChanged, &context, [&] {
            ++liveUpdates;
            liveSuccess = tree()->count(ItemState::Success);
            liveFailed = tree()->count(ItemState::Failed);
        });
        connect(tree(), &QAbstractItemModel::rowsInserted, &context,
                [&](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        requestRows += last - first + 1;
                });
        connect(runs(), &QAbstractItemModel::dataChanged, &context, [&] {
            if (m_first > 0)
                progress.append(totalsOf(m_first).finalCount());
        });

        m_first = f.center->start(RunSpec::apiAction(pairs, ApiAction::Stop, QString()));
        QVERIFY2(m_first > 0, qPrintable(f.center->errorString()));
        QVERIFY(m_view->showRun(m_first));
        QCOMPARE(m_view->selectedRunId(), m_first);
        QCOMPARE(runs()->stateAt(runs()->rowOf(m_first)), RunState::Running);
        QVERIFY(m_view->findChild<QPushButton *>(QStringLiteral("cancelRunButton"))->isEnabled());
        QVERIFY2(f.waitFinished(m_first, kWaitMs), qPrintable(stateOf(m_first)));
        QObject::disconnect(tree(), nullptr, &context, nullptr);
        QObject::disconnect(runs(), nullptr, &context, nullptr);

        // Live: the tree took in every request and reached the totals before the journal
        // reload at the end; the run list passed through intermediate counts.
        QCOMPARE(liveSuccess, kMine);
        QCOMPARE(liveFailed, kNotMine);
        QCOMPARE(requestRows, kMine + kNotMine);
        QVERIFY(liveUpdates > 1);
        QVERIFY2(std::any_of(progress.cbegin(), progress.cend(),
                             [](int n) { return n > 0 && n < kMine + kNotMine; }),
                 "no intermediate totals");
        // Finished: list and tree from the journal.
        const RunTotals t = totalsOf(m_first);
        QCOMPARE(t.total, kMine + kNotMine);
        QCOMPARE(t.success, kMine);
        QCOMPARE(t.failed, kNotMine);
        QCOMPARE(runs()->stateAt(runs()->rowOf(m_first)), RunState::DoneWithFailures);
        const QModelIndex rate = runs()->index(runs()->rowOf(m_first), RunListModel::Rate);
        QCOMPARE(rate.data().toString(), RunText::percent(1.0));
        QCOMPARE(tree()->itemCount(), kMine + kNotMine);
        QCOMPARE(tree()->requestCount(), kMine + kNotMine);
        QCOMPARE(tree()->rowCount(), kMine + kNotMine); // nothing left "not sent"
        QCOMPARE(tree()->count(ItemState::Success), kMine);
        QVERIFY(!m_view->findChild<QPushButton *>(QStringLiteral("cancelRunButton"))->isEnabled());
        // A request row shows the HTTP status and request id; a failed item its code and
        // the server's message verbatim.
        const std::optional<RunRecord> record = f.center->journal()->loadRun(m_first);
        QVERIFY(record);
        // RunCenter::start() recorded the open profile with the run.
        QCOMPARE(record->run.profileId, QStringLiteral("profile-1"));
        QCOMPARE(record->run.profileName, QStringLiteral("Sandbox"));
        for (const JournalItem &j : record->items) {
            if (j.state != ItemState::Failed)
                continue;
            const QModelIndex item = tree()->itemIndex(j.id);
            QVERIFY(item.isValid());
            // The code as sent, its known meaning beside it.
            QCOMPARE(item.siblingAtColumn(RunTreeModel::Code).data(roles::Sort).toString(), j.code);
            QVERIFY(item.siblingAtColumn(RunTreeModel::Code).data().toString().startsWith(j.code));
            QCOMPARE(item.siblingAtColumn(RunTreeModel::Remark).data().toString(), j.remark);
            QVERIFY(!j.remark.isEmpty());
            QCOMPARE(item.siblingAtColumn(RunTreeModel::State).data().toString(),
                     RunText::itemState(ItemState::Failed));
            const QModelIndex request = item.parent();
            QVERIFY(request.siblingAtColumn(RunTreeModel::Http).data().toInt() >= 400);
            QCOMPARE(request.siblingAtColumn(RunTreeModel::RequestId).data().toString(),
                     j.requestId);
            QVERIFY(!j.requestId.isEmpty());
        }
    }

    void failedOnlyShowsExactlyTheFailedItems()
    {
        QCOMPARE(m_view->selectedRunId(), m_first);
        auto *check = m_view->findChild<QCheckBox *>(QStringLiteral("failedOnlyCheck"));
        QVERIFY(check);
        QCOMPARE(leaves(m_view->treeProxy()).size(), kMine + kNotMine);
        check->click();
        QVERIFY(m_view->treeProxy()->failedOnly());
        const QList<QModelIndex> shown = leaves(m_view->treeProxy());
        QCOMPARE(shown.size(), kNotMine);
        QSet<qint64> ids;
        for (const QModelIndex &i : shown) {
            QCOMPARE(ItemState(i.data(RunTreeModel::ItemStateRole).toInt()), ItemState::Failed);
            ids.insert(i.data(RunTreeModel::NodeIdRole).toLongLong());
        }
        QSet<QString> keys;
        const std::optional<RunRecord> record = f.center->journal()->loadRun(m_first);
        QVERIFY(record);
        for (const JournalItem &j : record->items) {
            if (ids.contains(j.id))
                keys.insert(key(j.keyId, j.keyPart));
        }
        QCOMPARE(keys, m_notMine);
        QCOMPARE(m_view->treeProxy()->rowCount(), kNotMine); // only their requests
        check->click();
        QCOMPARE(leaves(m_view->treeProxy()).size(), kMine + kNotMine);
    }

    void retryFailedStartsARunOfThoseItems()
    {
        auto *retry = m_view->findChild<QPushButton *>(QStringLiteral("retryFailedButton"));
        QVERIFY(retry->isEnabled());
        const int rows = runs()->rowCount();
        retry->click();
        const qint64 second = m_view->selectedRunId();
        QVERIFY2(second > m_first, qPrintable(m_view->message()));
        QCOMPARE(runs()->rowCount(), rows + 1);
        QVERIFY2(f.waitFinished(second, kWaitMs), qPrintable(stateOf(second)));
        const std::optional<RunRecord> record = f.center->journal()->loadRun(second);
        QVERIFY(record);
        QCOMPARE(record->run.retryOf, m_first);
        QSet<QString> keys;
        for (const JournalItem &j : record->items)
            keys.insert(key(j.keyId, j.keyPart));
        QCOMPARE(keys, m_notMine);
        QCOMPARE(record->items.size(), kNotMine);
        QCOMPARE(m_view->selectedRunId(), second);
        QCOMPARE(tree()->itemCount(), kNotMine);
        QCOMPARE(totalsOf(second).failed, kNotMine); // still not ours to stop
        m_view->showRun(m_first);
        QCOMPARE(tree()->itemCount(), kMine + kNotMine);
    }

    void undoShowsThePairsThenPutsThemBack()
    {
        // Issue 23: Undo… on a finished STOP run reads each pair again, shows them by name
        // with their count before anything is sent, and the accepted undo recovers them.
        const QList<ProgressFixture::Pair> pairs =
            f.take(QStringLiteral("status=PUBLISHED&apps=no&manager=") + f.admin(), 3);
        QCOMPARE(pairs.size(), 3);
        RunSpec spec = RunSpec::apiAction(pairs, ApiAction::Stop, QString());
        for (int i = 0; i < 3; ++i)
            spec.items[i].displayName = QStringLiteral("订单接口 %1 @ cluster").arg(i);
        const qint64 stopRun = f.center->start(spec);
        QVERIFY2(stopRun > 0, qPrintable(f.center->errorString()));
        QVERIFY(f.waitFinished(stopRun, kWaitMs));
        QVERIFY(m_view->showRun(stopRun));
        QCOMPARE(totalsOf(stopRun).success, 3);
        auto *undo = m_view->findChild<QPushButton *>(QStringLiteral("undoRunButton"));
        QTRY_VERIFY(undo->isEnabled());
        const qint64 requestsBefore = f.harness.client->stats()
                                          .value(QStringLiteral("requests"))
                                          .toObject()
                                          .value(QStringLiteral("by_kind"))
                                          .toObject()
                                          .value(QStringLiteral("dataservice.action"))
                                          .toInteger();
        undo->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->undoDialog() && m_view->undoDialog()->isVisible(),
                                 kWaitMs);
        UndoDialog *dialog = m_view->undoDialog();
        QCOMPARE(dialog->targetList()->topLevelItemCount(), 3);
        QVERIFY(
            dialog->targetList()->topLevelItem(0)->text(0).startsWith(QStringLiteral("订单接口")));
        QVERIFY(dialog->undoButton()->text().contains(QStringLiteral("3")));
        QCOMPARE(dialog->skippedList()->topLevelItemCount(), 0);
        // Shown, not sent.
        QCOMPARE(f.harness.client->stats()
                     .value(QStringLiteral("requests"))
                     .toObject()
                     .value(QStringLiteral("by_kind"))
                     .toObject()
                     .value(QStringLiteral("dataservice.action"))
                     .toInteger(),
                 requestsBefore);
        dialog->undoButton()->click();
        QTRY_VERIFY(m_view->selectedRunId() > stopRun);
        const qint64 undoRun = m_view->selectedRunId();
        QVERIFY(f.waitFinished(undoRun, kWaitMs));
        QCOMPARE(totalsOf(undoRun).success, 3);
        for (const auto &p : pairs) {
            QString status = f.harness.client->pair(p.first, p.second)
                                 .value(QStringLiteral("status"))
                                 .toString();
            status.remove(QStringLiteral("API_STATUS_"));
            QCOMPARE(status, QStringLiteral("PUBLISHED"));
        }
        const std::optional<RunSummary> s = f.center->journal()->runSummary(undoRun);
        QVERIFY(s);
        QCOMPARE(s->parameters.value(UndoPlan::undoOfKey()).toInteger(), stopRun);
    }

    void undoOfABatchOfflineAsksTheApproverThenPublishesAgain()
    {
        // Issue 23: Undo… on a finished batch-offline run (fast approval) reads each entity
        // again, shows them by name and asks for the approver (the run's, chosen from the
        // listed approvers) before anything is sent; the accepted undo is a batch publish
        // that puts every entity back to PUBLISHED, and the undo itself is not undoable.
        const QJsonArray found =
            f.harness.entities(QStringLiteral("biz_type=TABLE_MODEL&status=PUBLISHED&limit=3"));
        QCOMPARE(found.size(), 3);
        QList<BizInfo> entities;
        for (const QJsonValue &v : found)
            entities.append(BizInfo{v.toObject().value(QStringLiteral("id")).toString(),
                                    QStringLiteral("TABLE_MODEL"), EnvType::Unknown});
        ApprovalBatchRequest options;
        options.approverUserId = f.harness.userId();
        options.approverUserName = f.admin();
        options.fastApproval = true;
        RunSpec spec = RunSpec::approvalBatch(RunKind::BatchOffline, entities, options);
        for (int i = 0; i < 3; ++i)
            spec.items[i].displayName = QStringLiteral("订单表 %1").arg(i);
        const qint64 offlineRun = f.center->start(spec);
        QVERIFY2(offlineRun > 0, qPrintable(f.center->errorString()));
        QVERIFY(f.waitFinished(offlineRun, kWaitMs));
        QCOMPARE(totalsOf(offlineRun).success, 3);
        for (const BizInfo &e : entities)
            QCOMPARE(f.harness.entityStatus(e.bizId), QStringLiteral("OFFLINE"));
        QVERIFY(m_view->showRun(offlineRun));
        auto *undo = m_view->findChild<QPushButton *>(QStringLiteral("undoRunButton"));
        QTRY_VERIFY(undo->isEnabled());
        const int publishesBefore = int(f.harness.requests(QStringLiteral("batch-publish")).size());
        undo->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->undoDialog() && m_view->undoDialog()->isVisible(),
                                 kWaitMs);
        UndoDialog *dialog = m_view->undoDialog();
        QCOMPARE(dialog->targetList()->topLevelItemCount(), 3);
        for (int i = 0; i < 3; ++i) {
            const QTreeWidgetItem *row = dialog->targetList()->topLevelItem(i);
            QCOMPARE(row->text(0), QStringLiteral("订单表 %1").arg(i));
            QCOMPARE(row->text(2), entities.at(i).bizId);
            QCOMPARE(row->text(3), QStringLiteral("OFFLINE"));
        }
        QCOMPARE(dialog->skippedList()->topLevelItemCount(), 0);
        QVERIFY(dialog->undoButton()->text().contains(QStringLiteral("3")));
        // The approver: the run's, chosen once the approvers are listed; fast as the run.
        QVERIFY(dialog->approverBox());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->approversLoaded(), kWaitMs);
        QVERIFY2(dialog->approverBox()->count() >= 1, qPrintable(dialog->approverStatus()));
        QCOMPARE(dialog->approverBox()->currentData().toString(), f.harness.userId());
        QVERIFY(dialog->fastBox()->isChecked());
        QCOMPARE(dialog->plan().approval.approverUserId, f.harness.userId());
        QVERIFY(dialog->undoButton()->isEnabled());
        // Shown, not sent.
        QCOMPARE(int(f.harness.requests(QStringLiteral("batch-publish")).size()), publishesBefore);
        for (const BizInfo &e : entities)
            QCOMPARE(f.harness.entityStatus(e.bizId), QStringLiteral("OFFLINE"));

        dialog->undoButton()->click();
        QTRY_VERIFY(m_view->selectedRunId() > offlineRun);
        const qint64 undoRun = m_view->selectedRunId();
        QVERIFY(f.waitFinished(undoRun, kWaitMs));
        QCOMPARE(totalsOf(undoRun).success, 3);
        for (const BizInfo &e : entities)
            QCOMPARE(f.harness.entityStatus(e.bizId), QStringLiteral("PUBLISHED"));
        const std::optional<RunSummary> s = f.center->journal()->runSummary(undoRun);
        QVERIFY(s);
        QCOMPARE(s->kind, RunKind::BatchPublish);
        QCOMPARE(s->parameters.value(UndoPlan::undoOfKey()).toInteger(), offlineRun);
        // The undo (a batch publish) offers no undo of its own.
        QTRY_VERIFY(!undo->isEnabled());
    }

    void cancelLeavesCancelledItems()
    {
        const QList<ProgressFixture::Pair> pairs =
            f.take(QStringLiteral("status=PUBLISHED&apps=no&manager=") + f.admin(), 150);
        QCOMPARE(pairs.size(), 150);
        RunSpec spec = RunSpec::apiAction(pairs, ApiAction::Stop, QString());
        spec.concurrency = 1;
        const qint64 id = f.center->start(spec);
        QVERIFY2(id > 0, qPrintable(f.center->errorString()));
        QVERIFY(m_view->showRun(id));
        // Cancel at once: what has not been sent is not sent.
        auto *cancel = m_view->findChild<QPushButton *>(QStringLiteral("cancelRunButton"));
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QVERIFY2(f.waitFinished(id, kWaitMs), qPrintable(stateOf(id)));
        const RunTotals t = totalsOf(id);
        QCOMPARE(t.total, 150);
        QVERIFY(t.cancelled > 0);
        QCOMPARE(t.success + t.cancelled, 150); // in-flight requests finished
        QCOMPARE(runs()->stateAt(runs()->rowOf(id)), RunState::Cancelled);
        QCOMPARE(tree()->count(ItemState::Cancelled), t.cancelled);
        QCOMPARE(tree()->count(ItemState::Queued) + tree()->count(ItemState::Sending), 0);
        QVERIFY(!cancel->isEnabled());
        const std::optional<RunSummary> s = f.center->journal()->runSummary(id);
        QVERIFY(s && s->cancelled && s->finishedAt.isValid());
    }

    void exportsCsvAndJson()
    {
        const std::optional<RunRecord> record = f.center->journal()->loadRun(m_first);
        QVERIFY(record);
        const QString csvPath = f.harness.dir.filePath(QStringLiteral("run.csv"));
        const QString bomPath = f.harness.dir.filePath(QStringLiteral("run-bom.csv"));
        const QString jsonPath = f.harness.dir.filePath(QStringLiteral("run.json"));
        QVERIFY2(m_view->exportRun(m_first, csvPath, ProgressView::ExportFormat::Csv),
                 qPrintable(m_view->message()));
        QVERIFY(m_view->exportRun(m_first, bomPath, ProgressView::ExportFormat::CsvWithBom));
        QVERIFY(m_view->exportRun(m_first, jsonPath, ProgressView::ExportFormat::Json));

        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csv = csvFile.readAll();
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
        QFile bomFile(bomPath);
        QVERIFY(bomFile.open(QIODevice::ReadOnly));
        const QByteArray bom = bomFile.readAll();
        QVERIFY(bom.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bom.mid(3), csv);

        const CsvReader::Result rows = CsvReader::read(csv);
        QVERIFY(rows.problems.isEmpty());
        QCOMPARE(rows.records.size(), kMine + kNotMine + 1);
        const QStringList header = RunExport::csvHeader(RunKind::ApiAction);
        QCOMPARE(rows.records.first().fields, header);
        const int apiCol = int(header.indexOf(QStringLiteral("api_id")));
        const int stateCol = int(header.indexOf(QStringLiteral("state")));
        const int remarkCol = int(header.indexOf(QStringLiteral("remark")));
        QVERIFY(apiCol >= 0 && stateCol >= 0 && remarkCol >= 0);
        for (int i = 0; i < record->items.size(); ++i) {
            const QStringList &row = rows.records.at(i + 1).fields;
            QCOMPARE(row.at(apiCol), record->items.at(i).keyId);
            QCOMPARE(row.at(stateCol), itemStates::name(record->items.at(i).state));
            QCOMPARE(row.at(remarkCol), record->items.at(i).remark);
        }

        QFile jsonFile(jsonPath);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(jsonFile.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = json.object();
        QCOMPARE(
            root.value(QStringLiteral("run")).toObject().value(QStringLiteral("id")).toInteger(),
            m_first);
        const QJsonArray items = root.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), kMine + kNotMine);
        int failed = 0;
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject o = items.at(i).toObject();
            QCOMPARE(o.value(QStringLiteral("api_id")).toString(), record->items.at(i).keyId);
            QCOMPARE(o.value(QStringLiteral("state")).toString(),
                     itemStates::name(record->items.at(i).state));
            failed += o.value(QStringLiteral("state")).toString() == QLatin1String("FAILED");
        }
        QCOMPARE(failed, kNotMine);
        QCOMPARE(root.value(QStringLiteral("requests")).toArray().size(), kMine + kNotMine);

        // A path that cannot be written: a clear message, no file.
        const QString bad = f.harness.dir.filePath(QStringLiteral("missing/folder/run.csv"));
        QVERIFY(!m_view->exportRun(m_first, bad, ProgressView::ExportFormat::Csv));
        QVERIFY(!m_view->message().isEmpty());
        QVERIFY(!QFile::exists(bad));
    }

    void refreshPendingFollowsScheduledItems()
    {
        const QList<ProgressFixture::Pair> withApps =
            f.take(QStringLiteral("status=PUBLISHED&apps=yes&manager=") + f.admin(), 3);
        QCOMPARE(withApps.size(), 3);
        // Authorized apps: the stop takes effect at the time asked for, 49 hours on.
        const QString time = ApiActionRequest::defaultTime(f.harness.client->now().addSecs(3600));
        const qint64 id = f.center->start(RunSpec::apiAction(withApps, ApiAction::Stop, time));
        QVERIFY2(id > 0, qPrintable(f.center->errorString()));
        QVERIFY(m_view->showRun(id));
        QVERIFY2(f.waitFinished(id, kWaitMs), qPrintable(stateOf(id)));
        QCOMPARE(totalsOf(id).scheduled, 3);
        QCOMPARE(tree()->count(ItemState::Scheduled), 3);
        auto *refresh = m_view->findChild<QPushButton *>(QStringLiteral("refreshPendingButton"));
        QVERIFY(refresh->isEnabled());

        // The time comes; Refresh pending reads the state and records SUCCESS.
        f.harness.client->advance(50 * 3600);
        QSignalSpy refreshed(f.center.get(), &RunCenter::pendingRefreshed);
        refresh->click();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(refreshed.first().at(1).toInt(), 3);
        QCOMPARE(totalsOf(id).success, 3);
        QCOMPARE(tree()->count(ItemState::Success), 3);
        QVERIFY(!refresh->isEnabled());
    }

    void undoOfAnUnpublishListsTheAppsThenGivesThemBack()
    {
        // Issue 23: an UNPUBLISH run records the apps before it sends; once it took effect,
        // Undo… lists each pair with the apps it gets back by name and says what cannot be
        // restored; the accepted undo publishes again and authorizes the same apps.
        const QList<ProgressFixture::Pair> pairs =
            f.take(QStringLiteral("status=PUBLISHED&apps=yes&manager=") + f.admin(), 1);
        QCOMPARE(pairs.size(), 1);
        const auto appsOf = [this](const ProgressFixture::Pair &p) {
            QStringList apps;
            for (const QJsonValue &a : f.harness.client->pair(p.first, p.second)
                                           .value(QStringLiteral("apps"))
                                           .toArray())
                apps.append(a.toObject().value(QStringLiteral("name")).toString());
            apps.sort();
            return apps;
        };
        const QStringList before = appsOf(pairs.first());
        QVERIFY(!before.isEmpty());
        const QString time = ApiActionRequest::defaultTime(f.harness.client->now().addSecs(3600));
        const qint64 id =
            f.center->start(RunSpec::apiAction(pairs, ApiAction::Unpublish, time));
        QVERIFY2(id > 0, qPrintable(f.center->errorString()));
        QVERIFY(m_view->showRun(id));
        QVERIFY2(f.waitFinished(id, kWaitMs), qPrintable(stateOf(id)));
        f.harness.client->advance(50 * 3600);
        QSignalSpy refreshed(f.center.get(), &RunCenter::pendingRefreshed);
        m_view->findChild<QPushButton *>(QStringLiteral("refreshPendingButton"))->click();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(totalsOf(id).success, 1);
        QVERIFY(appsOf(pairs.first()).isEmpty());

        auto *undo = m_view->findChild<QPushButton *>(QStringLiteral("undoRunButton"));
        QTRY_VERIFY(undo->isEnabled());
        undo->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->undoDialog() && m_view->undoDialog()->isVisible(),
                                 kWaitMs);
        UndoDialog *dialog = m_view->undoDialog();
        QCOMPARE(dialog->targetList()->topLevelItemCount(), 1);
        const QString shownApps = dialog->targetList()->topLevelItem(0)->text(3);
        for (const QString &name : before)
            QVERIFY2(shownApps.contains(name), qPrintable(shownApps));
        QVERIFY(dialog->findChild<QLabel *>()->text().contains(QStringLiteral("static")));
        QVERIFY(dialog->undoButton()->text().contains(QStringLiteral("1")));
        dialog->undoButton()->click();
        QTRY_VERIFY(m_view->selectedRunId() > id);
        const qint64 undoRun = m_view->selectedRunId();
        QVERIFY(f.waitFinished(undoRun, kWaitMs));
        QCOMPARE(totalsOf(undoRun).success, 1);
        QCOMPARE(appsOf(pairs.first()), before);
    }

    void unknownRunIsRefused()
    {
        QVERIFY(!m_view->showRun(999999));
        QVERIFY(!m_view->message().isEmpty());
    }
};

DESK_PROGRESS_TEST_MAIN(TestProgressView)
#include "tst_progress_view.moc"
