// Both wizards in Simplified Chinese against a real dataarts-sandbox: every page is walked
// (by keyboard) and no visible text (labels, buttons including QWizard's own, headers,
// placeholders, combo items, titles, tool tips, the first rows of the lists) may be English
// (uiText::LanguageCheck::englishLeft: a source string of our catalogue, one of Qt's
// wizard buttons, or English words no catalogue has).
#include "LanguageCheck.h"
#include "WizardHarness.h"

#include "wizards/action/ApiActionWizard.h"
#include "wizards/offline/OfflineWizard.h"

#include "i18n/Language.h"

#include <QApplication>
#include <QJsonObject>
#include <QTest>

using namespace dataarts;
using namespace dataarts::ui;

namespace {

constexpr int kWaitMs = 60000;

} // namespace

class TestWizardsZh : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void offlineWizardHasNoEnglishLeft();
    void apiActionWizardHasNoEnglishLeft();

private:
    void checkPage(QWizard *wizard);

    WizardHarness m_h{{QStringLiteral("--tables"), QStringLiteral("300"), QStringLiteral("--apis"),
                       QStringLiteral("20"), QStringLiteral("--clusters"), QStringLiteral("2")}};
    Language m_language;
    uiText::LanguageCheck m_check{
        QStringLiteral(DESK_SOURCE_DIR "/translations/dataarts-desk_zh_CN.ts")};
};

void TestWizardsZh::initTestCase()
{
    QVERIFY2(m_check.isLoaded(), qPrintable(m_check.errorString()));
    QVERIFY(m_language.apply(QStringLiteral("zh_CN")));
    QString error;
    QVERIFY2(m_h.start(&error), qPrintable(error));
}

void TestWizardsZh::checkPage(QWizard *wizard)
{
    const QStringList found = m_check.englishLeft(wizard);
    for (const QString &f : found)
        qWarning().noquote() << f;
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("page %1 shows English (%2, above)")
                                             .arg(wizard->currentId())
                                             .arg(found.size())));
}

void TestWizardsZh::offlineWizardHasNoEnglishLeft()
{
    QList<BizInfo> selection;
    for (const QJsonValue &v :
         m_h.sandbox.client().findEntities(QStringLiteral("biz_type=TABLE_MODEL&limit=6"))) {
        const QJsonObject o = v.toObject();
        selection.append(BizInfo{o.value(QStringLiteral("id")).toString(),
                                 o.value(QStringLiteral("biz_type")).toString(), EnvType::Unknown});
    }
    selection.append(BizInfo{QStringLiteral("1"), QStringLiteral("TAG"), EnvType::Unknown});
    OfflineWizard wizard(m_h.session.get(), m_h.engine.get(), selection);
    wizard.setUserName(m_h.userName());
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    checkPage(&wizard);
    WizardHarness::next(&wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kWaitMs);
    QCOMPARE(wizard.currentId(), int(OfflineWizard::PreflightPageId));
    checkPage(&wizard);
    WizardHarness::alt(&wizard, Qt::Key_A); // include the excluded ones: something to send
    WizardHarness::next(&wizard);
    QCOMPARE(wizard.currentId(), int(OfflineWizard::ImpactPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kWaitMs);
    checkPage(&wizard);
    WizardHarness::next(&wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kWaitMs);
    QCOMPARE(wizard.currentId(), int(OfflineWizard::ApproverPageId));
    WizardHarness::next(&wizard); // refused: the error shows
    checkPage(&wizard);
    WizardHarness::alt(&wizard, Qt::Key_M);
    WizardHarness::next(&wizard);
    QCOMPARE(wizard.currentId(), int(OfflineWizard::SchedulePageId));
    WizardHarness::alt(&wizard, Qt::Key_S);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("99"));
    WizardHarness::next(&wizard); // refused
    checkPage(&wizard);
    WizardHarness::retype(&wizard, QStringLiteral("06:05"));
    WizardHarness::next(&wizard);
    QCOMPARE(wizard.currentId(), int(OfflineWizard::ReviewPageId));
    checkPage(&wizard);
}

void TestWizardsZh::apiActionWizardHasNoEnglishLeft()
{
    QList<ApiTarget> selection;
    const QJsonObject answer =
        m_h.sandbox.client().controlJson("GET", QStringLiteral("/__sandbox/pairs?limit=6"));
    for (const QJsonValue &v : answer.value(QStringLiteral("pairs")).toArray()) {
        ApiTarget t;
        t.apiId = v.toObject().value(QStringLiteral("api_id")).toString();
        t.instanceId = v.toObject().value(QStringLiteral("instance_id")).toString();
        selection.append(t);
    }
    ApiActionWizard wizard(m_h.session.get(), m_h.engine.get(), selection);
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    checkPage(&wizard);
    WizardHarness::next(&wizard);
    WizardHarness::next(&wizard); // refused: no action
    checkPage(&wizard);
    WizardHarness::alt(&wizard, Qt::Key_U);
    WizardHarness::next(&wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kWaitMs);
    checkPage(&wizard);
    WizardHarness::next(&wizard);
    QCOMPARE(wizard.currentId(), int(ApiActionWizard::ImpactPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kWaitMs);
    checkPage(&wizard);
    WizardHarness::next(&wizard);
    QCOMPARE(wizard.currentId(), int(ApiActionWizard::TimePageId));
    WizardHarness::alt(&wizard, Qt::Key_T);
    WizardHarness::retype(&wizard, QStringLiteral("2020-01-01 10:00"));
    WizardHarness::next(&wizard); // refused: past
    checkPage(&wizard);
    WizardHarness::alt(&wizard, Qt::Key_D);
    WizardHarness::next(&wizard);
    QCOMPARE(wizard.currentId(), int(ApiActionWizard::ReviewPageId));
    checkPage(&wizard);
}

QTEST_MAIN(TestWizardsZh)
#include "tst_wizards_zh.moc"
