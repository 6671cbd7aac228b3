// The profile dialog, offscreen: inline validation of every field, discovery lists filled
// from a sandbox, "Test connection" (success, and a wrong SK's translated APIGW.0301
// message), saving to the keychain only, edit mode and "Replace secret".
#include "FileScan.h"
#include "GuiTestSupport.h"
#include "KeyringWitness.h"
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include "profiles/AuthSection.h"
#include "profiles/ConnectionSection.h"
#include "profiles/NetworkSection.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ReplaceSecretDialog.h"

#include "client/ApiError.h"
#include "i18n/Language.h"
#include "profiles/ProfileStore.h"
#include "profiles/ConnectionSettingsBuilder.h"
#include "profiles/ProfileValidator.h"
#include "profiles/SecretStore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>

using namespace dataarts;
using namespace dataarts::ui;

namespace {

void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

void typeCombo(QComboBox *combo, const QString &text)
{
    combo->setCurrentIndex(-1);
    combo->clearEditText();
    QTest::keyClicks(combo->lineEdit(), text);
}

bool containsHan(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

} // namespace

class TestProfileDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void validatesEveryField();
    void errorsFollowTheTyping();
    void discoveryFillsTheLists();
    void resolveNeedsARegionAndFillsTheProjectId();
    void testConnectionSucceeds();
    void wrongSecretKeyShowsTheTranslatedGatewayMessage();
    void iamUserAndPasswordSignIn();
    void saveKeepsTheSecretsInTheKeychainOnly();
    void editModeTestsWithTheKeychainsSecrets();
    void replaceSecretStoresOnlyTheNewSecret();
    void newAuthMethodNeedsItsSecret();
    void timeoutsAreTheProfilesOwn();

private:
    ProfileDialog *newDialog();
    void fillForSandbox(ProfileDialog *dialog, const QByteArray &sk);
    Profile stored(const QString &name, const QByteArray &sk);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    SecretStore m_secrets;
    QList<QUuid> m_created;
    QPointer<ProfileDialog> m_dialog;
};

void TestProfileDialog::initTestCase()
{
    const QString problem = keyringWitness::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_sandbox = std::make_unique<SandboxProcess>(guiTest::smallSandboxArguments());
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void TestProfileDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
}

void TestProfileDialog::cleanup()
{
    delete m_dialog.data();
    for (const Profile &p : m_store->profiles())
        m_created << p.id;
    guiTest::forgetSecrets(m_created);
    m_created.clear();
    m_store.reset();
    m_dir.reset();
}

void TestProfileDialog::cleanupTestCase()
{
    m_sandbox.reset();
}

ProfileDialog *TestProfileDialog::newDialog()
{
    m_dialog = new ProfileDialog(m_store.get(), &m_secrets);
    m_dialog->show();
    return m_dialog;
}

void TestProfileDialog::fillForSandbox(ProfileDialog *dialog, const QByteArray &sk)
{
    ConnectionSection *c = dialog->connectionSection();
    type(c->nameEdit(), QStringLiteral("Sandbox by hand"));
    c->regionCombo()->setCurrentIndex(0);
    type(c->endpointEdit(), m_sandbox->url().toString());
    type(c->projectIdEdit(), m_sandbox->projectId());
    typeCombo(c->workspaceCombo(), m_sandbox->workspace());
    AuthSection *a = dialog->authSection();
    type(a->accessKeyEdit(), m_sandbox->accessKey());
    type(a->secretKeyEdit(), QString::fromUtf8(sk));
    dialog->networkSection()->proxyModeCombo()->setCurrentIndex(1); // no proxy: loopback
}

Profile TestProfileDialog::stored(const QString &name, const QByteArray &sk)
{
    Profile p = guiTest::storeProfile(m_store.get(), &m_secrets, name, m_sandbox->url(),
                                      m_sandbox->projectId(), m_sandbox->workspace(),
                                      m_sandbox->accessKey().toUtf8(), sk);
    m_created << p.id;
    return p;
}

