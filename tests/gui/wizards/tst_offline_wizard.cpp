// The batch-offline wizard in a real (offscreen) window against a real dataarts-sandbox,
// driven by the keyboard only: 500 published tables of the five kinds plus offline, pending,
// unknown and non-table entities; every page's validation; the pre-flight's exclusions
// against the sandbox's truth; the review page's request bodies equal, byte for byte, to
// what the sandbox receives; fast approval offered to an approver only.
#include "WizardHarness.h"

#include "wizards/common/BusyPanel.h"
#include "wizards/common/RequestText.h"
#include "wizards/common/ScheduleTime.h"
#include "wizards/offline/ApproverPage.h"
#include "wizards/offline/OfflineReviewPage.h"
#include "wizards/offline/OfflineWizard.h"
#include "wizards/offline/PreflightPage.h"
#include "wizards/offline/SchedulePage.h"
#include "wizards/offline/SelectionPage.h"

#include "client/Session.h"
#include "dto/BizType.h"
#include "i18n/Language.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryFile>
#include <QTest>
#include <QTreeWidget>

using namespace dataarts;
using namespace dataarts::ui;

namespace {
constexpr int kWaitMs = 60000;
}

class TestOfflineWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void takes500TablesOfflineByKeyboard();
    void selectionRejectsEmptyAndBadLines();
    void importsCsvWithBomAndHeader();
    void fastApprovalOnlyForApprovers();
    void approverLoadErrorShowsRetry();

private:
    std::unique_ptr<OfflineWizard> openWizard(const QList<BizInfo> &selection);
    QList<BizInfo> entities(const QString &query);

    WizardHarness m_h{{QStringLiteral("--tables"), QStringLiteral("2500")}};
    Language m_language;
};

void TestOfflineWizard::initTestCase()
{
    QVERIFY(m_language.apply(QStringLiteral("en")));
    QString error;
    QVERIFY2(m_h.start(&error), qPrintable(error));
}

void TestOfflineWizard::init()
{
    QString error;
    QVERIFY2(m_h.reset(&error), qPrintable(error));
}

QList<BizInfo> TestOfflineWizard::entities(const QString &query)
{
    QList<BizInfo> out;
    const QJsonArray found = m_h.sandbox.client().findEntities(query);
    for (const QJsonValue &v : found) {
        const QJsonObject o = v.toObject();
        out.append(BizInfo{o.value(QStringLiteral("id")).toString(),
                           o.value(QStringLiteral("biz_type")).toString(), EnvType::Unknown});
    }
    return out;
}

std::unique_ptr<OfflineWizard> TestOfflineWizard::openWizard(const QList<BizInfo> &selection)
{
    auto wizard = std::make_unique<OfflineWizard>(m_h.session.get(), m_h.engine.get(), selection);
    wizard->setUserName(m_h.userName());
    wizard->setProfileName(QStringLiteral("Sandbox"));
    wizard->resize(900, 700);
    wizard->show();
    QApplication::setActiveWindow(wizard.get());
    if (!QTest::qWaitForWindowActive(wizard.get()))
        qWarning("wizard window not active");
    return wizard;
}

