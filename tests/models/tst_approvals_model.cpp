// ApprovalsModel and RecordFilterProxy, with QAbstractItemModelTester watching both for the
// whole of every test: Architecture approvals and DataService messages and applications in
// one list, their action and status readings, updates in place, merging a fresh read, the
// instant filter, sorting by raw values, the details fields; and the two dialogs of the pane
// (the message's 500-character limit and counter, the schedule's wire time).
#include "WatchedModel.h"
#include "panes/approvals/ApprovalsModel.h"
#include "panes/approvals/DecisionDialog.h"
#include "panes/approvals/ScheduleDialog.h"
#include "panes/common/ItemRoles.h"

#include "panes/common/RecordFilterProxy.h"
#include "panes/common/StatusTone.h"

#include "dto/ApplyRecord.h"
#include "dto/Approval.h"
#include "i18n/Language.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace dataarts;
using namespace dataarts::ui;

namespace {

const QDateTime kBase(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC);

Approval approval(int n, const QString &status = QStringLiteral("DEVELOPING"),
                  const QString &type = QStringLiteral("OFFLINE"))
{
    Approval a;
    a.id = QString::number(990000000000000000LL + n);
    a.nameCh = n % 2 ? QString() : QStringLiteral("销售订单_%1").arg(n);
    a.nameEn = QStringLiteral("Sales Order %1").arg(n);
    a.bizId = QString::number(885123875376193536LL + n);
    a.bizType = QStringLiteral("TABLE_MODEL");
    a.approvalStatus = decodeEnum<ApprovalStatus>(status);
    a.approvalType = decodeEnum<ApprovalType>(type);
    a.createBy = n % 3 ? QStringLiteral("zhao_lei") : QStringLiteral("chen_jing");
    a.submitTime = kBase.addSecs(qint64(n) * 60);
    a.approver = QStringLiteral("wang_fang");
    return a;
}

ApplyRecord applyRecord(int n, const QString &type, const QString &status)
{
    ApplyRecord r;
    r.id = QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('a'));
    r.type = decodeEnum<ApplyType>(type);
    r.status = decodeEnum<ApplyStatus>(status);
    r.apiId = QStringLiteral("api%1").arg(n);
    r.apiName = QStringLiteral("queryOrders%1").arg(n);
    r.appName = QStringLiteral("app_%1").arg(n);
    r.userName = QStringLiteral("liu_yang");
    r.applyTime = kBase.addDays(1).addSecs(n);
    r.apiUsingTime = kBase.addDays(3);
    return r;
}

} // namespace

class TestApprovalsModel : public QObject, private WatchedModel<ApprovalsModel>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void columnsAndHeaders();
    void architectureRows();
    void dataServiceRows();
    void sameKeyUpdatesInPlace();
    void sourcesDoNotCollide();
    void mergeRemovesRowsThatDidNotComeAgain();
    void instantFilterAndSort();
    void unknownValuesShownAsSent();
    void fieldsForTheDetailsPanel();
    void decisionDialogEnforcesTheLimit();
    void decisionDialogNeedsAMessage();
    void scheduleDialogSendsWholeUtcHours();

private:
    Language m_language;
};

void TestApprovalsModel::initTestCase()
{
    QVERIFY(m_language.apply(QStringLiteral("en")));
}

void TestApprovalsModel::init()
{
    watch();
}

void TestApprovalsModel::cleanup()
{
    unwatch();
}

void TestApprovalsModel::columnsAndHeaders()
{
    QCOMPARE(m_model->columnCount(), 8);
    QCOMPARE(headerTitles(), (QStringList{QStringLiteral("Entity or API"), QStringLiteral("Type"),
                                          QStringLiteral("Action"), QStringLiteral("Submitter"),
                                          QStringLiteral("Submitted"), QStringLiteral("Effective"),
                                          QStringLiteral("Status"), QStringLiteral("ID")}));
}

