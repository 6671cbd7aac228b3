// Saving, duplicating, removing profiles and building their ConnectionSettings, with the
// real Secret Service of scripts/test, witnessed with secret-tool and a file scan.
#include "FileScan.h"
#include "KeyringWitness.h"

#include "profiles/ConnectionSettingsBuilder.h"
#include "profiles/DuplicateProfileJob.h"
#include "profiles/ProfileStore.h"
#include "profiles/RemoveProfileJob.h"
#include "profiles/SaveProfileJob.h"
#include "profiles/SecretStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dataarts;

namespace {

Profile makeProfile(const QString &name)
{
    Profile p = Profile::create();
    p.displayName = name;
    p.region = QStringLiteral("cn-east-3");
    p.projectId = QStringLiteral("00112233445566778899aabbccddeeff");
    p.instanceId = QStringLiteral("inst-0001");
    p.workspaceId = QStringLiteral("ws-jobs-01");
    p.dlmType = QStringLiteral("SHARED");
    return p;
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QStringList keysOf(const QUuid &id)
{
    bool ok = false;
    QStringList keys = keyringWitness::keysOfProfile(idText(id), &ok);
    keys.sort();
    return ok ? keys : QStringList{QStringLiteral("<secret-tool failed>")};
}

QString key(const QUuid &id, const char *field)
{
    return idText(id) + QLatin1Char('/') + QLatin1String(field);
}

} // namespace

class TestProfileJobs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void saveNewProfileKeepsSecretsInKeychainOnly();
    void saveRefusesMissingSecretsAndWritesNothing();
    void saveRefusesInvalidProfileAndWritesNothing();
    void replaceSecretKeepsTheOthers();
    void switchingAuthDropsStaleSecrets();
    void builderReadsSecretsAndEndpoints();
    void builderNamesMissingSecret();
    void duplicateCopiesSecrets();
    void removeDeletesEveryEntryAndTheSettings();
    void removeOfUnknownProfileFails();

private:
    bool save(const Profile &profile, const SecretValues &secrets,
              SaveProfileJob **jobOut = nullptr, bool requireSecrets = true);
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("profiles.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    SecretStore m_secrets;
    QList<QUuid> m_created;
};

void TestProfileJobs::initTestCase()
{
    const QString problem = keyringWitness::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestProfileJobs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(settingsPath());
}

void TestProfileJobs::cleanup()
{
    for (const QUuid &id : std::as_const(m_created)) {
        for (const char *field : {"ak", "sk", "iam_password", "proxy_password"})
            keyringWitness::clear(key(id, field));
    }
    m_created.clear();
    m_store.reset();
    m_dir.reset();
}

bool TestProfileJobs::save(const Profile &profile, const SecretValues &secrets,
                           SaveProfileJob **jobOut, bool requireSecrets)
{
    m_created << profile.id;
    auto *job = new SaveProfileJob(m_store.get(), &m_secrets, this);
    job->setSecrets(secrets);
    job->setRequireSecrets(requireSecrets);
    QSignalSpy finished(job, &SaveProfileJob::finished);
    job->start(profile);
    if (!finished.wait(30000))
        return false;
    if (jobOut)
        *jobOut = job;
    else
        job->deleteLater();
    return finished.at(0).at(0).toBool();
}

void TestProfileJobs::saveNewProfileKeepsSecretsInKeychainOnly()
{
    const Profile p = makeProfile(QStringLiteral("Jobs 生产"));
    const QByteArray ak =
        "AKJOBS" + QUuid::createUuid().toByteArray(QUuid::Id128).left(14).toUpper();
    const QByteArray sk = "SK-jobs-密钥-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    SaveProfileJob *job = nullptr;
    QVERIFY(save(p, {{SecretField::AccessKey, ak}, {SecretField::SecretKey, sk}}, &job));
    QVERIFY(job->isNew());
    QVERIFY(!job->secretsSessionOnly());
    QVERIFY(job->errorString().isEmpty());

    QVERIFY(m_store->find(p.id).has_value());
    QCOMPARE(keysOf(p.id), (QStringList{key(p.id, "ak"), key(p.id, "sk")}));
    bool found = false;
    QCOMPARE(keyringWitness::lookup(key(p.id, "sk"), &found), sk);
    QCOMPARE(keyringWitness::lookup(key(p.id, "ak"), &found), ak);

    // Neither key is in the settings file, in any form, nor anywhere in its folder.
    QList<QByteArray> needles = fileScan::secretForms(sk) + fileScan::secretForms(ak);
    QFile settings(settingsPath());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray bytes = settings.readAll();
    QVERIFY(bytes.contains("ws-jobs-01"));
    for (const QByteArray &needle : std::as_const(needles))
        QVERIFY(!bytes.contains(needle));
    QCOMPARE(fileScan::filesContaining(m_dir->path(), needles), QStringList());
}

void TestProfileJobs::saveRefusesMissingSecretsAndWritesNothing()
{
    const Profile p = makeProfile(QStringLiteral("no sk"));
    SaveProfileJob *job = nullptr;
    QVERIFY(!save(p, {{SecretField::AccessKey, "AKONLY"}}, &job));
    QCOMPARE(job->fieldErrors().size(), 1);
    QCOMPARE(job->fieldErrors().constFirst().field, ProfileField::SecretKey);
    QVERIFY(!job->keychainFailed());
    QVERIFY(!m_store->find(p.id).has_value());
    QCOMPARE(keysOf(p.id), QStringList());
}

void TestProfileJobs::saveRefusesInvalidProfileAndWritesNothing()
{
    Profile p = makeProfile(QStringLiteral("bad ids"));
    p.projectId = QStringLiteral("not-hex");
    SaveProfileJob *job = nullptr;
    QVERIFY(!save(p, {{SecretField::AccessKey, "AKBAD"}, {SecretField::SecretKey, "SKBAD"}}, &job));
    QCOMPARE(job->fieldErrors().constFirst().field, ProfileField::ProjectId);
    QVERIFY(!job->errorString().isEmpty());
    QVERIFY(!m_store->find(p.id).has_value());
    QCOMPARE(keysOf(p.id), QStringList());
}

void TestProfileJobs::replaceSecretKeepsTheOthers()
{
    const Profile p = makeProfile(QStringLiteral("replace"));
    QVERIFY(save(p, {{SecretField::AccessKey, "AK-R1"}, {SecretField::SecretKey, "SK-R1"}}));
    // "Replace secret": the same profile, only the new SK.
    SaveProfileJob *job = nullptr;
    QVERIFY(save(p, {{SecretField::SecretKey, "SK-R2-新"}}, &job));
    QVERIFY(!job->isNew());
    bool found = false;
    QCOMPARE(keyringWitness::lookup(key(p.id, "sk"), &found), QByteArray("SK-R2-新"));
    QCOMPARE(keyringWitness::lookup(key(p.id, "ak"), &found), QByteArray("AK-R1"));
    QCOMPARE(keysOf(p.id), (QStringList{key(p.id, "ak"), key(p.id, "sk")}));
}

void TestProfileJobs::switchingAuthDropsStaleSecrets()
{
    Profile p = makeProfile(QStringLiteral("switch"));
    QVERIFY(save(p, {{SecretField::AccessKey, "AK-S"}, {SecretField::SecretKey, "SK-S"}}));
    p.auth = AuthMethod::IamPassword;
    p.iamUserName = QStringLiteral("gov-bot");
    p.iamAccountName = QStringLiteral("acme");
    p.proxyMode = ProxyMode::Manual;
    p.proxyHost = QStringLiteral("proxy.example");
    p.proxyPort = 8080;
    p.proxyUser = QStringLiteral("alice");
    // Secrets the profile does not need are never written (the AK here).
    QVERIFY(save(p, {{SecretField::IamPassword, "iam-pw"},
                     {SecretField::ProxyPassword, "proxy-pw"},
                     {SecretField::AccessKey, "AK-IGNORED"}}));
    QCOMPARE(keysOf(p.id), (QStringList{key(p.id, "iam_password"), key(p.id, "proxy_password")}));
    QCOMPARE(m_store->find(p.id)->auth, AuthMethod::IamPassword);
}

void TestProfileJobs::builderReadsSecretsAndEndpoints()
{
    Profile p = makeProfile(QStringLiteral("build"));
    p.proxyMode = ProxyMode::Manual;
    p.proxyHost = QStringLiteral("proxy.example");
    p.proxyPort = 3128;
    p.proxyUser = QStringLiteral("bob");
    QVERIFY(save(p, {{SecretField::AccessKey, "AK-BUILD"},
                     {SecretField::SecretKey, "SK-BUILD-é"},
                     {SecretField::ProxyPassword, "PX-BUILD"}}));
    ConnectionSettingsBuilder builder(&m_secrets);
    QSignalSpy finished(&builder, &ConnectionSettingsBuilder::finished);
    builder.start(*m_store->find(p.id));
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(builder.errorString()));
    const ConnectionSettings &s = builder.settings();
    QCOMPARE(s.endpoint, QUrl(QStringLiteral("https://dayu.cn-east-3.myhuaweicloud.com")));
    QCOMPARE(s.iamEndpoint, QUrl(QStringLiteral("https://iam.cn-east-3.myhuaweicloud.com")));
    QCOMPARE(s.region, QStringLiteral("cn-east-3"));
    QCOMPARE(s.projectId, p.projectId);
    QCOMPARE(s.instanceId, p.instanceId);
    QCOMPARE(s.workspace, p.workspaceId);
    QCOMPARE(s.dlmType, QStringLiteral("SHARED"));
    QCOMPARE(s.auth, AuthMethod::AkSk);
    QCOMPARE(s.akSk.accessKey, QStringLiteral("AK-BUILD"));
    QCOMPARE(s.akSk.secretKey, QByteArray("SK-BUILD-é"));
    QCOMPARE(s.proxyMode, ProxyMode::Manual);
    QCOMPARE(s.proxyHost, QStringLiteral("proxy.example"));
    QCOMPARE(s.proxyPort, quint16(3128));
    QCOMPARE(s.proxyUser, QStringLiteral("bob"));
    QCOMPARE(s.proxyPassword, QByteArray("PX-BUILD"));
    QVERIFY(!builder.secretsSessionOnly());
}

