// The Approvals pane against a real dataarts-sandbox over loopback, in real (offscreen)
// windows, with two users on the sandbox, each with their own session, batch engine and
// journal: the developer zhao_lei submits a non-fast batch offline of 30 entities through
// the engine; the reviewer wang_fang sees the 30 waiting (and the tab badge counts them),
// resolves 20 and rejects 10 in two bulk actions through the pane (rows selected, the action
// triggered, the message dialog filled); the entities' states in the sandbox, the original
// run's items in the developer's journal (after the pane's poll followed them) and the
// reviewer's runs all agree. Withdraw works for the submitter and is refused for the reviewer
// with the server's message shown; "show the run" finds the developer's run; messages are
// confirmed at a time sent in whole UTC hours.
#include "PaneSandbox.h"

#include "i18n/Language.h"
#include "panes/approvals/ApprovalsFilterBar.h"
#include "panes/approvals/ApprovalsModel.h"
#include "panes/approvals/ApprovalsPane.h"
#include "panes/approvals/DecisionDialog.h"
#include "panes/approvals/ScheduleDialog.h"
#include "panes/common/RecordFilterProxy.h"

#include "batch/BatchEngine.h"
#include "journal/Journal.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dataarts;
using namespace dataarts::ui;

namespace {

constexpr int kTimeoutMs = 60000;
const QString kDevName = QStringLiteral("zhao_lei");
const QString kDevAk = QStringLiteral("HPUAZHAOLEIDEVELOPR1");
const QString kDevSk = QStringLiteral("ZhaoLeiSecretKeyForTheApprovalsPane0001");
const QString kRevName = QStringLiteral("wang_fang");
const QString kRevAk = QStringLiteral("HPUAWANGFANGREVIEWR1");
const QString kRevSk = QStringLiteral("WangFangSecretKeyForTheApprovalsPane001");

// One user of the sandbox: a session signed with their keys, a journal, an engine, a pane.
struct User {
    QString name;
    std::unique_ptr<Session> session;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<BatchEngine> engine;
    std::unique_ptr<ApprovalsPane> pane;
};

} // namespace

class TestApprovalsPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void reviewerResolvesTwentyAndRejectsTen();
    void withdrawIsTheSubmittersAlone();
    void showsTheRunThatCreatedAnApproval();
    void messagesApprovedAtATime();
    void pollReadsAgainWhileActive();
    void retranslatesOnLanguageChange();
    void meIsKeptPerProfile();

private:
    bool makeUser(User &user, const QString &name, const QString &ak, const QString &sk);
    QList<BizInfo> takePublished(int count);
    // A non-fast batch offline by the developer, approver wang_fang; its run id.
    qint64 submitOffline(const QList<BizInfo> &entities);
    bool waitRun(BatchEngine *engine, qint64 runId);
    void waitLoaded(ApprovalsPane *pane);
    // Selects the rows of these approval (message, ...) keys in the pane's view.
    int selectKeys(ApprovalsPane *pane, const QStringList &keys);
    // Triggers the action, fills the dialog and accepts it; the runs it started.
    QList<qint64> decide(ApprovalsPane *pane, QAction *action, const QString &message);
    QString entityStatus(const QString &id);

    // What the last decision dialog said could not be undone, before it was accepted.
    QString m_lastUndoLimits;
    PaneSandbox m_sandbox{{QStringLiteral("--tables"), QStringLiteral("300"),
                           QStringLiteral("--apis"), QStringLiteral("40"), QStringLiteral("--user"),
                           kDevName + QLatin1Char(':') + kDevAk + QLatin1Char(':') + kDevSk +
                               QStringLiteral(":developer"),
                           QStringLiteral("--user"),
                           kRevName + QLatin1Char(':') + kRevAk + QLatin1Char(':') + kRevSk +
                               QStringLiteral(":approver")}};
    Language m_language;
    QTemporaryDir m_dir;
    User m_dev;
    User m_rev;
    QString m_revUserId;
    QSet<QString> m_used;
    qint64 m_offlineRun = 0;
    QStringList m_offlineApprovals;
};

