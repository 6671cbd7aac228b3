// No Secret Service at all (no session bus): the window says so in a banner, and a saved
// profile's secrets last for this run only, written nowhere.
#include "FileScan.h"
#include "GuiTestSupport.h"

#include "shell/KeychainBanner.h"
#include "shell/MainWindow.h"

#include "connection/ConnectionManager.h"
#include "i18n/Language.h"
#include "profiles/ProfileStore.h"
#include "profiles/SaveProfileJob.h"
#include "profiles/SecretStore.h"

#include <QLabel>
#include <QSignalSpy>
#include <QToolButton>

using namespace dataarts;
using namespace dataarts::ui;

class TestKeychainBanner : public QObject
{
    Q_OBJECT
private slots:
    void bannerExplainsAndSecretsStayInMemory();
};

void TestKeychainBanner::bannerExplainsAndSecretsStayInMemory()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    SecretStore secrets;
    secrets.setRetryDelay(100);
    Language language;
    language.apply(QStringLiteral("en"));
    ConnectionManager connection(&store, &secrets, nullptr);
    MainWindow window(&language, &store, &secrets, &connection);
    window.show();
    KeychainBanner *banner = window.keychainBanner();
    QVERIFY(!banner->isVisible());

    QSignalSpy availability(&secrets, &SecretStore::availabilityChanged);
    secrets.checkAvailability();
    QTRY_COMPARE_WITH_TIMEOUT(secrets.availability(), SecretStore::Availability::Unavailable,
                              30000);
    QCOMPARE(secrets.availabilityAttempts(), 2); // retried once
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), secrets.unavailableReason());
    QVERIFY(banner->text().contains(QStringLiteral("No secure keychain is available")));

    // A profile saved now keeps its secret in memory only.
    Profile p = Profile::create();
    p.displayName = QStringLiteral("Memory only");
    p.region = QStringLiteral("cn-north-4");
    p.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    p.workspaceId = QStringLiteral("ws-memory");
    const QByteArray sk = "SK-memory-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    SaveProfileJob job(&store, &secrets);
    job.setSecrets({{SecretField::AccessKey, "AKMEMORY"}, {SecretField::SecretKey, sk}});
    QSignalSpy saved(&job, &SaveProfileJob::finished);
    job.start(p);
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.at(0).at(0).toBool());
    QVERIFY(job.secretsSessionOnly());
    const QStringList folders = guiTest::IsolatedUserFolders::scannedFolders() << dir.path();
    for (const QString &folder : folders)
        QCOMPARE(fileScan::filesContaining(folder, fileScan::secretForms(sk)), QStringList());

    // The banner can be put away for the rest of the run.
    auto *hide = banner->findChild<QToolButton *>(QStringLiteral("keychainBannerDismiss"));
    QVERIFY(hide);
    QTest::mouseClick(hide, Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

int main(int argc, char *argv[])
{
    // No session bus, no X11 to autolaunch one: no Secret Service.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    guiTest::IsolatedUserFolders folders;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DataArtsDesk"));
    QApplication::setApplicationName(QStringLiteral("dataarts-desk"));
    TestKeychainBanner test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_keychain_banner.moc"