void TestProfileJobs::builderNamesMissingSecret()
{
    const Profile p = makeProfile(QStringLiteral("missing"));
    QVERIFY(save(p, {{SecretField::AccessKey, "AK-ONLY"}}, nullptr, false));
    ConnectionSettingsBuilder builder(&m_secrets);
    QSignalSpy finished(&builder, &ConnectionSettingsBuilder::finished);
    builder.start(p);
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(builder.errorString().contains(QLatin1String("secret key (SK)")),
             qPrintable(builder.errorString()));
    QVERIFY(builder.errorString().contains(QLatin1String("Replace secret")));
}

void TestProfileJobs::duplicateCopiesSecrets()
{
    const Profile p = makeProfile(QStringLiteral("original"));
    QVERIFY(save(p, {{SecretField::AccessKey, "AK-DUP"}, {SecretField::SecretKey, "SK-DUP"}}));
    DuplicateProfileJob job(m_store.get(), &m_secrets);
    QSignalSpy finished(&job, &DuplicateProfileJob::finished);
    job.start(p.id);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(job.errorString()));
    const Profile copy = job.profile();
    m_created << copy.id;
    QVERIFY(copy.id != p.id);
    QVERIFY(copy.displayName != p.displayName);
    QCOMPARE(m_store->profiles().size(), 2);
    QCOMPARE(m_store->find(copy.id)->workspaceId, p.workspaceId);
    QCOMPARE(keysOf(copy.id), (QStringList{key(copy.id, "ak"), key(copy.id, "sk")}));
    bool found = false;
    QCOMPARE(keyringWitness::lookup(key(copy.id, "sk"), &found), QByteArray("SK-DUP"));
    // The original keeps its own entries.
    QCOMPARE(keysOf(p.id), (QStringList{key(p.id, "ak"), key(p.id, "sk")}));
}