void TestApprovalsModel::architectureRows()
{
    m_model->addApprovals(
        {approval(2), approval(3, QStringLiteral("APPROVED"), QStringLiteral("PUBLISH"))});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, ApprovalsModel::Name).data().toString(),
             QStringLiteral("销售订单_2"));
    QCOMPARE(m_model->index(1, ApprovalsModel::Name).data().toString(),
             QStringLiteral("Sales Order 3")); // no Chinese name: the English one
    QCOMPARE(m_model->index(0, ApprovalsModel::Type).data().toString(),
             QStringLiteral("Relational table"));
    QCOMPARE(m_model->index(0, ApprovalsModel::Action).data().toString(),
             QStringLiteral("Take offline"));
    QCOMPARE(m_model->index(1, ApprovalsModel::Action).data().toString(),
             QStringLiteral("Publish"));
    const QModelIndex status = m_model->index(0, ApprovalsModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("Waiting"));
    QCOMPARE(StatusTone(status.data(roles::Tone).toInt()), StatusTone::Pending);
    QCOMPARE(StatusTone(m_model->index(1, ApprovalsModel::Status).data(roles::Tone).toInt()),
             StatusTone::Good);
    QVERIFY(!m_model->index(0, ApprovalsModel::Name).data(roles::Tone).isValid());
    QCOMPARE(m_model->index(0, ApprovalsModel::Submitter).data().toString(),
             QStringLiteral("zhao_lei"));
    QCOMPARE(m_model->index(0, ApprovalsModel::Submitted).data(roles::Sort).toLongLong(),
             kBase.addSecs(120).toMSecsSinceEpoch());
    QVERIFY(m_model->index(0, ApprovalsModel::Effective).data().toString().isEmpty());
    QCOMPARE(m_model->index(0, ApprovalsModel::Id).data().toString(), approval(2).id);
    QCOMPARE(m_model->index(0, 0).data(roles::RecordId).toString(), approval(2).id);
    QCOMPARE(m_model->waitingCount(), 1);
    QCOMPARE(m_model->row(0).bizId, approval(2).bizId);
}

void TestApprovalsModel::dataServiceRows()
{
    m_model->addApplyRecords({applyRecord(1, QStringLiteral("APPLY_TYPE_OFFLINE"),
                                          QStringLiteral("STATUS_TYPE_PENDING_CHECK")),
                              applyRecord(2, QStringLiteral("APPLY_TYPE_STOP"),
                                          QStringLiteral("STATUS_TYPE_PENDING_EXECUTE"))},
                             ApprovalRow::Source::Message);
    m_model->addApplyRecords({applyRecord(3, QStringLiteral("APPLY_TYPE_RECOVER"),
                                          QStringLiteral("STATUS_TYPE_PENDING_APPROVAL")),
                              applyRecord(4, QStringLiteral("APPLY_TYPE_AUTHORIZE"),
                                          QStringLiteral("STATUS_TYPE_REJECTED"))},
                             ApprovalRow::Source::Application);
    QCOMPARE(m_model->rowCount(), 4);
    auto cell = [this](int row, int column) {
        return m_model->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, ApprovalsModel::Type), QStringLiteral("DataService message"));
    QCOMPARE(cell(0, ApprovalsModel::Action), QStringLiteral("Unpublish"));
    QCOMPARE(cell(0, ApprovalsModel::Status), QStringLiteral("Waiting"));
    QCOMPARE(cell(1, ApprovalsModel::Action), QStringLiteral("Stop"));
    QCOMPARE(cell(1, ApprovalsModel::Status), QStringLiteral("Scheduled"));
    QCOMPARE(cell(2, ApprovalsModel::Type), QStringLiteral("DataService application"));
    QCOMPARE(cell(2, ApprovalsModel::Action), QStringLiteral("Recover"));
    QCOMPARE(cell(3, ApprovalsModel::Action), QStringLiteral("Authorize"));
    QCOMPARE(cell(3, ApprovalsModel::Status), QStringLiteral("Rejected"));
    QCOMPARE(m_model->index(0, ApprovalsModel::Effective).data(roles::Sort).toLongLong(),
             kBase.addDays(3).toMSecsSinceEpoch());
    QCOMPARE(m_model->waitingCount(), 2);
}

void TestApprovalsModel::sameKeyUpdatesInPlace()
{
    QList<Approval> page;
    for (int n = 0; n < 10; ++n)
        page.append(approval(n));
    m_model->addApprovals(page);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->addApprovals({approval(3, QStringLiteral("APPROVED")),
                           approval(4, QStringLiteral("REJECT")), approval(7), approval(10)});
    QCOMPARE(inserted.size(), 1); // only 10 is new
    QCOMPARE(m_model->rowCount(), 11);
    QCOMPARE(changed.size(), 1); // rows 3 and 4 in one range; 7 did not change
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 4);
    QCOMPARE(m_model->index(3, ApprovalsModel::Status).data().toString(),
             QStringLiteral("Approved"));
    QCOMPARE(m_model->index(4, ApprovalsModel::Status).data().toString(),
             QStringLiteral("Rejected"));
}

