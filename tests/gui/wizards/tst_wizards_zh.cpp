// Both wizards in Simplified Chinese against a real dataarts-sandbox: every page is walked
// (by keyboard) and no visible text (labels, buttons including QWizard's own, headers,
// placeholders, combo items, titles) may equal an English source string of our catalogue
// or one of Qt's wizard buttons.
#include "WizardHarness.h"

#include "wizards/action/ApiActionWizard.h"
#include "wizards/offline/OfflineWizard.h"

#include "i18n/Language.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace dataarts;
using namespace dataarts::ui;

namespace {

constexpr int kWaitMs = 60000;

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}

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
    QSet<QString> m_english;
};

void TestWizardsZh::initTestCase()
{
    QFile ts(QStringLiteral(DESK_SOURCE_DIR "/translations/dataarts-desk_zh_CN.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            xml.name() == QLatin1String("source"))
            m_english.insert(plain(xml.readElementText()));
    }
    QVERIFY(m_english.size() > 100);
    for (const char *qt : {"< &Back", "&Next >", "&Finish", "Cancel", "&Help", "Commit", "Back",
                           "Next", "Finish", "Help", "Continue", "Done"})
        m_english.insert(plain(QString::fromLatin1(qt)));
    QVERIFY(m_language.apply(QStringLiteral("zh_CN")));
    QString error;
    QVERIFY2(m_h.start(&error), qPrintable(error));
}

void TestWizardsZh::checkPage(QWizard *wizard)
{
    QStringList texts{wizard->windowTitle(), wizard->currentPage()->title(),
                      wizard->currentPage()->subTitle()};
    const QList<QWidget *> widgets = wizard->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(wizard))
            continue;
        if (auto *l = qobject_cast<QLabel *>(w))
            texts += l->text().split(QLatin1Char('\n'));
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            texts << b->text();
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            texts << e->placeholderText();
        else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            texts << p->placeholderText();
        else if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                texts << c->itemText(i);
        } else if (auto *t = qobject_cast<QTreeWidget *>(w)) {
            for (int i = 0; i < t->columnCount(); ++i)
                texts << t->headerItem()->text(i);
        }
    }
    for (const QString &text : std::as_const(texts)) {
        const QString p = plain(text);
        QVERIFY2(
            p.isEmpty() || !m_english.contains(p),
            qPrintable(
                QStringLiteral("page %1 shows English: %2").arg(wizard->currentId()).arg(text)));
    }
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