bool TestApprovalsPane::makeUser(User &user, const QString &name, const QString &ak,
                                 const QString &sk)
{
    user.name = name;
    ConnectionSettings settings = m_sandbox.process().settings();
    settings.akSk.accessKey = ak;
    settings.akSk.secretKey = sk.toUtf8();
    user.session = std::make_unique<Session>(settings);
    RateLimits limits;
    limits.dataServicePerWindow = 1000000;
    limits.architectureReadsPerMinute = 1000000;
    limits.architectureWritesPerMinute = 1000000;
    user.session->setRateLimits(limits);
    user.journal = std::make_unique<Journal>(m_dir.filePath(name + QStringLiteral(".sqlite")));
    if (!user.journal->open())
        return false;
    user.engine = std::make_unique<BatchEngine>(user.session.get(), user.journal.get());
    user.pane = std::make_unique<ApprovalsPane>();
    user.pane->setObjectName(name);
    user.pane->resize(1400, 700);
    user.pane->setUserName(name);
    user.pane->setEngine(user.engine.get());
    user.pane->setJournal(user.journal.get());
    user.pane->show();
    return true;
}

void TestApprovalsPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().setValue(QStringLiteral("approvals/pollSeconds"), 3600); // polled by hand
    QVERIFY(m_language.apply(QStringLiteral("en")));
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(makeUser(m_dev, kDevName, kDevAk, kDevSk));
    QVERIFY(makeUser(m_rev, kRevName, kRevAk, kRevSk));
    const HttpResult approvers =
        m_sandbox.client().get(m_sandbox.client().arch(QStringLiteral("approvals/users")),
                               {{QStringLiteral("limit"), QStringLiteral("100")}});
    const QJsonArray records = approvers.json()
                                   .value(QStringLiteral("data"))
                                   .toObject()
                                   .value(QStringLiteral("value"))
                                   .toObject()
                                   .value(QStringLiteral("records"))
                                   .toArray();
    for (const QJsonValue &v : records) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("user_name")).toString() == kRevName ||
            a.value(QStringLiteral("approver_name")).toString() == kRevName)
            m_revUserId = a.value(QStringLiteral("user_id")).toString();
    }
    QVERIFY2(!m_revUserId.isEmpty(), "wang_fang is an approver");
    m_rev.pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_rev.pane.get()));
}

void TestApprovalsPane::cleanupTestCase()
{
    for (User *u : {&m_dev, &m_rev}) {
        u->pane.reset();
        u->engine.reset();
        u->session.reset();
        u->journal.reset();
    }
    QSettings().remove(QStringLiteral("approvals/pollSeconds"));
}

QList<BizInfo> TestApprovalsPane::takePublished(int count)
{
    QList<BizInfo> out;
    const QJsonArray found = m_sandbox.client().findEntities(
        QStringLiteral("biz_type=TABLE_MODEL&status=PUBLISHED&limit=1000"));
    for (const QJsonValue &v : found) {
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        if (m_used.contains(id))
            continue;
        m_used.insert(id);
        out.append(BizInfo{id, QStringLiteral("TABLE_MODEL"), EnvType::Unknown});
        if (out.size() == count)
            break;
    }
    return out;
}

bool TestApprovalsPane::waitRun(BatchEngine *engine, qint64 runId)
{
    QSignalSpy finished(engine, &BatchEngine::runFinished);
    if (!engine->run(runId))
        return true; // already done
    for (;;) {
        for (const QList<QVariant> &args : std::as_const(finished)) {
            if (args.at(0).toLongLong() == runId)
                return true;
        }
        if (!finished.wait(kTimeoutMs))
            return false;
    }
}

