// dataarts-desk-cli profile add / list / remove, run as the real executable with a
// throw-away HOME for its settings and the real Secret Service of scripts/test for its keys.
#include "FileScan.h"
#include "KeyringWitness.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QString kProject = QStringLiteral("0123456789abcdef0123456789abcdef");

} // namespace

class TestCliProfile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addKeepsKeysInKeychainOnly();
    void addWithEndpointAndOptions();
    void listTableAndJson();
    void removeDeletesKeychainEntries();
    void badInput_data();
    void badInput();
    void duplicateNameIsRefused();
    void keysAreNeverTakenFromArguments();
    void noKeychainMeansExit3AndNothingSaved();
    void removeWithoutKeychainKeepsTheProfile();

private:
    Result run(const QStringList &args, const QByteArray &ak = {}, const QByteArray &sk = {},
               bool withBus = true);
    QJsonArray listJson();
    QString idOf(const QString &name);
    QStringList addArgs(const QString &name) const
    {
        return {QStringLiteral("profile"),
                QStringLiteral("add"),
                name,
                QStringLiteral("--region"),
                QStringLiteral("cn-north-4"),
                QStringLiteral("--project-id"),
                kProject,
                QStringLiteral("--workspace"),
                QStringLiteral("ws-cli-01")};
    }
    QString home() const { return m_dir->filePath(QStringLiteral("home")); }
    QString settingsFile() const
    {
        return home() + QStringLiteral("/.config/DataArtsDesk/profiles.ini");
    }
    QByteArray settingsBytes() const
    {
        QFile file(settingsFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_ids;
};

void TestCliProfile::initTestCase()
{
    const QString problem = keyringWitness::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCliProfile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(home()));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("runtime"))));
}

void TestCliProfile::cleanup()
{
    for (const QString &id : std::as_const(m_ids)) {
        for (const char *field : {"ak", "sk", "iam_password", "proxy_password"})
            keyringWitness::clear(id + QLatin1Char('/') + QLatin1String(field));
    }
    m_ids.clear();
    m_dir.reset();
}

Result TestCliProfile::run(const QStringList &args, const QByteArray &ak, const QByteArray &sk,
                           bool withBus)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DATAARTS_AK"));
    env.remove(QStringLiteral("DATAARTS_SK"));
    if (!ak.isNull())
        env.insert(QStringLiteral("DATAARTS_AK"), QString::fromUtf8(ak));
    if (!sk.isNull())
        env.insert(QStringLiteral("DATAARTS_SK"), QString::fromUtf8(sk));
    env.insert(QStringLiteral("HOME"), home());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home() + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home() + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home() + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    if (!withBus) {
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->filePath(QStringLiteral("runtime")));
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DESK_CLI_PATH),
                  QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonArray TestCliProfile::listJson()
{
    const Result r = run({QStringLiteral("profile"), QStringLiteral("list"),
                          QStringLiteral("--format"), QStringLiteral("json")});
    if (r.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("profiles")).toArray();
}

QString TestCliProfile::idOf(const QString &name)
{
    for (const QJsonValue &v : listJson()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            m_ids << id;
            return id;
        }
    }
    return QString();
}

void TestCliProfile::addKeepsKeysInKeychainOnly()
{
    const QByteArray ak =
        "AKCLI" + QUuid::createUuid().toByteArray(QUuid::Id128).left(15).toUpper();
    const QByteArray sk = "SK-cli-密钥-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const Result r = run(addArgs(QStringLiteral("Prod CLI")), ak, sk);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("Prod CLI"));

    const QString id = idOf(QStringLiteral("Prod CLI"));
    QVERIFY(!id.isEmpty());
    bool ok = false;
    QStringList keys = keyringWitness::keysOfProfile(id, &ok);
    keys.sort();
    QCOMPARE(keys, (QStringList{id + QStringLiteral("/ak"), id + QStringLiteral("/sk")}));
    bool found = false;
    QCOMPARE(keyringWitness::lookup(id + QStringLiteral("/ak"), &found), ak);
    QCOMPARE(keyringWitness::lookup(id + QStringLiteral("/sk"), &found), sk);

    // The settings file holds the profile, and no file under the HOME holds a key.
    QVERIFY(settingsBytes().contains("ws-cli-01"));
    const QList<QByteArray> needles = fileScan::secretForms(sk) + fileScan::secretForms(ak);
    QCOMPARE(fileScan::filesContaining(home(), needles), QStringList());
    for (const QByteArray &needle : needles) {
        QVERIFY(!r.out.contains(needle));
        QVERIFY(!r.err.contains(needle));
    }
}