void TestOfflineWizard::takes500TablesOfflineByKeyboard()
{
    QList<BizInfo> selection;
    for (const QString &kind : bizTypes::tableTypes())
        selection += entities(QStringLiteral("biz_type=%1&status=PUBLISHED&limit=100").arg(kind));
    QCOMPARE(selection.size(), 500);
    const QList<BizInfo> offline =
        entities(QStringLiteral("biz_type=TABLE_MODEL&status=OFFLINE&limit=4"));
    const QList<BizInfo> pending =
        entities(QStringLiteral("biz_type=FACT_LOGIC_TABLE&status=OFFLINE_DEVELOPING&limit=2")) +
        entities(QStringLiteral("biz_type=TABLE_MODEL_LOGIC&status=PUBLISH_DEVELOPING&limit=1"));
    const QList<BizInfo> tag = entities(QStringLiteral("biz_type=TAG&status=PUBLISHED&limit=1"));
    QCOMPARE(offline.size(), 4);
    QCOMPARE(pending.size(), 3);
    QCOMPARE(tag.size(), 1);
    const QList<BizInfo> unknown{
        {QStringLiteral("1000000000000000001"), QStringLiteral("TABLE_MODEL"), EnvType::Unknown},
        {QStringLiteral("1000000000000000002"), QStringLiteral("DIMENSION_LOGIC_TABLE"),
         EnvType::Unknown}};
    auto wizard = openWizard(selection + offline + pending + tag + unknown);

    // 1. Selection: the pane's 510 entities, no bad line.
    auto *selectionPage = qobject_cast<SelectionPage *>(wizard->currentPage());
    QVERIFY(selectionPage);
    QCOMPARE(selectionPage->editor()->toPlainText().count(QLatin1Char('\n')), 509);
    WizardHarness::next(wizard.get());

    // 2. Pre-flight: the counts and the exclusions are the sandbox's truth.
    QCOMPARE(wizard->currentId(), int(OfflineWizard::PreflightPageId));
    auto *preflight = qobject_cast<PreflightPage *>(wizard->currentPage());
    QVERIFY(!preflight->isComplete());
    QTRY_VERIFY_WITH_TIMEOUT(preflight->isComplete(), kWaitMs);
    QCOMPARE(preflight->count(PreflightPage::Verdict::Published), 500);
    QCOMPARE(preflight->count(PreflightPage::Verdict::Offline), 4);
    QCOMPARE(preflight->count(PreflightPage::Verdict::Pending), 3);
    QCOMPARE(preflight->count(PreflightPage::Verdict::Unknown), 3);
    QCOMPARE(preflight->excludedList()->topLevelItemCount(), 10);
    for (int i = 0; i < preflight->excludedList()->topLevelItemCount(); ++i) {
        const QString id = preflight->excludedList()->topLevelItem(i)->text(1);
        const QJsonObject truth = m_h.sandbox.client().entity(id);
        QVERIFY2(truth.value(QStringLiteral("status")).toString() != QLatin1String("PUBLISHED") ||
                     !bizTypes::tableTypes().contains(
                         truth.value(QStringLiteral("biz_type")).toString()),
                 qPrintable(id));
    }
    WizardHarness::next(wizard.get());

    // 2b. Impact: each of the 500 is checked before anything is sent.
    QVERIFY(WizardHarness::passImpact(wizard.get(), OfflineWizard::ImpactPageId, kWaitMs));

    // 3. Approver: nothing picked -> refused; find wang_fang by typing.
    QCOMPARE(wizard->currentId(), int(OfflineWizard::ApproverPageId));
    auto *approver = qobject_cast<ApproverPage *>(wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(approver->isComplete(), kWaitMs);
    QVERIFY(!approver->fastBox()->isHidden()); // sandbox_admin is an approver
    WizardHarness::next(wizard.get());
    QCOMPARE(wizard->currentId(), int(OfflineWizard::ApproverPageId));
    QVERIFY(!approver->errorText().isEmpty());
    WizardHarness::alt(wizard.get(), Qt::Key_F);
    QCOMPARE(QApplication::focusWidget(), approver->searchBox());
    QTest::keyClicks(approver->searchBox(), QStringLiteral("wang"));
    WizardHarness::next(wizard.get());

    // 4. Schedule: a bad time is refused, 18:30 is taken; PROD_TYPE.
    QCOMPARE(wizard->currentId(), int(OfflineWizard::SchedulePageId));
    QCOMPARE(wizard->field(OfflineWizard::approverNameField()).toString(),
             QStringLiteral("wang_fang"));
    QVERIFY(!wizard->field(OfflineWizard::fastApprovalField()).toBool());
    auto *schedule = qobject_cast<SchedulePage *>(wizard->currentPage());
    WizardHarness::alt(wizard.get(), Qt::Key_S);
    QVERIFY(schedule->scheduleBox()->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), schedule->timeEdit());
    QTest::keyClicks(schedule->timeEdit(), QStringLiteral("25:00"));
    WizardHarness::next(wizard.get());
    QCOMPARE(wizard->currentId(), int(OfflineWizard::SchedulePageId));
    QVERIFY(!schedule->errorText().isEmpty());
    WizardHarness::retype(wizard.get(), QStringLiteral("18:30"));
    // Issue 19 (5): the time names its zone.
    QVERIFY2(schedule->hintText().contains(QStringLiteral("time zone")) &&
                 schedule->hintText().contains(ScheduleTime::localZoneName()),
             qPrintable(schedule->hintText()));
    WizardHarness::alt(wizard.get(), Qt::Key_E);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(schedule->envType(), int(EnvType::Prod));
    WizardHarness::next(wizard.get());

    // 5. Review: 10 requests of 50; then 100 per request -> 5; the exact bodies.
    QCOMPARE(wizard->currentId(), int(OfflineWizard::ReviewPageId));
    auto *review = qobject_cast<OfflineReviewPage *>(wizard->currentPage());
    QVERIFY(review->isComplete());
    QCOMPARE(RequestText::bodies(review->requestsView()->toPlainText()).size(), 10);
    WizardHarness::alt(wizard.get(), Qt::Key_E);
    QCOMPARE(QApplication::focusWidget(), review->chunkBox());
    WizardHarness::retype(wizard.get(), QStringLiteral("100"));
    QCOMPARE(review->chunkBox()->value(), 100);
    const QString shown = review->requestsView()->toPlainText();
    const QStringList bodies = RequestText::bodies(shown);
    QCOMPARE(bodies.size(), 5);
    QVERIFY(bodies.first().contains(QStringLiteral("\"schedule_time\":\"30_18\"")));
    QVERIFY(bodies.first().contains(QStringLiteral("\"env_type\":\"PROD_TYPE\"")));
    QVERIFY(review->summaryText().contains(QStringLiteral("500")));
    // Issue 23: before Submit, what could not be undone afterwards.
    QVERIFY2(review->undoLimitsText().contains(QStringLiteral("batch publish")) &&
                 review->undoLimitsText().contains(QStringLiteral("skipped")),
             qPrintable(review->undoLimitsText()));
    WizardHarness::alt(wizard.get(), Qt::Key_C);
    const QString cli = QApplication::clipboard()->text();
    QVERIFY2(cli.startsWith(QStringLiteral("dataarts-desk-cli offline --profile Sandbox ")),
             qPrintable(cli.left(200)));
    QVERIFY(cli.contains(QStringLiteral("--schedule 18:30 --env-type PROD_TYPE --chunk-size 100")));
    QCOMPARE(cli.count(QLatin1Char('\n')), 502);

    // 6. Submit.
    QSignalSpy started(wizard.get(), &OfflineWizard::runStarted);
    WizardHarness::alt(wizard.get(), Qt::Key_S);
    QCOMPARE(started.size(), 1);
    QVERIFY(!wizard->isVisible());
    const qint64 runId = started.at(0).at(0).toLongLong();
    QVERIFY(m_h.waitForRun(runId));

    // What the sandbox received is what the review page showed, byte for byte.
    const QJsonArray received = m_h.received(QStringLiteral("/design/approvals/batch-offline$"));
    QStringList sentBodies;
    for (const QJsonValue &r : received)
        sentBodies.append(r.toObject().value(QStringLiteral("body")).toString());
    QStringList expected = bodies;
    expected.sort();
    sentBodies.sort();
    QCOMPARE(sentBodies, expected);
    // And it did what was asked: 500 entities waiting for wang_fang.
    for (const BizInfo &e : selection.mid(0, 500).mid(0, 25))
        QCOMPARE(m_h.sandbox.client().entity(e.bizId).value(QStringLiteral("status")).toString(),
                 QStringLiteral("OFFLINE_DEVELOPING"));
}