qint64 TestApprovalsPane::submitOffline(const QList<BizInfo> &entities)
{
    ApprovalBatchRequest options;
    options.approverUserId = m_revUserId;
    options.approverUserName = kRevName;
    options.fastApproval = false;
    RunSpec spec = RunSpec::approvalBatch(RunKind::BatchOffline, entities, options);
    spec.createdBy = kDevName;
    const qint64 runId = m_dev.engine->start(spec);
    if (runId <= 0 || !waitRun(m_dev.engine.get(), runId))
        return 0;
    return runId;
}

void TestApprovalsPane::waitLoaded(ApprovalsPane *pane)
{
    QTRY_VERIFY_WITH_TIMEOUT(pane->isComplete() && !pane->isLoading(), kTimeoutMs);
}

int TestApprovalsPane::selectKeys(ApprovalsPane *pane, const QStringList &keys)
{
    QTableView *view = pane->view();
    view->clearSelection();
    QItemSelection selection;
    for (const QString &key : keys) {
        const int row = pane->model()->rowOfKey(key);
        if (row < 0)
            continue;
        const QModelIndex index = pane->proxy()->mapFromSource(pane->model()->index(row, 0));
        selection.select(index, index);
    }
    view->selectionModel()->select(selection,
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    return pane->selectionCount();
}

QList<qint64> TestApprovalsPane::decide(ApprovalsPane *pane, QAction *action,
                                        const QString &message)
{
    QSignalSpy started(pane, &ApprovalsPane::runStarted);
    action->trigger();
    DecisionDialog *dialog = nullptr; // the one open (an earlier one may await deletion)
    for (DecisionDialog *d : pane->findChildren<DecisionDialog *>()) {
        if (d->isVisible())
            dialog = d;
    }
    if (!dialog)
        return {};
    const auto *limits = dialog->findChild<QLabel *>(QStringLiteral("undoLimitsLabel"));
    m_lastUndoLimits = limits && limits->isVisibleTo(dialog) ? limits->text() : QString();
    dialog->messageEdit()->clear();
    dialog->messageEdit()->insertPlainText(message); // Chinese: as an input method would
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QList<qint64> runs;
    for (const QList<QVariant> &args : std::as_const(started))
        runs.append(args.at(0).toLongLong());
    return runs;
}

QString TestApprovalsPane::entityStatus(const QString &id)
{
    return m_sandbox.client().entity(id).value(QStringLiteral("status")).toString();
}

void TestApprovalsPane::reviewerResolvesTwentyAndRejectsTen()
{
    ApprovalsPane *pane = m_rev.pane.get();
    QSignalSpy badge(pane, &Pane::badgeChanged);
    pane->setSession(m_rev.session.get());
    waitLoaded(pane);
    QTRY_VERIFY_WITH_TIMEOUT(pane->waitingCount() >= 0, kTimeoutMs);
    const int before = pane->waitingCount();

    const QList<BizInfo> entities = takePublished(30);
    QCOMPARE(entities.size(), 30);
    m_offlineRun = submitOffline(entities);
    QVERIFY2(m_offlineRun > 0, qPrintable(m_dev.engine->errorString()));
    const RunRecord submitted = *m_dev.journal->loadRun(m_offlineRun);
    for (const JournalItem &item : submitted.items) {
        QCOMPARE(item.state, ItemState::PendingApproval);
        QVERIFY(!item.approvalId.isEmpty());
        m_offlineApprovals.append(item.approvalId);
    }
    QCOMPARE(m_offlineApprovals.size(), 30);

    // The reviewer's list and badge show the 30 after a refresh.
    pane->refresh();
    waitLoaded(pane);
    QStringList keys;
    for (const QString &id : std::as_const(m_offlineApprovals)) {
        const QString key = QStringLiteral("A:") + id;
        const int row = pane->model()->rowOfKey(key);
        QVERIFY2(row >= 0, qPrintable(key));
        QVERIFY(pane->model()->row(row).isWaiting());
        QCOMPARE(pane->model()->row(row).submitter, kDevName);
        keys.append(key);
    }
    QTRY_COMPARE_WITH_TIMEOUT(pane->waitingCount(), before + 30, kTimeoutMs);
    QCOMPARE(badge.last().at(0).toInt(), before + 30);

    // Resolve 20 in one bulk action.
    QSignalSpy runsFinished(m_rev.engine.get(), &BatchEngine::runFinished);
    QCOMPARE(selectKeys(pane, keys.mid(0, 20)), 20);
    QVERIFY(pane->approveAction()->isEnabled());
    const QList<qint64> resolveRuns =
        decide(pane, pane->approveAction(), QStringLiteral("同意下线"));
    QCOMPARE(resolveRuns.size(), 1);
    // Issue 23: the dialog said, before the decision was sent, that it cannot be undone.
    QVERIFY2(m_lastUndoLimits.contains(QStringLiteral("cannot be undone")),
             qPrintable(m_lastUndoLimits));
    // Reject 10 in another while the first may still run.
    QCOMPARE(selectKeys(pane, keys.mid(20)), 10);
    const QList<qint64> rejectRuns =
        decide(pane, pane->rejectAction(), QStringLiteral("还在使用，不能下线"));
    QCOMPARE(rejectRuns.size(), 1);
    QVERIFY2(m_lastUndoLimits.contains(QStringLiteral("cannot be undone")),
             qPrintable(m_lastUndoLimits));
    QVERIFY(waitRun(m_rev.engine.get(), resolveRuns.first()));
    QVERIFY(waitRun(m_rev.engine.get(), rejectRuns.first()));

    // The reviewer's runs: every item done.
    const RunRecord resolved = *m_rev.journal->loadRun(resolveRuns.first());
    QCOMPARE(resolved.run.kind, RunKind::ApprovalResolve);
    QCOMPARE(resolved.items.size(), 20);
    for (const JournalItem &item : resolved.items)
        QCOMPARE(item.state, ItemState::Success);
    const RunRecord rejected = *m_rev.journal->loadRun(rejectRuns.first());
    QCOMPARE(rejected.run.kind, RunKind::ApprovalReject);
    QCOMPARE(rejected.items.size(), 10);
    for (const JournalItem &item : rejected.items)
        QCOMPARE(item.state, ItemState::Success);
    QCOMPARE(rejected.run.parameters.value(QStringLiteral("msg")).toString(),
             QStringLiteral("还在使用，不能下线"));
    // The notice tells of the run that finished last (the two run side by side).
    QTRY_COMPARE_WITH_TIMEOUT(runsFinished.size(), 2, kTimeoutMs);
    const bool rejectLast = runsFinished.last().first().toLongLong() == rejectRuns.first();
    QTRY_VERIFY_WITH_TIMEOUT(pane->notice().contains(rejectLast ? QStringLiteral("10 of 10")
                                                                : QStringLiteral("20 of 20")),
                             kTimeoutMs);

    // The sandbox: 20 offline, 10 published again.
    for (int i = 0; i < 30; ++i)
        QCOMPARE(entityStatus(submitted.items.at(i).keyId),
                 i < 20 ? QStringLiteral("OFFLINE") : QStringLiteral("PUBLISHED"));
    // The pane read again: none of the 30 waits any more; the badge is back.
    waitLoaded(pane);
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->rowOfKey(keys.first()) < 0 &&
                                 pane->model()->rowOfKey(keys.last()) < 0,
                             kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(pane->waitingCount(), before, kTimeoutMs);

    // The developer's pane follows the original run: its items take the decisions.
    ApprovalsPane *devPane = m_dev.pane.get();
    devPane->setSession(m_dev.session.get());
    QSignalSpy refreshed(m_dev.engine.get(), &BatchEngine::pendingRefreshed);
    const QList<qint64> followed = devPane->followPendingRuns();
    QCOMPARE(followed, QList<qint64>{m_offlineRun});
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, kTimeoutMs);
    QCOMPARE(refreshed.first().at(1).toInt(), 30);
    const RunRecord after = *m_dev.journal->loadRun(m_offlineRun);
    for (int i = 0; i < 30; ++i) {
        const JournalItem &item = after.items.at(i);
        QCOMPARE(item.approvalId, m_offlineApprovals.at(i));
        if (i < 20) {
            QCOMPARE(item.state, ItemState::Success);
        } else {
            QCOMPARE(item.state, ItemState::Failed);
            QCOMPARE(item.code, QStringLiteral("REJECT"));
            QCOMPARE(item.remark, QStringLiteral("还在使用，不能下线"));
        }
    }
    QCOMPARE(after.run.status(), RunStatus::Finished);
    QVERIFY(devPane->followPendingRuns().isEmpty()); // nothing left to follow
}