void TestCliProfile::addWithEndpointAndOptions()
{
    const QString ca = m_dir->filePath(QStringLiteral("ca.pem"));
    QFile pem(ca);
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write("-----BEGIN CERTIFICATE-----\n");
    pem.close();
    const Result r =
        run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Private GW"),
             QStringLiteral("--endpoint"), QStringLiteral("https://gw.example.com:8443"),
             QStringLiteral("--project-id"), kProject, QStringLiteral("--workspace"),
             QStringLiteral("ws-gw-01"), QStringLiteral("--dlm-type"), QStringLiteral("exclusive"),
             QStringLiteral("--instance-id"), QStringLiteral("inst-01"),
             QStringLiteral("--ca-file"), ca, QStringLiteral("--connect-timeout"),
             QStringLiteral("7"), QStringLiteral("--transfer-timeout"), QStringLiteral("240")},
            "AKGW", "SKGW");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    idOf(QStringLiteral("Private GW"));
    const QJsonObject p = listJson().at(0).toObject();
    QCOMPARE(p.value(QStringLiteral("endpoint")).toString(),
             QStringLiteral("https://gw.example.com:8443"));
    QCOMPARE(p.value(QStringLiteral("region")).toString(), QString());
    QCOMPARE(p.value(QStringLiteral("dlm_type")).toString(), QStringLiteral("EXCLUSIVE"));
    QCOMPARE(p.value(QStringLiteral("instance_id")).toString(), QStringLiteral("inst-01"));
    QCOMPARE(p.value(QStringLiteral("ca_file")).toString(), ca);
    QCOMPARE(p.value(QStringLiteral("auth")).toString(), QStringLiteral("aksk"));
    QCOMPARE(p.value(QStringLiteral("connect_timeout_seconds")).toInt(), 7);
    QCOMPARE(p.value(QStringLiteral("transfer_timeout_seconds")).toInt(), 240);
}

void TestCliProfile::listTableAndJson()
{
    Result r = run({QStringLiteral("profile"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("No profiles"));
    QCOMPARE(listJson().size(), 0);

    QCOMPARE(run(addArgs(QStringLiteral("beta")), "AKB", "SKB").exitCode, 0);
    QCOMPARE(run(addArgs(QStringLiteral("Alpha")), "AKA", "SKA").exitCode, 0);
    idOf(QStringLiteral("beta"));
    idOf(QStringLiteral("Alpha"));

    r = run({QStringLiteral("profile"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    QVERIFY(lines.at(0).contains("NAME"));
    QVERIFY(lines.at(0).contains("PROJECT ID"));
    QVERIFY(lines.at(1).contains("Alpha"));
    QVERIFY(lines.at(1).contains("cn-north-4"));
    QVERIFY(lines.at(1).contains(kProject.toLatin1()));
    QVERIFY(lines.at(1).contains("ws-cli-01"));
    QVERIFY(lines.at(2).contains("beta"));
    QVERIFY(!r.out.contains("SKA") && !r.out.contains("SKB"));

    const QJsonArray list = listJson();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Alpha"));
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("endpoint")).toString(),
             QStringLiteral("https://dayu.cn-north-4.myhuaweicloud.com"));
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("workspace")).toString(),
             QStringLiteral("ws-cli-01"));
}

void TestCliProfile::removeDeletesKeychainEntries()
{
    QCOMPARE(run(addArgs(QStringLiteral("gone soon")), "AKRM", "SKRM-secret").exitCode, 0);
    QCOMPARE(run(addArgs(QStringLiteral("stays")), "AKST", "SKST-secret").exitCode, 0);
    const QString id = idOf(QStringLiteral("gone soon"));
    const QString other = idOf(QStringLiteral("stays"));
    bool ok = false;
    QCOMPARE(keyringWitness::keysOfProfile(id, &ok).size(), 2);

    const Result r =
        run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("GONE SOON")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(keyringWitness::keysOfProfile(id, &ok), QStringList());
    QVERIFY(ok);
    QCOMPARE(keyringWitness::keysOfProfile(other, &ok).size(), 2);
    const QJsonArray list = listJson();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("stays"));
    QVERIFY(!settingsBytes().contains(id.toLatin1()));

    // Removing it again: no such profile, an input error.
    QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("gone soon")})
                 .exitCode,
             2);
}

