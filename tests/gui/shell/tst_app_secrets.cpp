// The test: a new user, in the real application (AppController and its window),
// adds a profile with a secret key, tests it against a sandbox, saves it and closes the
// app. The SK's bytes are in no file under the test HOME or the XDG folders (config, data,
// cache, state: settings, journal, logs), only in the keychain. Then the app started again
// reopens the profile and connects without a secret being typed.
#include "FileScan.h"
#include "GuiTestSupport.h"
#include "KeyringWitness.h"
#include "SandboxProcess.h"

#include "profiles/AuthSection.h"
#include "profiles/ConnectionSection.h"
#include "profiles/NetworkSection.h"
#include "profiles/ProfileDialog.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "shell/WelcomePanel.h"

#include "connection/ConnectionManager.h"
#include "i18n/Language.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>

using namespace dataarts;
using namespace dataarts::ui;

class TestAppSecrets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void secretKeyReachesNoFileAndTheNextStartConnects();

private:
    QByteArray m_ak;
    QByteArray m_sk;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QUuid m_profile;
};

void TestAppSecrets::initTestCase()
{
    const QString problem = keyringWitness::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QByteArray unique = QUuid::createUuid().toByteArray(QUuid::Id128);
    m_ak = "AKAPP" + unique.left(15).toUpper();
    // Sandbox keys are not secrets; this one stands in for a real SK all the same.
    m_sk = "SK-app-" + unique + "-秘密";
    m_sandbox = std::make_unique<SandboxProcess>(
        guiTest::smallSandboxArguments() +
        QStringList{QStringLiteral("--ak"), QString::fromUtf8(m_ak), QStringLiteral("--sk"),
                    QString::fromUtf8(m_sk)});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    QCOMPARE(m_sandbox->secretKey(), m_sk);
}

void TestAppSecrets::cleanupTestCase()
{
    if (!m_profile.isNull())
        guiTest::forgetSecrets({m_profile});
    m_sandbox.reset();
}

void TestAppSecrets::secretKeyReachesNoFileAndTheNextStartConnects()
{
    {
        Language language;
        language.apply(QStringLiteral("en"));
        AppController app(&language);
        QSignalSpy finished(&app, &AppController::finished);
        app.start(AppController::Options());
        MainWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // A new user: no profile, the welcome panel.
        QVERIFY(window->welcomePanel()->isVisible());
        QTest::mouseClick(window->welcomePanel()->newProfileButton(), Qt::LeftButton);
        ProfileDialog *dialog = window->findChild<ProfileDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        ConnectionSection *c = dialog->connectionSection();
        c->nameEdit()->clear();
        QTest::keyClicks(c->nameEdit(), QStringLiteral("Governance"));
        QTest::keyClicks(c->endpointEdit(), m_sandbox->url().toString());
        QTest::keyClicks(c->projectIdEdit(), m_sandbox->projectId());
        QTest::keyClicks(dialog->authSection()->accessKeyEdit(), QString::fromUtf8(m_ak));
        // Typed, with its Chinese part committed as an input method would.
        dialog->authSection()->secretKeyEdit()->setFocus();
        dialog->authSection()->secretKeyEdit()->insert(QString::fromUtf8(m_sk));
        dialog->networkSection()->proxyModeCombo()->setCurrentIndex(1);
        // Instances and workspaces from the sandbox.
        QSignalSpy discovered(dialog, &ProfileDialog::discoveryFinished);
        QTest::mouseClick(c->findInstancesButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(discovered.count(), 2, 20000);
        QCOMPARE(dialog->profile().workspaceId, m_sandbox->workspace());
        // Test connection.
        QSignalSpy tested(dialog, &ProfileDialog::testFinished);
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(20000));
        QVERIFY2(tested.at(0).at(0).value<ConnectionTestResult>().ok,
                 qPrintable(dialog->resultText()));
        // Save: the app opens the new profile.
        QSignalSpy saved(dialog, &ProfileDialog::saved);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(20000));
        m_profile = saved.at(0).at(0).value<Profile>().id;
        QTRY_COMPARE_WITH_TIMEOUT(app.connection()->state(), ConnectionStatus::State::Connected,
                                  30000);
        QCOMPARE(app.connection()->status().profileName, QStringLiteral("Governance"));

        // Close the app: the window goes, then finished().
        window->close();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toInt(), 0);
    }

    // The SK is in the keychain …
    bool found = false;
    QCOMPARE(keyringWitness::lookup(SecretStore::keyFor(m_profile, SecretField::SecretKey), &found),
             m_sk);
    QVERIFY(found);
    // … and in no file: settings, profiles, journal, logs, caches.
    const QStringList folders = guiTest::IsolatedUserFolders::scannedFolders();
    const QList<QByteArray> forms = fileScan::secretForms(m_sk);
    int scanned = 0;
    for (const QString &folder : folders) {
        scanned += fileScan::countFiles(folder);
        const QStringList hits = fileScan::filesContaining(folder, forms);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral(", "))));
    }
    // The scan saw the profile file the app wrote.
    QVERIFY(scanned > 0);
    QFile profiles(ProfileStore::defaultSettingsPath());
    QVERIFY2(profiles.open(QIODevice::ReadOnly), qPrintable(profiles.fileName()));
    QVERIFY(profiles.readAll().contains("Governance"));

    // The next start reopens the last used profile, secrets from the keychain.
    QProcess next;
    next.start(QStringLiteral(DESK_APP_PATH), {QStringLiteral("--smoke-test")});
    QVERIFY(next.waitForFinished(60000));
    const QByteArray out = next.readAllStandardOutput();
    QVERIFY2(next.exitCode() == 0, out.constData());
    QVERIFY2(out.startsWith("smoke-test: ok: Governance: Connected"), out.constData());
}

DESK_GUI_TEST_MAIN(TestAppSecrets)
#include "tst_app_secrets.moc"