void TestApprovalsPane::withdrawIsTheSubmittersAlone()
{
    const QList<BizInfo> entities = takePublished(4);
    QCOMPARE(entities.size(), 4);
    const qint64 runId = submitOffline(entities);
    QVERIFY(runId > 0);
    QStringList keys;
    const RunRecord submitted = *m_dev.journal->loadRun(runId);
    for (const JournalItem &item : submitted.items)
        keys.append(QStringLiteral("A:") + item.approvalId);

    // The reviewer may not withdraw the developer's requests: the server's message shows.
    ApprovalsPane *rev = m_rev.pane.get();
    rev->setSession(m_rev.session.get());
    waitLoaded(rev);
    QCOMPARE(selectKeys(rev, keys.mid(0, 2)), 2);
    QSignalSpy revStarted(rev, &ApprovalsPane::runStarted);
    rev->withdrawAction()->trigger();
    QCOMPARE(revStarted.size(), 1);
    const qint64 refused = revStarted.first().at(0).toLongLong();
    QVERIFY(waitRun(m_rev.engine.get(), refused));
    const RunRecord refusedRun = *m_rev.journal->loadRun(refused);
    for (const JournalItem &item : refusedRun.items) {
        QCOMPARE(item.state, ItemState::Failed);
        QCOMPARE(item.code, QStringLiteral("DS.6003"));
        QVERIFY2(item.remark.contains(kDevName), qPrintable(item.remark));
    }
    const JournalItem first = refusedRun.items.first();
    QTRY_VERIFY_WITH_TIMEOUT(rev->notice().contains(first.remark), kTimeoutMs);
    QVERIFY(rev->noticeLabel()->isVisible());
    QVERIFY(rev->noticeLabel()->text().contains(QStringLiteral("DS.6003")));
    QCOMPARE(entityStatus(entities.at(0).bizId), QStringLiteral("OFFLINE_DEVELOPING"));

    // The developer withdraws their own from "My requests".
    ApprovalsPane *dev = m_dev.pane.get();
    dev->setSession(m_dev.session.get());
    dev->setListView(ApprovalsPane::View::MyRequests);
    waitLoaded(dev);
    for (const QString &key : std::as_const(keys))
        QVERIFY2(dev->model()->rowOfKey(key) >= 0, qPrintable(key));
    QCOMPARE(selectKeys(dev, keys.mid(0, 2)), 2);
    QSignalSpy devStarted(dev, &ApprovalsPane::runStarted);
    dev->withdrawAction()->trigger();
    QCOMPARE(devStarted.size(), 1);
    const qint64 withdrawn = devStarted.first().at(0).toLongLong();
    QVERIFY(waitRun(m_dev.engine.get(), withdrawn));
    const RunRecord withdrawnRun = *m_dev.journal->loadRun(withdrawn);
    for (const JournalItem &item : withdrawnRun.items)
        QCOMPARE(item.state, ItemState::Success);
    QCOMPARE(entityStatus(entities.at(0).bizId), QStringLiteral("PUBLISHED"));
    QCOMPARE(entityStatus(entities.at(1).bizId), QStringLiteral("PUBLISHED"));
    QCOMPARE(entityStatus(entities.at(2).bizId), QStringLiteral("OFFLINE_DEVELOPING"));
    // My requests shows them withdrawn, the other two still waiting; the reviewer no longer
    // has the withdrawn ones waiting.
    QTRY_VERIFY_WITH_TIMEOUT(dev->model()->rowOfKey(keys.at(0)) >= 0 &&
                                 dev->model()->row(dev->model()->rowOfKey(keys.at(0))).status ==
                                     ApprovalRow::Status::Withdrawn,
                             kTimeoutMs);
    waitLoaded(dev);
    QVERIFY(dev->model()->row(dev->model()->rowOfKey(keys.at(2))).isWaiting());
    QVERIFY(dev->statusText().contains(QStringLiteral("still waiting")));
    rev->refresh();
    waitLoaded(rev);
    QCOMPARE(rev->model()->rowOfKey(keys.at(0)), -1);
    QVERIFY(rev->model()->rowOfKey(keys.at(2)) >= 0);
    dev->setListView(ApprovalsPane::View::WaitingForMe);
}

