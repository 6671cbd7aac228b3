// SecretStore against the real Secret Service of scripts/test (private D-Bus session,
// unlocked GNOME keyring), witnessed from outside with secret-tool.
#include "FileScan.h"
#include "KeyringWitness.h"

#include "profiles/SecretStore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace dataarts;

namespace {

// Waits for one callback of the store; nullopt when none came.
struct Waiter {
    std::optional<SecretResult> result;
    std::optional<SecretBatchResult> batch;
    SecretStore::Callback callback()
    {
        return [this](const SecretResult &r) {
            result = r;
        };
    }
    SecretStore::BatchCallback batchCallback()
    {
        return [this](const SecretBatchResult &r) {
            batch = r;
        };
    }
    [[nodiscard]] bool wait()
    {
        QDeadlineTimer deadline(30000);
        while (!result && !batch && !deadline.hasExpired())
            QTest::qWait(5);
        return result || batch;
    }
};

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, '\0');
    auto *rng = QRandomGenerator::global();
    for (char &c : bytes)
        c = static_cast<char>(rng->bounded(256));
    return bytes;
}

QStringList scanRoots()
{
    // The whole HOME when it is scripts/test's throw-away one; on a developer's desktop
    // the places an insecure fallback or a settings file would use.
    const QString home = QDir::homePath();
    if (home.startsWith(QDir::tempPath()))
        return {home};
    return {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                QStringLiteral("/keyrings")};
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void keyNamesProfileAndField();
    void checksAvailabilityOnce();
    void operationBeforeCheckWaitsForIt();
    void roundTrip_data();
    void roundTrip();
    void replaceKeepsOneEntry();
    void readOfMissingEntryIsNotFound();
    void removeDeletesTheEntry();
    void removeProfileLeavesNoEntry();
    void batchReadListsMissingFields();
    void noCallbackAfterContextIsGone();
    void secretsReachNoFile();

private:
    QUuid newProfile()
    {
        const QUuid id = QUuid::createUuid();
        m_profiles << id;
        return id;
    }
    SecretResult write(const QUuid &id, SecretField field, const QByteArray &secret);
    SecretResult read(const QUuid &id, SecretField field);

    SecretStore m_store;
    QList<QUuid> m_profiles;
    QList<QByteArray> m_secretsWritten;
};

