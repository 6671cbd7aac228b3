#include "profiles/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dataarts;

namespace {

Profile makeProfile(const QString &name)
{
    Profile p = Profile::create();
    p.displayName = name;
    p.region = QStringLiteral("cn-north-4");
    p.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    p.workspaceId = QStringLiteral("ws-0001");
    return p;
}

Profile fullProfile()
{
    Profile p = Profile::create();
    p.displayName = QStringLiteral("生产 Production");
    p.customEndpoint = QStringLiteral("https://dataarts.example.com:8443");
    p.region = QStringLiteral("ap-southeast-3");
    p.projectId = QStringLiteral("fedcba9876543210fedcba9876543210");
    p.instanceId = QStringLiteral("8f3c2d1e0b9a48d7a6c5b4e3d2f1a0b9");
    p.instanceName = QStringLiteral("数据治理实例");
    p.workspaceId = QStringLiteral("b7e4c1a2d3f4");
    p.workspaceName = QStringLiteral("默认空间 default");
    p.dlmType = QStringLiteral("EXCLUSIVE");
    p.auth = AuthMethod::IamPassword;
    p.iamUserName = QStringLiteral("gov-bot");
    p.iamAccountName = QStringLiteral("acme");
    p.proxyMode = ProxyMode::Manual;
    p.proxyHost = QStringLiteral("proxy.corp.example");
    p.proxyPort = 3128;
    p.proxyUser = QStringLiteral("alice");
    return p;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void defaultPathIsSharedAndUnderConfig();
    void roundTripsEveryField();
    void secondInstanceSeesChanges();
    void listIsSortedByName();
    void namesAreUniqueIgnoringCase();
    void sandboxNameIsReserved();
    void invalidProfileIsRefusedWithFieldErrors();
    void updateReplacesAndDropsStaleKeys();
    void updateOfMissingProfileFails();
    void duplicateGetsFreshIdAndFreeName();
    void removeDropsGroupAndLastUsed();
    void lastUsedAcceptsStoredAndSandboxOnly();
    void signalsOnEveryChange();
    void sandboxIsNeverStored();
    void damagedGroupsAreSkipped();
    void unwritableFileIsReported();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("profiles.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::defaultPathIsSharedAndUnderConfig()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = ProfileStore::defaultSettingsPath();
    QVERIFY(
        path.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
    QVERIFY(path.endsWith(QStringLiteral("/DataArtsDesk/profiles.ini")));
    // The same file whatever the application's name (the app and the CLI share it).
    const QString app = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("dataarts-desk-cli"));
    QCOMPARE(ProfileStore::defaultSettingsPath(), path);
    QCoreApplication::setApplicationName(app);
    QStandardPaths::setTestModeEnabled(false);
}

void TestProfileStore::roundTripsEveryField()
{
    const Profile p = fullProfile();
    {
        ProfileStore store(path());
        FieldErrors errors;
        QString error;
        QVERIFY2(store.add(p, &errors, &error), qPrintable(error));
    }
    ProfileStore reopened(path());
    const auto back = reopened.find(p.id);
    QVERIFY(back.has_value());
    QCOMPARE(*back, p);
    QCOMPARE(reopened.findByName(QStringLiteral("生产 PRODUCTION"))->id, p.id);
    QVERIFY(!reopened.findByName(QStringLiteral("nothing")).has_value());
    QVERIFY(!reopened.find(QUuid::createUuid()).has_value());
}

void TestProfileStore::secondInstanceSeesChanges()
{
    ProfileStore gui(path());
    ProfileStore cli(path());
    QVERIFY(gui.profiles().isEmpty());
    QVERIFY(cli.add(makeProfile(QStringLiteral("from cli"))));
    QCOMPARE(gui.profiles().size(), 1);
    QCOMPARE(gui.profiles().constFirst().displayName, QStringLiteral("from cli"));
    QVERIFY(gui.remove(gui.profiles().constFirst().id));
    QVERIFY(cli.profiles().isEmpty());
}

void TestProfileStore::listIsSortedByName()
{
    ProfileStore store(path());
    for (const char *name : {"beta", "Alpha", "gamma 2", "Gamma 1"})
        QVERIFY(store.add(makeProfile(QString::fromLatin1(name))));
    QStringList names;
    for (const Profile &p : store.profiles())
        names << p.displayName;
    QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"),
                                 QStringLiteral("Gamma 1"), QStringLiteral("gamma 2")}));
}