void TestOfflineWizard::selectionRejectsEmptyAndBadLines()
{
    auto wizard = openWizard({});
    auto *page = qobject_cast<SelectionPage *>(wizard->currentPage());
    WizardHarness::next(wizard.get());
    QCOMPARE(wizard->currentId(), int(OfflineWizard::SelectionPageId));
    QVERIFY(!page->errorText().isEmpty());
    page->editor()->setFocus();
    WizardHarness::typeLines(page->editor(),
                             {QStringLiteral("TABLE,12"), QStringLiteral("TABLE_MODEL,12a"),
                              QStringLiteral("TAG,5"), QStringLiteral("TAG,5")});
    WizardHarness::next(wizard.get());
    QCOMPARE(wizard->currentId(), int(OfflineWizard::SelectionPageId));
    QCOMPARE(page->problemList()->count(), 3);
    QVERIFY(page->problemList()->item(0)->text().contains(QStringLiteral("1")));
    QVERIFY(page->problemList()->item(0)->text().contains(QStringLiteral("TABLE")));
    QVERIFY(page->problemList()->item(1)->text().contains(QStringLiteral("12a")));
    QVERIFY(page->problemList()->item(2)->text().contains(QStringLiteral("left out")));
    QVERIFY(page->errorText().contains(QStringLiteral("2")));
    // Remove the two bad lines: the repeated one alone does not block.
    QTest::keyClick(page->editor(), Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < 2; ++i) {
        QTest::keyClick(page->editor(), Qt::Key_End, Qt::ShiftModifier);
        QTest::keyClick(page->editor(), Qt::Key_Delete);
        QTest::keyClick(page->editor(), Qt::Key_Delete);
    }
    WizardHarness::next(wizard.get());
    QCOMPARE(wizard->currentId(), int(OfflineWizard::PreflightPageId));
    QCOMPARE(wizard->entities().size(), 1);
}