void TestCliProfile::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withKeys");
    QTest::addColumn<QByteArray>("message");
    const QString add = QStringLiteral("add");
    const QString pr = QStringLiteral("profile");
    const auto base = [&](const QStringList &tail) {
        return QStringList{pr, add, QStringLiteral("bad")} + tail;
    };
    const QStringList ids{QStringLiteral("--project-id"), kProject, QStringLiteral("--workspace"),
                          QStringLiteral("ws-cli-01")};
    const QStringList region{QStringLiteral("--region"), QStringLiteral("cn-north-4")};
    QTest::newRow("no name") << QStringList{pr, add} << true << QByteArray("name");
    QTest::newRow("two names") << (base({QStringLiteral("extra")}) + region + ids) << true
                               << QByteArray("extra");
    QTest::newRow("unknown option")
        << (base({QStringLiteral("--colour")}) + region + ids) << true << QByteArray("colour");
    QTest::newRow("no region or endpoint") << base(ids) << true << QByteArray("region");
    QTest::newRow("unknown region")
        << (base({QStringLiteral("--region"), QStringLiteral("mars-1")}) + ids) << true
        << QByteArray("mars-1");
    QTest::newRow("http remote endpoint")
        << (base({QStringLiteral("--endpoint"), QStringLiteral("http://gw.example.com")}) + ids)
        << true << QByteArray("https");
    QTest::newRow("short project id")
        << (base(region) + QStringList{QStringLiteral("--project-id"), QStringLiteral("abc"),
                                       QStringLiteral("--workspace"), QStringLiteral("ws-1")})
        << true << QByteArray("32 hexadecimal");
    QTest::newRow("no project id")
        << (base(region) + QStringList{QStringLiteral("--workspace"), QStringLiteral("ws-1")})
        << true << QByteArray("project id");
    QTest::newRow("short workspace")
        << (base(region) + QStringList{QStringLiteral("--project-id"), kProject,
                                       QStringLiteral("--workspace"), QStringLiteral("w")})
        << true << QByteArray("3 to 64");
    QTest::newRow("bad dlm type")
        << (base(region) + ids + QStringList{QStringLiteral("--dlm-type"), QStringLiteral("BIG")})
        << true << QByteArray("SHARED or EXCLUSIVE");
    QTest::newRow("missing ca file")
        << (base(region) + ids +
            QStringList{QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem")})
        << true << QByteArray("ca.pem");
    QTest::newRow("zero timeout")
        << (base(region) + ids + QStringList{QStringLiteral("--transfer-timeout"), QStringLiteral("0")})
        << true << QByteArray("--transfer-timeout");
    QTest::newRow("text timeout")
        << (base(region) + ids + QStringList{QStringLiteral("--connect-timeout"), QStringLiteral("soon")})
        << true << QByteArray("soon");
    QTest::newRow("no keys in environment")
        << (base(region) + ids) << false << QByteArray("DATAARTS_AK");
    QTest::newRow("list bad format")
        << QStringList{pr, QStringLiteral("list"), QStringLiteral("--format"),
                       QStringLiteral("xml")}
        << false << QByteArray("xml");
    QTest::newRow("remove unknown")
        << QStringList{pr, QStringLiteral("remove"), QStringLiteral("nobody")} << false
        << QByteArray("nobody");
    QTest::newRow("remove no name")
        << QStringList{pr, QStringLiteral("remove")} << false << QByteArray("name");
    QTest::newRow("profile alone") << QStringList{pr} << false << QByteArray("profile");
}

void TestCliProfile::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(bool, withKeys);
    QFETCH(QByteArray, message);
    const Result r = withKeys ? run(args, "AKBADINPUT", "SK-BAD-INPUT-SECRET") : run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    // Nothing stored: no profile, no keychain entry for one.
    QVERIFY(!settingsBytes().contains("bad"));
    QCOMPARE(listJson().size(), 0);
    QVERIFY(!r.err.contains("SK-BAD-INPUT-SECRET"));
    QVERIFY(!r.out.contains("SK-BAD-INPUT-SECRET"));
}