void TestProfileStore::namesAreUniqueIgnoringCase()
{
    ProfileStore store(path());
    const Profile first = makeProfile(QStringLiteral("Prod"));
    QVERIFY(store.add(first));
    FieldErrors errors;
    QString error;
    QVERIFY(!store.add(makeProfile(QStringLiteral("  PROD ")), &errors, &error));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().field, ProfileField::DisplayName);
    QVERIFY(error.contains(QStringLiteral("Prod")));
    QCOMPARE(store.profiles().size(), 1);
    // Renaming a profile to its own name in another case is fine.
    Profile renamed = first;
    renamed.displayName = QStringLiteral("PROD");
    QVERIFY(store.update(renamed));
    QCOMPARE(store.uniqueName(QStringLiteral("prod")), QStringLiteral("prod (2)"));
    QCOMPARE(store.uniqueName(QStringLiteral("other")), QStringLiteral("other"));
}

void TestProfileStore::sandboxNameIsReserved()
{
    ProfileStore store(path());
    FieldErrors errors;
    QVERIFY(!store.add(makeProfile(QStringLiteral("sandbox")), &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().field, ProfileField::DisplayName);
}

void TestProfileStore::invalidProfileIsRefusedWithFieldErrors()
{
    ProfileStore store(path());
    Profile p = makeProfile(QStringLiteral("bad"));
    p.projectId = QStringLiteral("123");
    p.workspaceId = QStringLiteral("w");
    FieldErrors errors;
    QString error;
    QVERIFY(!store.add(p, &errors, &error));
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).field, ProfileField::ProjectId);
    QCOMPARE(errors.at(1).field, ProfileField::Workspace);
    QVERIFY(!error.isEmpty());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!QFile::exists(path()) || !QFile(path()).open(QIODevice::ReadOnly) ||
            !QFile(path()).readAll().contains("bad"));
}

void TestProfileStore::updateReplacesAndDropsStaleKeys()
{
    ProfileStore store(path());
    Profile p = fullProfile();
    QVERIFY(store.add(p));
    p.displayName = QStringLiteral("Renamed");
    p.customEndpoint.clear();
    p.proxyMode = ProxyMode::None;
    p.proxyHost.clear();
    p.proxyPort = 0;
    p.proxyUser.clear();
    QVERIFY(store.update(p));
    QCOMPARE(*ProfileStore(path()).find(p.id), p);
    QCOMPARE(store.profiles().size(), 1);
    QSettings raw(path(), QSettings::IniFormat);
    QCOMPARE(
        raw.value(QStringLiteral("profiles/%1/proxyHost").arg(p.id.toString(QUuid::WithoutBraces)))
            .toString(),
        QString());
}