void TestProfileJobs::removeDeletesEveryEntryAndTheSettings()
{
    Profile p = makeProfile(QStringLiteral("to remove"));
    p.proxyMode = ProxyMode::Manual;
    p.proxyHost = QStringLiteral("proxy.example");
    p.proxyPort = 8080;
    p.proxyUser = QStringLiteral("carol");
    QVERIFY(save(p, {{SecretField::AccessKey, "AK-RM"},
                     {SecretField::SecretKey, "SK-RM"},
                     {SecretField::ProxyPassword, "PX-RM"}}));
    // A stale entry of another field, as an older version might have left.
    {
        bool written = false;
        m_secrets.write(
            p.id, SecretField::IamPassword, "IAM-RM", this,
            [&written](const SecretResult &r) { written = r.status == SecretResult::Ok; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 30000);
    }
    QCOMPARE(keysOf(p.id).size(), 4);
    QVERIFY(m_store->setLastUsed(p.id));

    RemoveProfileJob job(m_store.get(), &m_secrets);
    QSignalSpy finished(&job, &RemoveProfileJob::finished);
    job.start(p.id);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(job.errorString()));
    QVERIFY(!job.keychainFailed());
    QCOMPARE(keysOf(p.id), QStringList());
    QVERIFY(!m_store->find(p.id).has_value());
    QVERIFY(m_store->lastUsed().isNull());
}

void TestProfileJobs::removeOfUnknownProfileFails()
{
    RemoveProfileJob job(m_store.get(), &m_secrets);
    QSignalSpy finished(&job, &RemoveProfileJob::finished);
    job.start(QUuid::createUuid());
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(!job.errorString().isEmpty());
    RemoveProfileJob sandbox(m_store.get(), &m_secrets);
    QSignalSpy sandboxFinished(&sandbox, &RemoveProfileJob::finished);
    sandbox.start(Profile::sandboxId());
    QVERIFY(sandboxFinished.wait(30000));
    QVERIFY(!sandboxFinished.at(0).at(0).toBool());
}

QTEST_GUILESS_MAIN(TestProfileJobs)
#include "tst_profilejobs.moc"