void TestSecretStore::initTestCase()
{
    const QString problem = keyringWitness::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestSecretStore::cleanupTestCase()
{
    for (const QUuid &id : std::as_const(m_profiles)) {
        Waiter w;
        m_store.removeProfile(id, this, w.batchCallback());
        QVERIFY(w.wait());
    }
}

SecretResult TestSecretStore::write(const QUuid &id, SecretField field, const QByteArray &secret)
{
    Waiter w;
    m_store.write(id, field, secret, this, w.callback());
    m_secretsWritten << secret;
    if (!w.wait())
        return {SecretResult::Failed, {}, false, QStringLiteral("no answer in 30 s")};
    return *w.result;
}

SecretResult TestSecretStore::read(const QUuid &id, SecretField field)
{
    Waiter w;
    m_store.read(id, field, this, w.callback());
    if (!w.wait())
        return {SecretResult::Failed, {}, false, QStringLiteral("no answer in 30 s")};
    return *w.result;
}

void TestSecretStore::keyNamesProfileAndField()
{
    const QUuid id(QStringLiteral("{0b3c6a4e-2f1d-4c5b-8a79-6e5d4c3b2a10}"));
    QCOMPARE(SecretStore::serviceName(), QStringLiteral("dataarts-desk"));
    QCOMPARE(SecretStore::keyFor(id, SecretField::AccessKey),
             QStringLiteral("0b3c6a4e-2f1d-4c5b-8a79-6e5d4c3b2a10/ak"));
    QCOMPARE(SecretStore::keyFor(id, SecretField::SecretKey),
             QStringLiteral("0b3c6a4e-2f1d-4c5b-8a79-6e5d4c3b2a10/sk"));
    QCOMPARE(SecretStore::keyFor(id, SecretField::IamPassword),
             QStringLiteral("0b3c6a4e-2f1d-4c5b-8a79-6e5d4c3b2a10/iam_password"));
    QCOMPARE(SecretStore::keyFor(id, SecretField::ProxyPassword),
             QStringLiteral("0b3c6a4e-2f1d-4c5b-8a79-6e5d4c3b2a10/proxy_password"));
}

void TestSecretStore::checksAvailabilityOnce()
{
    SecretStore store;
    QCOMPARE(store.availability(), SecretStore::Availability::Unknown);
    QSignalSpy spy(&store, &SecretStore::availabilityChanged);
    store.checkAvailability();
    QCOMPARE(store.availability(), SecretStore::Availability::Checking);
    QTRY_COMPARE_WITH_TIMEOUT(store.availability(), SecretStore::Availability::Available, 30000);
    QCOMPARE(store.availabilityAttempts(), 1);
    QVERIFY(store.unavailableReason().isEmpty());
    QVERIFY(store.isPersistent());
    QCOMPARE(spy.size(), 2);   // Checking, Available
    store.checkAvailability(); // no second check
    QCOMPARE(spy.size(), 2);
    // The probe only reads: it leaves no item behind.
    bool ok = false;
    QVERIFY(!keyringWitness::keys(&ok).contains(QStringLiteral("availability-probe")));
    QVERIFY(ok);
}

void TestSecretStore::operationBeforeCheckWaitsForIt()
{
    SecretStore fresh;
    const QUuid id = newProfile();
    Waiter w;
    fresh.write(id, SecretField::AccessKey, "AKQUEUED", this, w.callback());
    QCOMPARE(fresh.availability(), SecretStore::Availability::Checking);
    QVERIFY(!w.result); // never synchronously
    QVERIFY(w.wait());
    QCOMPARE(w.result->status, SecretResult::Ok);
    QVERIFY(!w.result->sessionOnly);
    bool found = false;
    QCOMPARE(keyringWitness::lookup(SecretStore::keyFor(id, SecretField::AccessKey), &found),
             QByteArray("AKQUEUED"));
    QVERIFY(found);
}

void TestSecretStore::roundTrip_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("ak") << int(SecretField::AccessKey) << QByteArray("HPUAL8OZPTGZSUG5RCX1");
    QTest::newRow("sk") << int(SecretField::SecretKey)
                        << QByteArray("q8Zb1Yp7xK2wNf4Rv9Lm3Jc6Hd0Tg5Es8Ua1Wo7I");
    QTest::newRow("non-ascii sk") << int(SecretField::SecretKey)
                                  << QStringLiteral("密钥-ключ-clé-🔑").toUtf8();
    QTest::newRow("iam password") << int(SecretField::IamPassword)
                                  << QByteArray("p@ss w0rd \"quoted\" 'and' \\ back");
    QTest::newRow("proxy password")
        << int(SecretField::ProxyPassword) << QStringLiteral("代理密码 %41").toUtf8();
    QTest::newRow("4 KB binary") << int(SecretField::SecretKey) << randomBytes(4096);
    QTest::newRow("4 KB text") << int(SecretField::IamPassword)
                               << QByteArray(4096, 'x').replace(100, 3, "€");
}

void TestSecretStore::roundTrip()
{
    QFETCH(int, field);
    QFETCH(QByteArray, secret);
    const QUuid id = newProfile();
    const SecretField f = SecretField(field);

    const SecretResult written = write(id, f, secret);
    QCOMPARE(written.status, SecretResult::Ok);
    QVERIFY(!written.sessionOnly);

    const SecretResult back = read(id, f);
    QCOMPARE(back.status, SecretResult::Ok);
    QVERIFY(!back.sessionOnly);
    QCOMPARE(back.data.size(), secret.size());
    QCOMPARE(back.data, secret);

    // The Secret Service itself holds exactly these bytes under service/key.
    bool found = false;
    QCOMPARE(keyringWitness::lookup(SecretStore::keyFor(id, f), &found), secret);
    QVERIFY(found);
}

void TestSecretStore::replaceKeepsOneEntry()
{
    const QUuid id = newProfile();
    QCOMPARE(write(id, SecretField::SecretKey, "first-secret").status, SecretResult::Ok);
    QCOMPARE(write(id, SecretField::SecretKey, "second-secret-é").status, SecretResult::Ok);
    const SecretResult back = read(id, SecretField::SecretKey);
    QCOMPARE(back.status, SecretResult::Ok);
    QCOMPARE(back.data, QByteArray("second-secret-é"));
    bool ok = false;
    QCOMPARE(keyringWitness::keysOfProfile(id.toString(QUuid::WithoutBraces), &ok),
             QStringList{SecretStore::keyFor(id, SecretField::SecretKey)});
    QVERIFY(ok);
    bool found = false;
    QCOMPARE(keyringWitness::lookup(SecretStore::keyFor(id, SecretField::SecretKey), &found),
             QByteArray("second-secret-é"));
}

