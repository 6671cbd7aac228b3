// ConnectionManager against real sandboxes over loopback and the real Secret Service of
// scripts/test: the built-in Sandbox profile, a stored AK/SK profile whose keys are in the
// keychain, clock offsets, a wrong SK, switching, and profile changes while open.
#include "KeyringWitness.h"
#include "SandboxProcess.h"

#include "client/ApiError.h"
#include "client/Session.h"
#include "connection/ConnectionManager.h"
#include "connection/SandboxLauncher.h"
#include "i18n/Language.h"
#include "profiles/ProfileStore.h"
#include "profiles/RemoveProfileJob.h"
#include "profiles/SaveProfileJob.h"
#include "profiles/SecretStore.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dataarts;

namespace {

const QStringList kSmall = {QStringLiteral("--port"),     QStringLiteral("0"),
                            QStringLiteral("--tables"),   QStringLiteral("50"),
                            QStringLiteral("--apis"),     QStringLiteral("10"),
                            QStringLiteral("--clusters"), QStringLiteral("1")};

using State = ConnectionStatus::State;

bool waitForState(ConnectionManager &manager, State state, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (manager.state() != state && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    return manager.state() == state;
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

class TestConnectionManager : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensTheSandboxProfile();
    void sandboxThatCannotStartFails();
    void opensAStoredProfileWithKeysFromTheKeychain();
    void reportsTheClockOffset();
    void recoversFromAnExpiredSignature();
    void wrongSecretKeyIsTheTranslatedGatewayError();
    void switchingClosesThePreviousSession();
    void missingSecretIsNamed();
    void removedProfileIsClosedAndUpdatedOneReopened();

private:
    Profile storedProfile(const SandboxProcess &sandbox, const QString &name,
                          const QByteArray &sk = QByteArray());
    bool save(const Profile &profile, const SecretValues &secrets);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    SecretStore m_secrets;
    QList<QUuid> m_created;
    Language m_english; // English plurals
};

void TestConnectionManager::initTestCase()
{
    const QString problem = keyringWitness::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(m_english.apply(QStringLiteral("en")));
}

void TestConnectionManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
}

void TestConnectionManager::cleanup()
{
    for (const QUuid &id : std::as_const(m_created)) {
        for (const char *field : {"ak", "sk", "iam_password", "proxy_password"})
            keyringWitness::clear(id.toString(QUuid::WithoutBraces) + QLatin1Char('/') +
                                  QLatin1String(field));
    }
    m_created.clear();
    m_store.reset();
    m_dir.reset();
}

Profile TestConnectionManager::storedProfile(const SandboxProcess &sandbox, const QString &name,
                                             const QByteArray &sk)
{
    Profile p = Profile::create();
    p.displayName = name;
    p.customEndpoint = sandbox.url().toString();
    p.projectId = sandbox.projectId();
    p.instanceId = sandbox.instanceId();
    p.workspaceId = sandbox.workspace();
    p.proxyMode = ProxyMode::None;
    if (!save(p, {{SecretField::AccessKey, sandbox.accessKey().toUtf8()},
                  {SecretField::SecretKey, sk.isEmpty() ? sandbox.secretKey() : sk}}))
        return Profile();
    return *m_store->find(p.id);
}

bool TestConnectionManager::save(const Profile &profile, const SecretValues &secrets)
{
    m_created << profile.id;
    SaveProfileJob job(m_store.get(), &m_secrets);
    job.setSecrets(secrets);
    QSignalSpy finished(&job, &SaveProfileJob::finished);
    job.start(profile);
    return finished.wait(30000) && finished.at(0).at(0).toBool();
}

void TestConnectionManager::opensTheSandboxProfile()
{
    SandboxLauncher launcher;
    launcher.setArguments(kSmall);
    ConnectionManager manager(m_store.get(), &m_secrets, &launcher);
    QSignalSpy statuses(&manager, &ConnectionManager::statusChanged);
    QSignalSpy sessions(&manager, &ConnectionManager::sessionChanged);

    manager.open(Profile::sandbox());
    QCOMPARE(manager.state(), State::Connecting);
    QCOMPARE(manager.status().profileName, Profile::sandbox().displayName);
    QVERIFY(manager.session() == nullptr);
    QVERIFY2(waitForState(manager, State::Connected), qPrintable(manager.status().details()));
    QVERIFY(launcher.isRunning()); // started on demand

    const ConnectionStatus &status = manager.status();
    QVERIFY(status.test.ok);
    QVERIFY(status.test.latencyMs >= 0);
    QVERIFY(qAbs(status.test.clockOffsetMs) < 3000);
    QVERIFY(status.test.serverTime.isValid());
    QVERIFY(!status.hasClockWarning());
    QVERIFY(status.text().contains(QStringLiteral("Connected to Sandbox")));
    QVERIFY(!status.secretsSessionOnly);

    QCOMPARE(sessions.count(), 1);
    auto *session = sessions.at(0).at(0).value<Session *>();
    QVERIFY(session);
    QCOMPARE(manager.session(), session);
    QCOMPARE(session->settings().endpoint, launcher.startup().url);
    QCOMPARE(session->settings().projectId, launcher.startup().projectId);
    // Connecting, then Connected.
    QCOMPARE(statuses.first().at(0).value<ConnectionStatus>().state, State::Connecting);
    QCOMPARE(statuses.last().at(0).value<ConnectionStatus>().state, State::Connected);

    // Remembered for the next start, in the shared file.
    QCOMPARE(m_store->lastUsed(), Profile::sandboxId());
    ProfileStore reread(m_store->settingsPath());
    QCOMPARE(reread.lastUsed(), Profile::sandboxId());

    manager.close();
    QCOMPARE(manager.state(), State::Closed);
    QCOMPARE(sessions.count(), 2);
    QVERIFY(sessions.last().at(0).value<Session *>() == nullptr);
}

void TestConnectionManager::sandboxThatCannotStartFails()
{
    QTemporaryDir dir;
    SandboxLauncher launcher;
    launcher.setExecutable(dir.filePath(QStringLiteral("no-sandbox-here")));
    ConnectionManager manager(m_store.get(), &m_secrets, &launcher);
    QSignalSpy sessions(&manager, &ConnectionManager::sessionChanged);
    manager.open(Profile::sandbox());
    QVERIFY(waitForState(manager, State::Failed));
    QVERIFY2(manager.status().error.contains(QStringLiteral("not found")),
             qPrintable(manager.status().error));
    QVERIFY(manager.status().text().contains(QStringLiteral("connection failed")));
    QCOMPARE(sessions.count(), 0);

    ConnectionManager without(m_store.get(), &m_secrets, nullptr);
    without.open(Profile::sandbox());
    QVERIFY(waitForState(without, State::Failed));
    QVERIFY(!without.status().error.isEmpty());
}

void TestConnectionManager::opensAStoredProfileWithKeysFromTheKeychain()
{
    SandboxProcess sandbox(kSmall.mid(2));
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const Profile p = storedProfile(sandbox, QStringLiteral("Stored 生产"));
    QVERIFY(!p.id.isNull());
    bool ok = false;
    QCOMPARE(keyringWitness::keysOfProfile(p.id.toString(QUuid::WithoutBraces), &ok).size(), 2);

    ConnectionManager manager(m_store.get(), &m_secrets, nullptr);
    QVERIFY(manager.openById(p.id));
    QVERIFY2(waitForState(manager, State::Connected), qPrintable(manager.status().details()));
    QCOMPARE(manager.status().profileId, p.id);
    QCOMPARE(manager.session()->settings().akSk.secretKey, sandbox.secretKey());
    QCOMPARE(m_store->lastUsed(), p.id);
    QVERIFY(!manager.openById(QUuid::createUuid())); // unknown: nothing changes
    QCOMPARE(manager.state(), State::Connected);
}

void TestConnectionManager::reportsTheClockOffset()
{
    // The server's clock runs five minutes ahead: this computer is "behind".
    SandboxProcess sandbox(kSmall.mid(2) +
                           QStringList{QStringLiteral("--clock-offset-s"), QStringLiteral("300")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const Profile p = storedProfile(sandbox, QStringLiteral("Skewed"));
    ConnectionManager manager(m_store.get(), &m_secrets, nullptr);
    manager.open(p);
    QVERIFY2(waitForState(manager, State::Connected), qPrintable(manager.status().details()));
    const ConnectionStatus &status = manager.status();
    QVERIFY2(qAbs(status.test.clockOffsetMs - 300000) < 3000,
             qPrintable(QString::number(status.test.clockOffsetMs)));
    QVERIFY(status.hasClockWarning());
    QVERIFY2(status.clockWarning().contains(QStringLiteral("5 minutes behind")),
             qPrintable(status.clockWarning()));
    // The session signs with the server's time from now on.
    QVERIFY(qAbs(manager.session()->clockOffsetMs() - 300000) < 3000);
    const qint64 serverSkew =
        manager.session()->now().msecsTo(QDateTime::currentDateTimeUtc().addSecs(300));
    QVERIFY(qAbs(serverSkew) < 3000);
}

void TestConnectionManager::recoversFromAnExpiredSignature()
{
    // Twenty minutes behind: the first signature is refused as expired; the session takes
    // the offset from the answer, signs again and gets through.
    SandboxProcess sandbox(
        kSmall.mid(2) + QStringList{QStringLiteral("--clock-offset-s"), QStringLiteral("-1200")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const Profile p = storedProfile(sandbox, QStringLiteral("Far off"));
    ConnectionManager manager(m_store.get(), &m_secrets, nullptr);
    manager.open(p);
    QVERIFY2(waitForState(manager, State::Connected), qPrintable(manager.status().details()));
    QVERIFY(qAbs(manager.status().test.clockOffsetMs + 1200000) < 3000);
    QVERIFY(manager.status().clockWarning().contains(QStringLiteral("20 minutes ahead")));
}

void TestConnectionManager::wrongSecretKeyIsTheTranslatedGatewayError()
{
    SandboxProcess sandbox(kSmall.mid(2));
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const Profile p = storedProfile(sandbox, QStringLiteral("Wrong SK"), "not-the-secret-key");

    Language language;
    QVERIFY(language.apply(QStringLiteral("zh_CN")));
    ConnectionManager manager(m_store.get(), &m_secrets, nullptr);
    QSignalSpy sessions(&manager, &ConnectionManager::sessionChanged);
    manager.open(p);
    QVERIFY(waitForState(manager, State::Failed));
    const QString error = manager.status().error;
    const QString expected = manager.status().test.error.message();
    const QString meaning = ApiError::describeCode(QStringLiteral("APIGW.0301"));
    language.apply(QStringLiteral("en"));

    QVERIFY2(error.contains(QStringLiteral("[APIGW.0301]")), qPrintable(error));
    QVERIFY2(containsHan(error), qPrintable(error)); // in Chinese
    QVERIFY(!manager.status().test.ok);
    QCOMPARE(manager.status().test.error.code, QStringLiteral("APIGW.0301"));
    QCOMPARE(manager.status().test.error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(error, expected);
    QVERIFY2(error.contains(meaning), qPrintable(error)); // the code's translated meaning
    QVERIFY(manager.session() == nullptr);
    QCOMPARE(sessions.count(), 0);
}

void TestConnectionManager::switchingClosesThePreviousSession()
{
    SandboxProcess sandbox(kSmall.mid(2));
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const Profile a = storedProfile(sandbox, QStringLiteral("A"));
    const Profile b = storedProfile(sandbox, QStringLiteral("B"));
    ConnectionManager manager(m_store.get(), &m_secrets, nullptr);
    manager.open(a);
    QVERIFY(waitForState(manager, State::Connected));
    QPointer<Session> first = manager.session();
    QSignalSpy sessions(&manager, &ConnectionManager::sessionChanged);
    manager.open(b);
    // Panes let go of the old session at once; it is deleted afterwards.
    QCOMPARE(sessions.count(), 1);
    QVERIFY(sessions.at(0).at(0).value<Session *>() == nullptr);
    QCOMPARE(manager.state(), State::Connecting);
    QTRY_VERIFY_WITH_TIMEOUT(first.isNull(), 5000);
    QVERIFY(waitForState(manager, State::Connected));
    QCOMPARE(manager.status().profileName, QStringLiteral("B"));
    QCOMPARE(m_store->lastUsed(), b.id);

    // A quick switch back and forth: only the last one connects.
    manager.open(a);
    manager.open(b);
    QVERIFY(waitForState(manager, State::Connected));
    QTest::qWait(200);
    QCOMPARE(manager.status().profileId, b.id);
}

void TestConnectionManager::missingSecretIsNamed()
{
    SandboxProcess sandbox(kSmall.mid(2));
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    Profile p = storedProfile(sandbox, QStringLiteral("No SK"));
    keyringWitness::clear(SecretStore::keyFor(p.id, SecretField::SecretKey));
    ConnectionManager manager(m_store.get(), &m_secrets, nullptr);
    manager.open(p);
    QVERIFY(waitForState(manager, State::Failed));
    QVERIFY2(manager.status().error.contains(QStringLiteral("secret key (SK)")),
             qPrintable(manager.status().error));
    QVERIFY(manager.status().error.contains(QStringLiteral("Replace secret")));
}

void TestConnectionManager::removedProfileIsClosedAndUpdatedOneReopened()
{
    SandboxProcess sandbox(kSmall.mid(2));
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    Profile p = storedProfile(sandbox, QStringLiteral("Changing"));
    ConnectionManager manager(m_store.get(), &m_secrets, nullptr);
    manager.open(p);
    QVERIFY(waitForState(manager, State::Connected));

    p.displayName = QStringLiteral("Changed");
    QVERIFY(m_store->update(p));
    QCOMPARE(manager.state(), State::Connecting); // opened again with the new settings
    QVERIFY(waitForState(manager, State::Connected));
    QCOMPARE(manager.status().profileName, QStringLiteral("Changed"));

    RemoveProfileJob remove(m_store.get(), &m_secrets);
    QSignalSpy removed(&remove, &RemoveProfileJob::finished);
    remove.start(p.id);
    QVERIFY(removed.wait(30000));
    QVERIFY(removed.at(0).at(0).toBool());
    QCOMPARE(manager.state(), State::Closed);
    QVERIFY(!manager.profile().has_value());
}

QTEST_GUILESS_MAIN(TestConnectionManager)
#include "tst_connection_manager.moc"
