// Typed settings (issue 21): each key has one default and its bounds, whoever reads it (the
// Approvals pane and the Progress view once read approvals/pollSeconds with two defaults);
// values round-trip through the real QSettings under the keys the documentation names.
#include "settings/AppSettings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace dataarts;

class TestAppSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DataArtsDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_app_settings"));
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void defaultsWhenUnset()
    {
        QCOMPARE(appSettings::retentionDays(), 180);
        QCOMPARE(appSettings::approvalsPollSeconds(), 60);
        QVERIFY(!appSettings::connectTimeoutSeconds());
        QVERIFY(!appSettings::transferTimeoutSeconds());
        QVERIFY(!appSettings::unknownGraceSeconds());
        QVERIFY(appSettings::language().isEmpty());
        QVERIFY(appSettings::windowGeometry().isEmpty());
        QCOMPARE(appSettings::wizardSize(QStringLiteral("offlineWizard")), QSize(920, 700));
        QVERIFY(appSettings::approvalsUserName(QStringLiteral("p1")).isEmpty());
    }

    void boundsAndBadValues()
    {
        QSettings raw;
        raw.setValue(QStringLiteral("journal/retentionDays"), 0);
        raw.setValue(QStringLiteral("approvals/pollSeconds"), 1);
        raw.setValue(QStringLiteral("network/connectTimeoutSeconds"), QStringLiteral("soon"));
        raw.setValue(QStringLiteral("network/transferTimeoutSeconds"), 0);
        raw.setValue(QStringLiteral("batch/unknownGraceSeconds"), 0);
        raw.sync();
        QCOMPARE(appSettings::retentionDays(), 180);      // below 1: the default
        QCOMPARE(appSettings::approvalsPollSeconds(), 5); // at least 5, for every reader
        QVERIFY(!appSettings::connectTimeoutSeconds());   // not a number
        QVERIFY(!appSettings::transferTimeoutSeconds());  // below 1
        QCOMPARE(appSettings::unknownGraceSeconds(), std::optional<int>(0)); // 0 is allowed
        raw.setValue(QStringLiteral("approvals/pollSeconds"), 90);
        raw.setValue(QStringLiteral("network/connectTimeoutSeconds"), 7);
        raw.sync();
        QCOMPARE(appSettings::approvalsPollSeconds(), 90);
        QCOMPARE(appSettings::connectTimeoutSeconds(), std::optional<int>(7));
    }

    void roundTripsUnderTheirKeys()
    {
        appSettings::setRetentionDays(30);
        appSettings::setLanguage(QStringLiteral("zh_CN"));
        appSettings::setWindowLayout(QByteArray("g"), QByteArray("s"));
        appSettings::setWizardSize(QStringLiteral("apiActionWizard"), QSize(1000, 720));
        appSettings::setApprovalsUserName(QStringLiteral("p1"), QStringLiteral("dev.one"));
        QSettings raw;
        QCOMPARE(raw.value(QStringLiteral("journal/retentionDays")).toInt(), 30);
        QCOMPARE(raw.value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        QCOMPARE(raw.value(QStringLiteral("ui/geometry")).toByteArray(), QByteArray("g"));
        QCOMPARE(raw.value(QStringLiteral("ui/windowState")).toByteArray(), QByteArray("s"));
        QCOMPARE(raw.value(QStringLiteral("wizards/apiActionWizard/size")).toSize(),
                 QSize(1000, 720));
        QCOMPARE(raw.value(QStringLiteral("approvals/userName/p1")).toString(),
                 QStringLiteral("dev.one"));
        QCOMPARE(appSettings::retentionDays(), 30);
        QCOMPARE(appSettings::wizardSize(QStringLiteral("apiActionWizard")), QSize(1000, 720));
        QCOMPARE(appSettings::approvalsUserName(QStringLiteral("p1")), QStringLiteral("dev.one"));
        // An empty name forgets it; no profile, nothing kept.
        appSettings::setApprovalsUserName(QStringLiteral("p1"), QString());
        QVERIFY(!QSettings().contains(QStringLiteral("approvals/userName/p1")));
        appSettings::setApprovalsUserName(QString(), QStringLiteral("x"));
        QVERIFY(appSettings::approvalsUserName(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_app_settings.moc"