void TestSecretStore::readOfMissingEntryIsNotFound()
{
    const QUuid id = newProfile();
    const SecretResult back = read(id, SecretField::AccessKey);
    QCOMPARE(back.status, SecretResult::NotFound);
    QVERIFY(back.data.isEmpty());
    QVERIFY(back.errorString.isEmpty());
}

void TestSecretStore::removeDeletesTheEntry()
{
    const QUuid id = newProfile();
    QCOMPARE(write(id, SecretField::IamPassword, "to-be-removed").status, SecretResult::Ok);
    {
        Waiter w;
        m_store.remove(id, SecretField::IamPassword, this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->status, SecretResult::Ok);
    }
    QCOMPARE(read(id, SecretField::IamPassword).status, SecretResult::NotFound);
    bool found = true;
    keyringWitness::lookup(SecretStore::keyFor(id, SecretField::IamPassword), &found);
    QVERIFY(!found);
    {
        // Removing what is not there is fine: afterwards there is no entry either way.
        Waiter w;
        m_store.remove(id, SecretField::IamPassword, this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->status, SecretResult::Ok);
    }
}

void TestSecretStore::removeProfileLeavesNoEntry()
{
    const QUuid id = newProfile();
    const QUuid other = newProfile();
    const QString idText = id.toString(QUuid::WithoutBraces);
    Waiter w;
    m_store.writeFields(id,
                        {{SecretField::AccessKey, "AK-ALL"},
                         {SecretField::SecretKey, "SK-ALL-秘密"},
                         {SecretField::IamPassword, "IAM-ALL"},
                         {SecretField::ProxyPassword, "PROXY-ALL"}},
                        this, w.batchCallback());
    QVERIFY(w.wait());
    QVERIFY(w.batch->ok);
    QCOMPARE(write(other, SecretField::SecretKey, "other-profile").status, SecretResult::Ok);

    bool ok = false;
    QStringList keys = keyringWitness::keysOfProfile(idText, &ok);
    QVERIFY(ok);
    keys.sort();
    QCOMPARE(
        keys,
        (QStringList{idText + QStringLiteral("/ak"), idText + QStringLiteral("/iam_password"),
                     idText + QStringLiteral("/proxy_password"), idText + QStringLiteral("/sk")}));

    Waiter removed;
    m_store.removeProfile(id, this, removed.batchCallback());
    QVERIFY(removed.wait());
    QVERIFY2(removed.batch->ok, qPrintable(removed.batch->errorString));
    QCOMPARE(keyringWitness::keysOfProfile(idText, &ok), QStringList());
    QVERIFY(ok);
    // Nothing of another profile is touched.
    QCOMPARE(keyringWitness::keysOfProfile(other.toString(QUuid::WithoutBraces), &ok).size(), 1);
}

void TestSecretStore::batchReadListsMissingFields()
{
    const QUuid id = newProfile();
    QCOMPARE(write(id, SecretField::AccessKey, "AK-B").status, SecretResult::Ok);
    Waiter w;
    m_store.readFields(id, {SecretField::AccessKey, SecretField::SecretKey}, this,
                       w.batchCallback());
    QVERIFY(w.wait());
    QVERIFY(w.batch->ok);
    QCOMPARE(w.batch->values.value(SecretField::AccessKey), QByteArray("AK-B"));
    QVERIFY(!w.batch->values.contains(SecretField::SecretKey));
    QCOMPARE(w.batch->missing, QList<SecretField>{SecretField::SecretKey});
}

void TestSecretStore::noCallbackAfterContextIsGone()
{
    const QUuid id = newProfile();
    bool called = false;
    auto *context = new QObject;
    m_store.write(id, SecretField::AccessKey, "AK-CTX", context,
                  [&called](const SecretResult &) { called = true; });
    delete context;
    // A later operation on the same store finishes after the first one.
    QCOMPARE(read(id, SecretField::AccessKey).status, SecretResult::Ok);
    QVERIFY(!called);
}

void TestSecretStore::secretsReachNoFile()
{
    QList<QByteArray> needles;
    for (const QByteArray &secret : std::as_const(m_secretsWritten)) {
        if (secret.size() >= 8)
            needles << fileScan::secretForms(secret);
    }
    QVERIFY(needles.size() > 10);
    int scanned = 0;
    for (const QString &root : scanRoots()) {
        scanned += fileScan::countFiles(root);
        const QStringList hits = fileScan::filesContaining(root, needles);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }
    QVERIFY(scanned > 0); // at least the keyring file
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