void TestApprovalsPane::showsTheRunThatCreatedAnApproval()
{
    QVERIFY(m_offlineRun > 0);
    ApprovalsPane *dev = m_dev.pane.get();
    dev->setSession(m_dev.session.get());
    dev->setListView(ApprovalsPane::View::MyRequests);
    waitLoaded(dev);
    const QString key = QStringLiteral("A:") + m_offlineApprovals.at(5);
    QCOMPARE(selectKeys(dev, {key}), 1);
    QSignalSpy show(dev, &ApprovalsPane::showRunRequested);
    QVERIFY(dev->showRunAction()->isEnabled());
    dev->showRunAction()->trigger();
    QCOMPARE(show.size(), 1);
    QCOMPARE(show.first().at(0).toLongLong(), m_offlineRun);
    // The reviewer's journal did not create it: the pane says so.
    ApprovalsPane *rev = m_rev.pane.get();
    rev->setSession(m_rev.session.get());
    rev->setListView(ApprovalsPane::View::MyRequests);
    rev->setUserName(kDevName); // to see the developer's requests
    waitLoaded(rev);
    QCOMPARE(selectKeys(rev, {key}), 1);
    QSignalSpy none(rev, &ApprovalsPane::showRunRequested);
    rev->showRunAction()->trigger();
    QCOMPARE(none.size(), 0);
    QVERIFY(rev->notice().contains(QStringLiteral("No run")));
    rev->setUserName(kRevName);
    rev->setListView(ApprovalsPane::View::WaitingForMe);
    dev->setListView(ApprovalsPane::View::WaitingForMe);
}