void TestOfflineWizard::importsCsvWithBomAndHeader()
{
    const QList<BizInfo> some =
        entities(QStringLiteral("biz_type=DIMENSION_LOGIC_TABLE&status=PUBLISHED&limit=3"));
    QTemporaryFile file;
    QVERIFY(file.open());
    QByteArray csv = "\xEF\xBB\xBF"
                     "biz_type,biz_id\r\n";
    for (const BizInfo &e : some)
        csv += e.bizType.toUtf8() + ',' + e.bizId.toUtf8() + "\r\n";
    file.write(csv);
    file.close();
    auto wizard = openWizard({});
    auto *page = qobject_cast<SelectionPage *>(wizard->currentPage());
    QVERIFY(page->importFile(file.fileName()));
    WizardHarness::next(wizard.get());
    QCOMPARE(wizard->currentId(), int(OfflineWizard::PreflightPageId));
    QCOMPARE(wizard->entities(), some);
}

void TestOfflineWizard::fastApprovalOnlyForApprovers()
{
    const QList<BizInfo> some =
        entities(QStringLiteral("biz_type=TABLE_MODEL&status=PUBLISHED&skip=100&limit=2"));
    {
        auto wizard = openWizard(some);
        wizard->setUserName(QStringLiteral("zhao_lei")); // a developer
        WizardHarness::next(wizard.get());
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), kWaitMs);
        WizardHarness::next(wizard.get());
        QVERIFY(WizardHarness::passImpact(wizard.get(), OfflineWizard::ImpactPageId, kWaitMs));
        auto *approver = qobject_cast<ApproverPage *>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(approver->isComplete(), kWaitMs);
        QVERIFY(approver->fastBox()->isHidden());
        QVERIFY(approver->approverList()->count() >= 3);
        // Issue 19 (5): the refusal does not offer the hidden self-approval.
        WizardHarness::next(wizard.get());
        QCOMPARE(wizard->currentId(), int(OfflineWizard::ApproverPageId));
        QVERIFY(!approver->errorText().isEmpty());
        QVERIFY2(!approver->errorText().contains(QStringLiteral("yourself")),
                 qPrintable(approver->errorText()));
    }
    auto wizard = openWizard(some);
    WizardHarness::next(wizard.get());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), kWaitMs);
    WizardHarness::next(wizard.get());
    QVERIFY(WizardHarness::passImpact(wizard.get(), OfflineWizard::ImpactPageId, kWaitMs));
    auto *approver = qobject_cast<ApproverPage *>(wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(approver->isComplete(), kWaitMs);
    WizardHarness::alt(wizard.get(), Qt::Key_M);
    QVERIFY(approver->fastBox()->isChecked());
    WizardHarness::next(wizard.get());
    WizardHarness::next(wizard.get());
    QCOMPARE(wizard->currentId(), int(OfflineWizard::ReviewPageId));
    QCOMPARE(wizard->field(OfflineWizard::approverNameField()).toString(), m_h.userName());
    QSignalSpy started(wizard.get(), &OfflineWizard::runStarted);
    WizardHarness::alt(wizard.get(), Qt::Key_S);
    QCOMPARE(started.size(), 1);
    QVERIFY(m_h.waitForRun(started.at(0).at(0).toLongLong()));
    for (const BizInfo &e : some)
        QCOMPARE(m_h.sandbox.client().entity(e.bizId).value(QStringLiteral("status")).toString(),
                 QStringLiteral("OFFLINE"));
}

void TestOfflineWizard::approverLoadErrorShowsRetry()
{
    const QList<BizInfo> some =
        entities(QStringLiteral("biz_type=TABLE_MODEL&status=PUBLISHED&skip=200&limit=1"));
    auto wizard = openWizard(some);
    WizardHarness::next(wizard.get());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), kWaitMs);
    WizardHarness::next(wizard.get());
    m_h.sandbox.queueFaults(QStringLiteral("fail"), QStringLiteral("/approvals/users"), 4);
    QVERIFY(WizardHarness::passImpact(wizard.get(), OfflineWizard::ImpactPageId, kWaitMs));
    auto *approver = qobject_cast<ApproverPage *>(wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(approver->busyPanel()->isShowingError(), kWaitMs);
    QVERIFY(!approver->isComplete());
    m_h.sandbox.clearFaults();
    WizardHarness::alt(wizard.get(), Qt::Key_R);
    QTRY_VERIFY_WITH_TIMEOUT(approver->isComplete(), kWaitMs);
}

QTEST_MAIN(TestOfflineWizard)
#include "tst_offline_wizard.moc"
