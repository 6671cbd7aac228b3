// No usable keychain: the store must say "no keychain" in words, keep the secret for the
// run, and write it nowhere. Two ways to have none: no D-Bus session at all, and a Secret
// Service that answers but has no collection to store into (a locked-out GNOME keyring).
// Runs nokeychain_helper in a child process, because qtkeychain picks its backend once per
// process.
#include "FileScan.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void noKeychainKeepsSecretsInMemoryOnly_data();
    void noKeychainKeepsSecretsInMemoryOnly();
};

void TestNoKeychain::noKeychainKeepsSecretsInMemoryOnly_data()
{
    QTest::addColumn<bool>("keyringWithoutCollection");
    QTest::addColumn<QString>("availableFirst");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("detail");
    // No bus: the probe fails, is retried once after a short delay, then reported.
    QTest::newRow("no session bus")
        << false << QStringLiteral("Unavailable") << 2 << QStringLiteral("D-Bus");
    // A keyring with no "login" collection answers the probe, then cannot store: the
    // first write finds out, and the secret stays in memory.
    QTest::newRow("keyring without collection")
        << true << QStringLiteral("Available") << 1 << QStringLiteral("collection/login");
}

void TestNoKeychain::noKeychainKeepsSecretsInMemoryOnly()
{
    QFETCH(bool, keyringWithoutCollection);
    QFETCH(QString, availableFirst);
    QFETCH(int, attempts);
    QFETCH(QString, detail);

    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString home = scratch.filePath(QStringLiteral("home"));
    const QString runtime = scratch.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(home));
    QVERIFY(QDir().mkpath(runtime));
    QFile::setPermissions(runtime,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY",
                             "DATAARTS_AK", "DATAARTS_SK", "XDG_CURRENT_DESKTOP"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    // An empty runtime folder: no $XDG_RUNTIME_DIR/bus to fall back on.
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));

    const QByteArray secretKey = "SK-nokeychain-秘密-" + QUuid::createUuid().toByteArray();
    QProcess helper;
    helper.setProcessEnvironment(env);
    helper.setWorkingDirectory(home);
    if (keyringWithoutCollection) {
        // A private bus with a GNOME keyring that was never unlocked: no collection.
        helper.start(QStringLiteral("dbus-run-session"),
                     {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("gnome-keyring-daemon --start --components=secrets </dev/null "
                                     ">/dev/null 2>&1; exec \"$0\""),
                      QStringLiteral(DESK_NOKEYCHAIN_HELPER)});
    } else {
        helper.start(QStringLiteral(DESK_NOKEYCHAIN_HELPER), {});
    }
    QVERIFY2(helper.waitForStarted(), qPrintable(helper.errorString()));
    helper.write(secretKey + '\n');
    helper.closeWriteChannel();
    QVERIFY(helper.waitForFinished(120000));
    const QByteArray out = helper.readAllStandardOutput();
    const QByteArray err = helper.readAllStandardError();
    QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
    QVERIFY2(helper.exitCode() == 0, err.constData());

    const QJsonObject report = QJsonDocument::fromJson(out).object();
    QVERIFY2(!report.isEmpty(), out.constData());
    QVERIFY(report.value(QStringLiteral("decided")).toBool());
    QCOMPARE(report.value(QStringLiteral("availability")).toString(), availableFirst);
    QCOMPARE(report.value(QStringLiteral("attempts")).toInt(), attempts);
    QCOMPARE(report.value(QStringLiteral("availabilityAfter")).toString(),
             QStringLiteral("Unavailable"));
    const QString reason = report.value(QStringLiteral("reasonAfter")).toString();
    QVERIFY2(reason.startsWith(QLatin1String("No secure keychain is available")),
             qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("for this session only")), qPrintable(reason));
    QVERIFY2(reason.contains(detail), qPrintable(reason)); // qtkeychain's own words

    // The profile is saved (non-secret part), the secret kept in memory for the run.
    QVERIFY2(report.value(QStringLiteral("saved")).toBool(),
             qPrintable(report.value(QStringLiteral("saveError")).toString()));
    QVERIFY(report.value(QStringLiteral("sessionOnly")).toBool());
    QVERIFY(report.value(QStringLiteral("stored")).toBool());
    QVERIFY(report.value(QStringLiteral("built")).toBool());
    QVERIFY(report.value(QStringLiteral("buildSessionOnly")).toBool());
    QVERIFY(report.value(QStringLiteral("secretKeyMatches")).toBool());
    QVERIFY(report.value(QStringLiteral("accessKeyMatches")).toBool());

    // The settings file was written under HOME (so the scan below looks at real files)...
    const QString settings = report.value(QStringLiteral("settings")).toString();
    QVERIFY2(settings.startsWith(home), qPrintable(settings));
    QFile file(settings);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("ws-nokeychain"));
    QVERIFY(fileScan::countFiles(home) >= 1);
    // ...and no file anywhere under HOME (or the runtime folder) holds a key.
    QList<QByteArray> needles = fileScan::secretForms(secretKey);
    needles << fileScan::secretForms("AKNOKEYCHAIN0001");
    for (const QString &root : {home, runtime}) {
        const QStringList hits = fileScan::filesContaining(root, needles);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }
    QVERIFY(!out.contains(secretKey));
    QVERIFY(!err.contains(secretKey));
}

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