void TestApprovalsPane::messagesApprovedAtATime()
{
    // Messages are addressed to app owners; zhao_lei owns apps with notices running.
    ApprovalsPane *dev = m_dev.pane.get();
    dev->setSession(m_dev.session.get());
    waitLoaded(dev);
    QStringList messageKeys;
    for (int r = 0; r < dev->model()->rowCount(); ++r) {
        const ApprovalRow &row = dev->model()->row(r);
        if (row.source == ApprovalRow::Source::Message) {
            QVERIFY(row.isWaiting()); // only those to confirm are listed
            messageKeys.append(row.key());
        }
    }
    if (messageKeys.isEmpty())
        QSKIP("The seeded data has no message for zhao_lei");
    QCOMPARE(selectKeys(dev, messageKeys.mid(0, 1)), 1);
    QSignalSpy started(dev, &ApprovalsPane::runStarted);
    dev->approveAtAction()->trigger();
    ScheduleDialog *dialog = dev->findChild<ScheduleDialog *>();
    QVERIFY(dialog);
    const QString wire = dialog->wireTime();
    QVERIFY(wire.endsWith(QStringLiteral(":00:00.000Z")));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(started.size(), 1);
    const qint64 runId = started.first().at(0).toLongLong();
    QVERIFY(waitRun(m_dev.engine.get(), runId));
    const RunRecord record = *m_dev.journal->loadRun(runId);
    QCOMPARE(record.run.kind, RunKind::MessageConfirm);
    QCOMPARE(record.run.parameters.value(QStringLiteral("time")).toString(), wire);
    QVERIFY2(record.items.first().state == ItemState::Scheduled ||
                 record.items.first().state == ItemState::Success,
             qPrintable(itemStates::name(record.items.first().state)));
    // Confirmed: no longer waiting.
    waitLoaded(dev);
    QTRY_COMPARE_WITH_TIMEOUT(dev->model()->rowOfKey(messageKeys.first()), -1, kTimeoutMs);
}

