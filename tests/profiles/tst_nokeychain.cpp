// No D-Bus session at all: the store must say "no keychain" in words, keep the secret for
// the run, and write it nowhere. Runs nokeychain_helper in a child process, because
// qtkeychain picks its backend once per process.
#include "FileScan.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestNoKeychain : public QObject {
    Q_OBJECT
private slots:
    void noSessionBusMeansNoKeychainAndNoFile();
};

void TestNoKeychain::noSessionBusMeansNoKeychainAndNoFile() {
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
    helper.start(QStringLiteral(DESK_NOKEYCHAIN_HELPER), {});
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
    QCOMPARE(report.value(QStringLiteral("availability")).toString(),
             QStringLiteral("Unavailable"));
    // Retried once after a short delay (a wallet may start late), then reported.
    QCOMPARE(report.value(QStringLiteral("attempts")).toInt(), 2);
    const QString reason = report.value(QStringLiteral("reason")).toString();
    QVERIFY2(reason.startsWith(QLatin1String("No secure keychain is available")),
             qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("for this session only")), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("D-Bus")), qPrintable(reason)); // qtkeychain's words

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