void TestProfileDialog::validatesEveryField()
{
    stored(QStringLiteral("Taken"), m_sandbox->secretKey());
    ProfileDialog *d = newDialog();
    ConnectionSection *c = d->connectionSection();
    AuthSection *a = d->authSection();
    NetworkSection *n = d->networkSection();
    QVERIFY(!c->nameEdit()->text().isEmpty());                  // a free name is suggested
    QVERIFY(d->errorText(ProfileField::DisplayName).isEmpty()); // nothing shown before Save

    const auto saveAndCheck = [&](ProfileField field, const QString &expected) {
        QSignalSpy saved(d, &ProfileDialog::saved);
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(d->errorText(field), expected);
        QVERIFY(d->resultText().contains(QStringLiteral("not saved")));
    };

    // Name: empty, then one that is taken.
    c->nameEdit()->clear();
    saveAndCheck(ProfileField::DisplayName, ProfileValidator::checkDisplayName(QString()));
    type(c->nameEdit(), QStringLiteral("taken"));
    QVERIFY(d->errorText(ProfileField::DisplayName).contains(QStringLiteral("Taken")));

    // Where: neither a region nor a URL; a URL that is not one; plain http elsewhere.
    c->regionCombo()->setCurrentIndex(0);
    c->endpointEdit()->clear();
    saveAndCheck(ProfileField::Region, ProfileValidator::checkRegion(QString(), QString()));
    type(c->endpointEdit(), QStringLiteral("ftp://dayu.example.com"));
    saveAndCheck(ProfileField::Endpoint,
                 ProfileValidator::checkEndpoint(QStringLiteral("ftp://dayu.example.com")));
    type(c->endpointEdit(), QStringLiteral("http://dayu.example.com"));
    saveAndCheck(ProfileField::Endpoint,
                 ProfileValidator::checkEndpoint(QStringLiteral("http://dayu.example.com")));
    QVERIFY(d->errorText(ProfileField::Region).isEmpty());

    // Project id: 32 hex characters.
    type(c->projectIdEdit(), QStringLiteral("0123456789abcdef0123456789abcdeg"));
    saveAndCheck(ProfileField::ProjectId, ProfileValidator::checkProjectId(
                                              QStringLiteral("0123456789abcdef0123456789abcdeg")));
    c->projectIdEdit()->clear();
    saveAndCheck(ProfileField::ProjectId, ProfileValidator::checkProjectId(QString()));

    // Instance (optional, but well-formed) and workspace (required, 3-64 printable).
    typeCombo(c->instanceCombo(), QStringLiteral("bad id!"));
    saveAndCheck(ProfileField::InstanceId,
                 ProfileValidator::checkInstanceId(QStringLiteral("bad id!")));
    c->workspaceCombo()->clearEditText();
    saveAndCheck(ProfileField::Workspace, ProfileValidator::checkWorkspace(QString()));
    typeCombo(c->workspaceCombo(), QStringLiteral("ws"));
    saveAndCheck(ProfileField::Workspace, ProfileValidator::checkWorkspace(QStringLiteral("ws")));
    typeCombo(c->workspaceCombo(), QStringLiteral("work space"));
    saveAndCheck(ProfileField::Workspace,
                 ProfileValidator::checkWorkspace(QStringLiteral("work space")));

    // AK/SK: both needed for a new profile.
    saveAndCheck(ProfileField::AccessKey, QStringLiteral("Enter the access key (AK)."));
    QCOMPARE(d->errorText(ProfileField::SecretKey), QStringLiteral("Enter the secret key (SK)."));
    type(a->accessKeyEdit(), QStringLiteral("AK WITH SPACE"));
    saveAndCheck(ProfileField::AccessKey,
                 QStringLiteral("An access key has at most 128 characters and no spaces."));

    // IAM: user, account and password.
    a->methodCombo()->setCurrentIndex(1);
    saveAndCheck(ProfileField::IamUserName, QStringLiteral("Enter the IAM user name."));
    QCOMPARE(d->errorText(ProfileField::IamAccountName),
             QStringLiteral("Enter the account (domain) name."));
    QCOMPARE(d->errorText(ProfileField::IamPassword), QStringLiteral("Enter the IAM password."));
    QVERIFY(d->errorText(ProfileField::AccessKey).isEmpty()); // not this method's
    a->methodCombo()->setCurrentIndex(0);

    // Manual proxy: host and port; a host that is none.
    n->proxyModeCombo()->setCurrentIndex(2);
    saveAndCheck(ProfileField::ProxyHost, QStringLiteral("Enter the proxy host."));
    QCOMPARE(d->errorText(ProfileField::ProxyPort),
             QStringLiteral("Enter the proxy port (1–65535)."));
    type(n->proxyHostEdit(), QStringLiteral("proxy/host"));
    saveAndCheck(ProfileField::ProxyHost,
                 QStringLiteral("\"proxy/host\" is not a host name or an IP address."));

    // CA bundle: an existing, readable file.
    const QString missing = m_dir->filePath(QStringLiteral("no-such-ca.pem"));
    type(n->caBundleEdit(), missing);
    saveAndCheck(ProfileField::CaBundle, ProfileValidator::checkCaBundle(missing));

    // DataService edition: the list offers only valid values.
    QCOMPARE(c->dlmTypeCombo()->count(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(
            ProfileValidator::checkDlmType(c->dlmTypeCombo()->itemData(i).toString()).isEmpty());

    // An error on another tab brings that tab forward.
    d->tabs()->setCurrentIndex(0);
    type(c->nameEdit(), QStringLiteral("Fine"));
    c->endpointEdit()->clear();
    c->regionCombo()->setCurrentIndex(c->regionCombo()->findData(QStringLiteral("cn-north-4")));
    // Regions are listed by name, the id beside it (issue 20).
    QCOMPARE(c->regionCombo()->currentText(), QStringLiteral("CN North-Beijing4 (cn-north-4)"));
    type(c->projectIdEdit(), m_sandbox->projectId());
    typeCombo(c->instanceCombo(), QString());
    c->instanceCombo()->clearEditText();
    typeCombo(c->workspaceCombo(), m_sandbox->workspace());
    n->proxyModeCombo()->setCurrentIndex(0);
    n->caBundleEdit()->clear();
    a->accessKeyEdit()->clear();
    QTest::mouseClick(d->saveButton(), Qt::LeftButton);
    QCOMPARE(d->tabs()->currentWidget(), static_cast<QWidget *>(a));

    // Nothing was stored along the way.
    QCOMPARE(m_store->profiles().size(), 1);
}

void TestProfileDialog::errorsFollowTheTyping()
{
    ProfileDialog *d = newDialog();
    ConnectionSection *c = d->connectionSection();
    type(c->projectIdEdit(), QStringLiteral("abc"));
    QVERIFY(d->errorText(ProfileField::ProjectId).isEmpty()); // quiet until the first check
    QVERIFY(!d->validateFields());
    QVERIFY(!d->errorText(ProfileField::ProjectId).isEmpty());
    type(c->projectIdEdit(), m_sandbox->projectId());
    QVERIFY(d->errorText(ProfileField::ProjectId).isEmpty()); // cleared as soon as it is right
}

void TestProfileDialog::discoveryFillsTheLists()
{
    ProfileDialog *d = newDialog();
    fillForSandbox(d, m_sandbox->secretKey());
    ConnectionSection *c = d->connectionSection();
    c->workspaceCombo()->clearEditText();
    QVERIFY(!c->findWorkspacesButton()->isEnabled()); // no instance yet
    QSignalSpy discovered(d, &ProfileDialog::discoveryFinished);
    QTest::mouseClick(c->findInstancesButton(), Qt::LeftButton);
    // The instances, then (only one) its workspaces.
    QTRY_COMPARE_WITH_TIMEOUT(discovered.count(), 2, 20000);
    QCOMPARE(discovered.at(0).at(0).value<Discovery::Kind>(), Discovery::Kind::Instances);
    QVERIFY(discovered.at(0).at(1).toBool());
    QCOMPARE(discovered.at(1).at(0).value<Discovery::Kind>(), Discovery::Kind::Workspaces);
    QVERIFY(discovered.at(1).at(1).toBool());

    QCOMPARE(c->instanceCombo()->count(), 1);
    QCOMPARE(c->instanceCombo()->itemData(0).toString(), m_sandbox->instanceId());
    QCOMPARE(c->instanceId(), m_sandbox->instanceId());
    QCOMPARE(c->workspaceCombo()->count(), 2);
    const Profile p = d->profile();
    QCOMPARE(p.workspaceId, m_sandbox->workspace()); // the default one is picked
    QVERIFY(!p.workspaceName.isEmpty());
    QVERIFY(!p.instanceName.isEmpty());
    QVERIFY(c->findWorkspacesButton()->isEnabled());
}

void TestProfileDialog::resolveNeedsARegionAndFillsTheProjectId()
{
    ProfileDialog *d = newDialog();
    fillForSandbox(d, m_sandbox->secretKey());
    ConnectionSection *c = d->connectionSection();
    QVERIFY(!c->resolveButton()->isEnabled()); // custom endpoint, no region
    c->projectIdEdit()->clear();
    c->regionCombo()->setCurrentIndex(c->regionCombo()->findData(QStringLiteral("cn-north-4")));
    QVERIFY(c->resolveButton()->isEnabled());
    // The sandbox plays IAM too.
    d->discovery()->setIamEndpointOverride(m_sandbox->url());
    QSignalSpy discovered(d, &ProfileDialog::discoveryFinished);
    QTest::mouseClick(c->resolveButton(), Qt::LeftButton);
    QVERIFY(discovered.wait(20000));
    QVERIFY(discovered.at(0).at(1).toBool());
    QCOMPARE(c->projectIdEdit()->text(), m_sandbox->projectId());
}

void TestProfileDialog::testConnectionSucceeds()
{
    ProfileDialog *d = newDialog();
    fillForSandbox(d, m_sandbox->secretKey());
    QSignalSpy finished(d, &ProfileDialog::testFinished);
    QTest::mouseClick(d->testButton(), Qt::LeftButton);
    QVERIFY(!d->testButton()->isEnabled()); // busy
    QVERIFY(finished.wait(20000));
    const auto result = finished.at(0).at(0).value<ConnectionTestResult>();
    QVERIFY2(result.ok, qPrintable(d->resultText()));
    QCOMPARE(d->resultText(), result.message());
    QVERIFY(d->resultText().startsWith(QStringLiteral("Connected: the server answered in")));
    QVERIFY(d->testButton()->isEnabled());
    QCOMPARE(m_store->profiles().size(), 0); // testing stores nothing
}

void TestProfileDialog::wrongSecretKeyShowsTheTranslatedGatewayMessage()
{
    Language language;
    QVERIFY(language.apply(QStringLiteral("zh_CN")));
    ProfileDialog *d = newDialog();
    fillForSandbox(d, "definitely-not-the-sk");
    QVERIFY(containsHan(d->testButton()->text())); // the dialog speaks Chinese
    QSignalSpy finished(d, &ProfileDialog::testFinished);
    QTest::mouseClick(d->testButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    const auto result = finished.at(0).at(0).value<ConnectionTestResult>();
    QVERIFY(!result.ok);
    QCOMPARE(result.error.code, QStringLiteral("APIGW.0301"));
    const QString shown = d->resultText();
    QCOMPARE(shown, result.error.message());
    QVERIFY2(shown.contains(ApiError::describeCode(QStringLiteral("APIGW.0301"))),
             qPrintable(shown));
    QVERIFY2(containsHan(shown), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("[APIGW.0301]")));
    language.apply(QStringLiteral("en"));
}

void TestProfileDialog::iamUserAndPasswordSignIn()
{
    // The sandbox's IAM issues a project-scoped token for its user and password.
    ProfileDialog *d = newDialog();
    fillForSandbox(d, QByteArray());
    AuthSection *a = d->authSection();
    a->methodCombo()->setCurrentIndex(1);
    type(a->iamUserEdit(), m_sandbox->value(QStringLiteral("user")));
    type(a->iamAccountEdit(), m_sandbox->value(QStringLiteral("account")));
    type(a->iamPasswordEdit(), m_sandbox->value(QStringLiteral("password")));
    QSignalSpy finished(d, &ProfileDialog::testFinished);
    QTest::mouseClick(d->testButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.at(0).at(0).value<ConnectionTestResult>().ok, qPrintable(d->resultText()));

    // A wrong password: IAM's own refusal, word for word.
    type(a->iamPasswordEdit(), QStringLiteral("not-the-password"));
    finished.clear();
    QTest::mouseClick(d->testButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    const auto result = finished.at(0).at(0).value<ConnectionTestResult>();
    QVERIFY(!result.ok);
    QCOMPARE(d->resultText(), result.error.message());
    QVERIFY2(d->resultText().contains(QStringLiteral("IAM.")), qPrintable(d->resultText()));
}

void TestProfileDialog::saveKeepsTheSecretsInTheKeychainOnly()
{
    ProfileDialog *d = newDialog();
    fillForSandbox(d, m_sandbox->secretKey());
    QSignalSpy saved(d, &ProfileDialog::saved);
    QTest::mouseClick(d->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    const Profile p = saved.at(0).at(0).value<Profile>();
    m_created << p.id;
    QVERIFY(m_store->find(p.id).has_value());
    QCOMPARE(m_store->find(p.id)->workspaceId, m_sandbox->workspace());
    bool found = false;
    QCOMPARE(keyringWitness::lookup(SecretStore::keyFor(p.id, SecretField::SecretKey), &found),
             m_sandbox->secretKey());
    QVERIFY(found);
    QCOMPARE(
        fileScan::filesContaining(m_dir->path(), fileScan::secretForms(m_sandbox->secretKey())),
        QStringList());
    QTRY_VERIFY(!d->isVisible()); // accepted and closed
}

void TestProfileDialog::editModeTestsWithTheKeychainsSecrets()
{
    const Profile p = stored(QStringLiteral("Edit me"), m_sandbox->secretKey());
    m_dialog = new ProfileDialog(m_store.get(), &m_secrets, p);
    m_dialog->show();
    AuthSection *a = m_dialog->authSection();
    QVERIFY(!a->secretKeyEdit()->isEnabled());
    QVERIFY(a->secretKeyEdit()->text().isEmpty()); // never shown
    QVERIFY(!a->accessKeyEdit()->isEnabled());
    QVERIFY(m_dialog->replaceSecretButton());
    QCOMPARE(m_dialog->connectionSection()->projectIdEdit()->text(), p.projectId);

    QSignalSpy finished(m_dialog, &ProfileDialog::testFinished);
    QTest::mouseClick(m_dialog->testButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.at(0).at(0).value<ConnectionTestResult>().ok,
             qPrintable(m_dialog->resultText()));

    // Saving an edit keeps the keys.
    type(m_dialog->connectionSection()->nameEdit(), QStringLiteral("Edited"));
    QSignalSpy saved(m_dialog, &ProfileDialog::saved);
    QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    QCOMPARE(m_store->find(p.id)->displayName, QStringLiteral("Edited"));
    bool found = false;
    QCOMPARE(keyringWitness::lookup(SecretStore::keyFor(p.id, SecretField::SecretKey), &found),
             m_sandbox->secretKey());
}

void TestProfileDialog::replaceSecretStoresOnlyTheNewSecret()
{
    // Stored with a wrong SK: the test fails until the secret is replaced.
    const Profile p = stored(QStringLiteral("Rotate"), "old-wrong-secret");
    m_dialog = new ProfileDialog(m_store.get(), &m_secrets, p);
    m_dialog->show();
    QSignalSpy tested(m_dialog, &ProfileDialog::testFinished);
    QTest::mouseClick(m_dialog->testButton(), Qt::LeftButton);
    QVERIFY(tested.wait(20000));
    QVERIFY(!tested.at(0).at(0).value<ConnectionTestResult>().ok);

    QTest::mouseClick(m_dialog->replaceSecretButton(), Qt::LeftButton);
    ReplaceSecretDialog *replace = m_dialog->replaceSecretDialog();
    QVERIFY(replace);
    QTRY_VERIFY(replace->isVisible());
    QVERIFY(replace->edit(SecretField::AccessKey));
    QVERIFY(replace->edit(SecretField::SecretKey));
    QVERIFY(!replace->edit(SecretField::IamPassword));
    // Nothing typed: refused.
    QSignalSpy replaced(replace, &ReplaceSecretDialog::replaced);
    replace->save();
    QVERIFY(!replace->errorText().isEmpty());
    QTest::keyClicks(replace->edit(SecretField::SecretKey),
                     QString::fromUtf8(m_sandbox->secretKey()));
    replace->save();
    QVERIFY(replaced.wait(20000));
    QVERIFY(m_dialog->resultText().contains(QStringLiteral("keychain")));

    bool found = false;
    QCOMPARE(keyringWitness::lookup(SecretStore::keyFor(p.id, SecretField::SecretKey), &found),
             m_sandbox->secretKey());
    QCOMPARE(keyringWitness::lookup(SecretStore::keyFor(p.id, SecretField::AccessKey), &found),
             m_sandbox->accessKey().toUtf8()); // kept
    QCOMPARE(*m_store->find(p.id), p);         // the settings did not change

    tested.clear();
    QTest::mouseClick(m_dialog->testButton(), Qt::LeftButton);
    QVERIFY(tested.wait(20000));
    QVERIFY2(tested.at(0).at(0).value<ConnectionTestResult>().ok,
             qPrintable(m_dialog->resultText()));
}

void TestProfileDialog::newAuthMethodNeedsItsSecret()
{
    const Profile p = stored(QStringLiteral("Switch"), m_sandbox->secretKey());
    m_dialog = new ProfileDialog(m_store.get(), &m_secrets, p);
    m_dialog->show();
    AuthSection *a = m_dialog->authSection();
    a->methodCombo()->setCurrentIndex(1);
    QVERIFY(a->iamPasswordEdit()->isEnabled()); // not in the keychain yet
    type(a->iamUserEdit(), QStringLiteral("gov_bot"));
    type(a->iamAccountEdit(), QStringLiteral("acme"));
    QSignalSpy saved(m_dialog, &ProfileDialog::saved);
    QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(m_dialog->errorText(ProfileField::IamPassword),
             QStringLiteral("Enter the IAM password."));
    // Back to AK/SK: the stored keys do again.
    a->methodCombo()->setCurrentIndex(0);
    QVERIFY(m_dialog->errorText(ProfileField::IamPassword).isEmpty());
    QVERIFY(!a->secretKeyEdit()->isEnabled());
}

DESK_GUI_TEST_MAIN(TestProfileDialog)
#include "tst_profile_dialog.moc"

// A slow gateway and a profile that waits 2 s for an answer: "Test connection" gives up
// after the profile's time (the app's default is 60 s), and the times are kept with the
// profile, shown as "the app's setting" when not set.
void TestProfileDialog::timeoutsAreTheProfilesOwn()
{
    ProfileDialog *d = newDialog();
    NetworkSection *n = d->networkSection();
    QCOMPARE(n->transferTimeoutSpin()->value(), 0);
    QVERIFY(n->transferTimeoutSpin()->text().contains(QStringLiteral("60")));
    QVERIFY(!n->connectTimeoutSpin()->accessibleName().isEmpty());
    fillForSandbox(d, m_sandbox->secretKey());
    n->transferTimeoutSpin()->setValue(2);
    n->connectTimeoutSpin()->setValue(9);

    SandboxClient control(*m_sandbox);
    control.queueFault(QStringLiteral("latency"), QStringLiteral("."), 20, 30000);
    QSignalSpy finished(d, &ProfileDialog::testFinished);
    QTest::mouseClick(d->testButton(), Qt::LeftButton);
    QVERIFY(finished.wait(25000)); // far below the 60 s default
    control.control("DELETE", QStringLiteral("/__sandbox/faults"));
    const auto result = finished.at(0).at(0).value<ConnectionTestResult>();
    QVERIFY(!result.ok);
    QVERIFY2(d->resultText().contains(QStringLiteral("timed out")), qPrintable(d->resultText()));

    QSignalSpy saved(d, &ProfileDialog::saved);
    QTest::mouseClick(d->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    const Profile p = saved.at(0).at(0).value<Profile>();
    m_created << p.id;
    const std::optional<Profile> kept = m_store->find(p.id);
    QVERIFY(kept.has_value());
    QCOMPARE(kept->transferTimeoutSeconds, 2);
    QCOMPARE(kept->connectTimeoutSeconds, 9);
    const ConnectionSettings settings = ConnectionSettingsBuilder::withoutSecrets(*kept);
    QCOMPARE(settings.transferTimeoutMs, 2000);
    QCOMPARE(settings.connectTimeoutMs, 9000);

    ProfileDialog edit(m_store.get(), &m_secrets, *kept);
    QCOMPARE(edit.networkSection()->transferTimeoutSpin()->value(), 2);
    QCOMPARE(edit.networkSection()->connectTimeoutSpin()->value(), 9);
}