void TestCliProfile::duplicateNameIsRefused()
{
    QCOMPARE(run(addArgs(QStringLiteral("Same")), "AK1", "SK-first").exitCode, 0);
    const QString id = idOf(QStringLiteral("Same"));
    const Result r = run(addArgs(QStringLiteral("same")), "AK2", "SK-second");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("already"), r.err.constData());
    QCOMPARE(listJson().size(), 1);
    bool found = false;
    QCOMPARE(keyringWitness::lookup(id + QStringLiteral("/sk"), &found), QByteArray("SK-first"));
}

void TestCliProfile::keysAreNeverTakenFromArguments()
{
    for (const char *option : {"--sk", "--ak", "--secret-key"}) {
        const Result r =
            run(addArgs(QStringLiteral("args")) +
                    QStringList{QString::fromLatin1(option), QStringLiteral("FROMARGS")},
                "AKENV", "SKENV");
        QCOMPARE(r.exitCode, 2);
    }
    QCOMPARE(listJson().size(), 0);
}

void TestCliProfile::noKeychainMeansExit3AndNothingSaved()
{
    const QByteArray sk = "SK-nobus-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const Result r = run(addArgs(QStringLiteral("No bus")), "AKNOBUS", sk, false);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("No secure keychain"), r.err.constData());
    QVERIFY2(r.err.contains("not saved"), r.err.constData());
    QCOMPARE(listJson().size(), 0);
    QCOMPARE(fileScan::filesContaining(m_dir->path(), fileScan::secretForms(sk)), QStringList());
    QVERIFY(!r.err.contains(sk));
}

void TestCliProfile::removeWithoutKeychainKeepsTheProfile()
{
    QCOMPARE(run(addArgs(QStringLiteral("Kept")), "AKKEPT", "SK-kept").exitCode, 0);
    const QString id = idOf(QStringLiteral("Kept"));
    const QStringList remove{QStringLiteral("profile"), QStringLiteral("remove"),
                             QStringLiteral("Kept")};
    Result r = run(remove, {}, {}, false);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("--force"), r.err.constData());
    QCOMPARE(listJson().size(), 1);
    bool ok = false;
    QCOMPARE(keyringWitness::keysOfProfile(id, &ok).size(), 2);

    r = run(remove + QStringList{QStringLiteral("--force")}, {}, {}, false);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("may remain"));
    QCOMPARE(listJson().size(), 0);
    // The entries could not be reached, so they remain (cleanup() clears them).
    QCOMPARE(keyringWitness::keysOfProfile(id, &ok).size(), 2);
}

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cli_profile.moc"