void TestApprovalsModel::sourcesDoNotCollide()
{
    ApplyRecord message = applyRecord(1, QStringLiteral("APPLY_TYPE_STOP"),
                                      QStringLiteral("STATUS_TYPE_PENDING_CHECK"));
    ApplyRecord application = message;
    m_model->addApplyRecords({message}, ApprovalRow::Source::Message);
    m_model->addApplyRecords({application}, ApprovalRow::Source::Application);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOfKey(QStringLiteral("M:") + message.id), 0);
    QCOMPARE(m_model->rowOfKey(QStringLiteral("P:") + message.id), 1);
    QCOMPARE(m_model->rowOfKey(QStringLiteral("A:") + message.id), -1);
}

void TestApprovalsModel::mergeRemovesRowsThatDidNotComeAgain()
{
    QList<Approval> page;
    for (int n = 0; n < 6; ++n)
        page.append(approval(n));
    m_model->addApprovals(page);
    m_model->beginMerge();
    QVERIFY(m_model->isMerging());
    m_model->addApprovals({approval(0), approval(2), approval(5), approval(6)});
    QCOMPARE(m_model->rowCount(), 7); // rows stay until the merge ends
    m_model->endMerge();
    QCOMPARE(m_model->rowCount(), 4);
    QStringList ids;
    for (int r = 0; r < m_model->rowCount(); ++r)
        ids << m_model->row(r).id;
    QCOMPARE(ids, (QStringList{approval(0).id, approval(2).id, approval(5).id, approval(6).id}));
    QCOMPARE(m_model->rowOfKey(QStringLiteral("A:") + approval(6).id), 3);
}

void TestApprovalsModel::instantFilterAndSort()
{
    QList<Approval> page;
    for (int n = 0; n < 12; ++n)
        page.append(approval(n));
    m_model->addApprovals(page);
    m_model->addApplyRecords({applyRecord(1, QStringLiteral("APPLY_TYPE_STOP"),
                                          QStringLiteral("STATUS_TYPE_PENDING_CHECK"))},
                             ApprovalRow::Source::Message);
    m_proxy->setInstantFilter(QStringLiteral("CHEN"));
    QCOMPARE(m_proxy->rowCount(), 4); // 0, 3, 6, 9 by chen_jing
    m_proxy->setInstantFilter(QStringLiteral("sales order 11"));
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setInstantFilter(QStringLiteral("queryorders"));
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setInstantFilter(QString());
    QCOMPARE(m_proxy->rowCount(), 13);

    m_proxy->sort(ApprovalsModel::Submitted, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, ApprovalsModel::Name).data().toString(),
             QStringLiteral("queryOrders1")); // submitted a day later
    QCOMPARE(m_proxy->index(1, ApprovalsModel::Id).data().toString(), approval(11).id);
    m_proxy->sort(ApprovalsModel::Submitter, Qt::AscendingOrder);
    QCOMPARE(m_proxy->index(0, ApprovalsModel::Submitter).data().toString(),
             QStringLiteral("chen_jing"));
    QCOMPARE(m_proxy->index(12, ApprovalsModel::Submitter).data().toString(),
             QStringLiteral("zhao_lei"));
}

void TestApprovalsModel::unknownValuesShownAsSent()
{
    Approval a = approval(1, QStringLiteral("ESCALATED"), QStringLiteral("ARCHIVE"));
    m_model->addApprovals({a});
    QCOMPARE(m_model->index(0, ApprovalsModel::Status).data().toString(),
             QStringLiteral("ESCALATED"));
    QCOMPARE(m_model->index(0, ApprovalsModel::Action).data().toString(),
             QStringLiteral("ARCHIVE"));
    QCOMPARE(StatusTone(m_model->index(0, ApprovalsModel::Status).data(roles::Tone).toInt()),
             StatusTone::Neutral);
}