void TestProfileStore::updateOfMissingProfileFails()
{
    ProfileStore store(path());
    QString error;
    QVERIFY(!store.update(makeProfile(QStringLiteral("ghost")), nullptr, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(store.profiles().isEmpty());
    // And add() refuses an id that is taken.
    const Profile p = makeProfile(QStringLiteral("one"));
    QVERIFY(store.add(p));
    Profile again = p;
    again.displayName = QStringLiteral("two");
    QVERIFY(!store.add(again, nullptr, &error));
}

void TestProfileStore::duplicateGetsFreshIdAndFreeName()
{
    ProfileStore store(path());
    const Profile p = fullProfile();
    QVERIFY(store.add(p));
    const auto copy = store.duplicateOf(p.id);
    QVERIFY(copy.has_value());
    QVERIFY(copy->id != p.id);
    QVERIFY(!copy->id.isNull());
    QVERIFY(copy->displayName != p.displayName);
    QVERIFY(copy->displayName.contains(p.displayName));
    Profile same = *copy;
    same.id = p.id;
    same.displayName = p.displayName;
    QCOMPARE(same, p);
    QCOMPARE(store.profiles().size(), 1); // not stored by duplicateOf
    QVERIFY(store.add(*copy));
    const auto second = store.duplicateOf(p.id);
    QVERIFY(second->displayName != copy->displayName);
    QVERIFY(store.add(*second));
    QVERIFY(!store.duplicateOf(QUuid::createUuid()).has_value());
}

void TestProfileStore::removeDropsGroupAndLastUsed()
{
    ProfileStore store(path());
    const Profile a = makeProfile(QStringLiteral("a"));
    const Profile b = makeProfile(QStringLiteral("b"));
    QVERIFY(store.add(a));
    QVERIFY(store.add(b));
    QVERIFY(store.setLastUsed(a.id));
    QVERIFY(store.remove(a.id));
    QVERIFY(!store.find(a.id).has_value());
    QVERIFY(store.lastUsed().isNull());
    QCOMPARE(store.profiles().size(), 1);
    QString error;
    QVERIFY(!store.remove(a.id, &error));
    QVERIFY(!error.isEmpty());
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(a.id.toString(QUuid::WithoutBraces).toLatin1()));
}

void TestProfileStore::lastUsedAcceptsStoredAndSandboxOnly()
{
    ProfileStore store(path());
    const Profile a = makeProfile(QStringLiteral("a"));
    QVERIFY(store.add(a));
    QVERIFY(store.lastUsed().isNull());
    QVERIFY(store.setLastUsed(a.id));
    QCOMPARE(ProfileStore(path()).lastUsed(), a.id);
    QVERIFY(store.setLastUsed(Profile::sandboxId()));
    QCOMPARE(ProfileStore(path()).lastUsed(), Profile::sandboxId());
    QVERIFY(!store.setLastUsed(QUuid::createUuid()));
    QCOMPARE(store.lastUsed(), Profile::sandboxId());
    QVERIFY(store.setLastUsed(QUuid()));
    QVERIFY(store.lastUsed().isNull());
}

void TestProfileStore::signalsOnEveryChange()
{
    ProfileStore store(path());
    QSignalSpy added(&store, &ProfileStore::profileAdded);
    QSignalSpy updated(&store, &ProfileStore::profileUpdated);
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);
    QSignalSpy lastUsed(&store, &ProfileStore::lastUsedChanged);
    QSignalSpy changed(&store, &ProfileStore::changed);
    Profile p = makeProfile(QStringLiteral("x"));
    QVERIFY(store.add(p));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).value<QUuid>(), p.id);
    p.workspaceId = QStringLiteral("ws-0002");
    QVERIFY(store.update(p));
    QCOMPARE(updated.size(), 1);
    QVERIFY(store.setLastUsed(p.id));
    QCOMPARE(lastUsed.size(), 1);
    QVERIFY(store.remove(p.id));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(lastUsed.size(), 2); // cleared with the profile
    QCOMPARE(changed.size(), 4);
    // Refused changes say nothing.
    QVERIFY(!store.add(makeProfile(QString())));
    QCOMPARE(added.size(), 1);
    QCOMPARE(changed.size(), 4);
}

void TestProfileStore::sandboxIsNeverStored()
{
    ProfileStore store(path());
    QString error;
    QVERIFY(!store.add(Profile::sandbox(), nullptr, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::damagedGroupsAreSkipped()
{
    {
        QSettings raw(path(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("profiles/not-a-uuid/name"), QStringLiteral("x"));
        raw.setValue(QStringLiteral("profiles/%1/region")
                         .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                     QStringLiteral("cn-north-4")); // no name
        raw.setValue(QStringLiteral("profiles/%1/name")
                         .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                     QStringLiteral("odd values"));
    }
    ProfileStore store(path());
    const QList<Profile> list = store.profiles();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.constFirst().displayName, QStringLiteral("odd values"));
    QCOMPARE(list.constFirst().auth, AuthMethod::AkSk);
    QCOMPARE(list.constFirst().proxyMode, ProxyMode::System);
}

void TestProfileStore::unwritableFileIsReported()
{
    // A folder where the file should be: QSettings cannot write it.
    QVERIFY(QDir().mkpath(path()));
    ProfileStore store(path());
    QString error;
    QVERIFY(!store.add(makeProfile(QStringLiteral("x")), nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("profiles.ini")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