void TestApprovalsPane::pollReadsAgainWhileActive()
{
    ApprovalsPane *rev = m_rev.pane.get();
    rev->setSession(m_rev.session.get());
    waitLoaded(rev);
    QCOMPARE(rev->pollTimer()->interval(), 3600 * 1000);
    QVERIFY(rev->pollTimer()->isActive());
    m_sandbox.markRequests(QStringLiteral("/design/approvals$"));
    // (The inactive case cannot be produced offscreen: the platform keeps the application
    // active once a window was; poll() checks QGuiApplication::applicationState() first.)
    QTRY_COMPARE(QGuiApplication::applicationState(), Qt::ApplicationActive);
    QVERIFY(rev->poll());
    waitLoaded(rev);
    // The list and the badge read "waiting for me" again.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_sandbox.requestsSinceMark(QStringLiteral("/design/approvals$")).size() >= 2, kTimeoutMs);
}

void TestApprovalsPane::retranslatesOnLanguageChange()
{
    ApprovalsPane *rev = m_rev.pane.get();
    QSignalSpy title(rev, &Pane::titleChanged);
    QVERIFY(m_language.apply(QStringLiteral("zh_CN")));
    QTRY_VERIFY(!title.isEmpty()); // LanguageChange is posted to the windows
    QVERIFY(rev->title() != QStringLiteral("Approvals"));
    QVERIFY(rev->approveAction()->text() != QStringLiteral("Approve…"));
    QVERIFY(rev->model()->headerData(0, Qt::Horizontal).toString() !=
            QStringLiteral("Entity or API"));
    QVERIFY(m_language.apply(QStringLiteral("en")));
    QTRY_COMPARE(rev->approveAction()->text(), QStringLiteral("Approve…"));
    QCOMPARE(rev->title(), QStringLiteral("Approvals"));
}

void TestApprovalsPane::meIsKeptPerProfile()
{
    const QString first = QStringLiteral("profile-one");
    const QString second = QStringLiteral("profile-two");
    {
        ApprovalsPane pane;
        pane.setProfile(first, QStringLiteral("One"));
        QCOMPARE(pane.userName(), QString()); // nothing kept yet
        // Typed in the filter bar and confirmed with Return, as a user does.
        auto *edit = pane.findChild<QLineEdit *>(QStringLiteral("approvalsUser"));
        QVERIFY(edit);
        edit->setText(QStringLiteral("zhang.wei"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(pane.userName(), QStringLiteral("zhang.wei"));
        pane.setProfile(second, QStringLiteral("Two")); // another profile: its own "me"
        QCOMPARE(pane.userName(), QString());
        pane.setUserName(QStringLiteral("li.na"));
    }
    ApprovalsPane again; // as after a restart
    again.setProfile(first, QStringLiteral("One"));
    QCOMPARE(again.userName(), QStringLiteral("zhang.wei"));
    again.setProfile(second, QStringLiteral("Two"));
    QCOMPARE(again.userName(), QStringLiteral("li.na"));
    // Cleared: forgotten for that profile.
    auto *edit = again.findChild<QLineEdit *>(QStringLiteral("approvalsUser"));
    edit->clear();
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!QSettings().contains(QStringLiteral("approvals/userName/") + second));
    QSettings().remove(QStringLiteral("approvals/userName"));
}

QTEST_MAIN(TestApprovalsPane)
#include "tst_approvals_pane.moc"