void TestApprovalsModel::fieldsForTheDetailsPanel()
{
    Approval a = approval(2, QStringLiteral("REJECT"));
    a.msg = QStringLiteral("还在使用，不能下线");
    m_model->addApprovals({a});
    const Pane::Fields fields = m_model->fields(0);
    QHash<QString, QString> byLabel;
    QHash<QString, QString> tips;
    for (const auto &f : fields) {
        byLabel.insert(f.label, f.value);
        tips.insert(f.label, f.toolTip);
    }
    QCOMPARE(byLabel.value(QStringLiteral("Entity ID")), a.bizId);
    // The status by its name, as sent in the tooltip; no raw value in a row of its own.
    QCOMPARE(byLabel.value(QStringLiteral("Status")), QStringLiteral("Rejected"));
    QCOMPARE(tips.value(QStringLiteral("Status")), QStringLiteral("As sent: REJECT"));
    QVERIFY(!byLabel.contains(QStringLiteral("Status (as sent)")));
    QCOMPARE(byLabel.value(QStringLiteral("Message")), a.msg);
    QCOMPARE(byLabel.value(QStringLiteral("Approver")), QStringLiteral("wang_fang"));
    QVERIFY(m_model->fields(5).isEmpty());
}

void TestApprovalsModel::decisionDialogEnforcesTheLimit()
{
    DecisionDialog dialog(DecisionDialog::Decision::Reject, 3, 0);
    QCOMPARE(dialog.message(), QString()); // a rejection has no default reason
    QVERIFY(!dialog.canAccept());
    dialog.messageEdit()->setFocus();
    dialog.messageEdit()->insertPlainText(QStringLiteral("不能下线")); // as an input method would
    QCOMPARE(dialog.counterLabel()->text(), QStringLiteral("4 / 500"));
    QVERIFY(dialog.canAccept());
    dialog.setMessage(QString(600, QLatin1Char('x')));
    QCOMPARE(dialog.message().size(), 500);
    QCOMPARE(dialog.counterLabel()->text(), QStringLiteral("500 / 500"));
    QVERIFY(dialog.canAccept());
    QTest::keyClicks(dialog.messageEdit(), QStringLiteral("more"));
    QCOMPARE(dialog.message().size(), 500);
    // A surrogate pair at the limit is not split.
    dialog.setMessage(QString(499, QLatin1Char('y')) + QString::fromUtf8("😀"));
    QCOMPARE(dialog.message().size(), 499);
}

void TestApprovalsModel::decisionDialogNeedsAMessage()
{
    DecisionDialog approve(DecisionDialog::Decision::Approve, 2, 1);
    QVERIFY(!approve.message().isEmpty()); // a default for approving
    auto *ok = approve.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    approve.setMessage(QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    QSignalSpy accepted(&approve, &QDialog::accepted);
    approve.open();
    ok->click();
    QCOMPARE(accepted.size(), 0);
    // Only DataService items: no message asked for.
    DecisionDialog only(DecisionDialog::Decision::Approve, 0, 4);
    QVERIFY(only.canAccept());
    QVERIFY(only.messageEdit()->isHidden());
}

void TestApprovalsModel::scheduleDialogSendsWholeUtcHours()
{
    const QDateTime now(QDate(2024, 5, 10), QTime(9, 20), Qt::UTC);
    ScheduleDialog dialog(2, now);
    // The default: three days ahead, rounded up to the hour.
    QCOMPARE(dialog.wireTime(), QStringLiteral("2024-05-13T10:00:00.000Z"));
    QCOMPARE(dialog.localTime().toUTC(), QDateTime(QDate(2024, 5, 13), QTime(10, 0), Qt::UTC));
    // The past cannot be picked: the earliest is the next whole hour after an hour.
    dialog.timeEdit()->setDateTime(now.addDays(-1).toLocalTime());
    QCOMPARE(dialog.wireTime(), QStringLiteral("2024-05-10T11:00:00.000Z"));
    QCOMPARE(ScheduleDialog::toWire(QDateTime(QDate(2024, 1, 2), QTime(3, 0, 1), Qt::UTC)),
             QStringLiteral("2024-01-02T04:00:00.000Z"));
    QCOMPARE(ScheduleDialog::toWire(QDateTime(QDate(2024, 1, 2), QTime(3, 0), Qt::UTC)),
             QStringLiteral("2024-01-02T03:00:00.000Z"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("scheduleWireTime"))
                ->text()
                .contains(QStringLiteral("2024-05-10T11:00:00.000Z")));
}

QTEST_MAIN(TestApprovalsModel)
#include "tst_approvals_model.moc"
