// SandboxLauncher against the real dataarts-sandbox built beside the test executables: it
// starts, reads the start-up lines, stops; and every way of failing gives a clear error.
#include "connection/SandboxLauncher.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace dataarts;

namespace {

const QStringList kSmall = {QStringLiteral("--port"),     QStringLiteral("0"),
                            QStringLiteral("--tables"),   QStringLiteral("50"),
                            QStringLiteral("--apis"),     QStringLiteral("10"),
                            QStringLiteral("--clusters"), QStringLiteral("1")};

bool processAlive(qint64 pid)
{
    // A process that has been reaped has no /proc entry; a zombie would still show one.
    return pid > 0 && QFile::exists(QStringLiteral("/proc/%1").arg(pid));
}

} // namespace

class TestSandboxLauncher : public QObject
{
    Q_OBJECT
private slots:
    void defaultsPointBesideTheApp();
    void startsParsesAndStops();
    void startTwiceIsOneProcess();
    void stopWhenIdleReportsStopped();
    void missingExecutableIsAClearError();
    void nonExecutableFileIsAClearError();
    void badArgumentsReportTheSandboxsWords();
    void unexpectedOutputIsRefused();
    void slowStartTimesOut();
    void crashWhileRunningIsReported();
    void destructorKillsTheChild();
};

void TestSandboxLauncher::defaultsPointBesideTheApp()
{
    const QString path = SandboxLauncher::defaultExecutable();
    QCOMPARE(QFileInfo(path).absolutePath(), QCoreApplication::applicationDirPath());
    QVERIFY2(QFileInfo(path).isExecutable(), qPrintable(path));
    QCOMPARE(SandboxLauncher::defaultArguments(),
             (QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                          QStringLiteral("7"), QStringLiteral("--tables"), QStringLiteral("5000"),
                          QStringLiteral("--apis"), QStringLiteral("300"),
                          QStringLiteral("--clusters"), QStringLiteral("3")}));
    SandboxLauncher launcher;
    QCOMPARE(launcher.executable(), path);
    QCOMPARE(launcher.arguments(), SandboxLauncher::defaultArguments());
    QCOMPARE(launcher.state(), SandboxLauncher::State::Idle);
}

void TestSandboxLauncher::startsParsesAndStops()
{
    SandboxLauncher launcher;
    launcher.setArguments(kSmall);
    QSignalSpy ready(&launcher, &SandboxLauncher::ready);
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    QSignalSpy stopped(&launcher, &SandboxLauncher::stopped);
    launcher.start();
    QCOMPARE(launcher.state(), SandboxLauncher::State::Starting);
    QCOMPARE(ready.count(), 0); // never from inside start()
    QVERIFY2(ready.wait(30000), qPrintable(launcher.errorString()));
    QCOMPARE(failed.count(), 0);
    QVERIFY(launcher.isRunning());

    const SandboxStartup &s = launcher.startup();
    QCOMPARE(s.url.scheme(), QStringLiteral("http"));
    QCOMPARE(s.url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(s.url.port() > 0);
    QCOMPARE(s.projectId.size(), 32);
    QVERIFY(!s.workspace.isEmpty());
    QVERIFY(!s.instanceId.isEmpty());
    QVERIFY(!s.accessKey.isEmpty());
    QVERIFY(!s.secretKey.isEmpty());
    const qint64 pid = launcher.processId();
    QVERIFY(processAlive(pid));

    launcher.stop();
    QCOMPARE(launcher.state(), SandboxLauncher::State::Stopping);
    QVERIFY(stopped.wait(10000));
    QCOMPARE(launcher.state(), SandboxLauncher::State::Idle);
    QCOMPARE(failed.count(), 0); // a requested stop is not a failure
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 5000);
}

void TestSandboxLauncher::startTwiceIsOneProcess()
{
    SandboxLauncher launcher;
    launcher.setArguments(kSmall);
    QSignalSpy ready(&launcher, &SandboxLauncher::ready);
    launcher.start();
    launcher.start();
    QVERIFY(ready.wait(30000));
    const qint64 pid = launcher.processId();
    launcher.start(); // running: nothing happens
    QTest::qWait(100);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(launcher.processId(), pid);
    QSignalSpy stopped(&launcher, &SandboxLauncher::stopped);
    launcher.stop();
    QVERIFY(stopped.wait(10000));
}

void TestSandboxLauncher::stopWhenIdleReportsStopped()
{
    SandboxLauncher launcher;
    QSignalSpy stopped(&launcher, &SandboxLauncher::stopped);
    launcher.stop();
    QCOMPARE(stopped.count(), 0);
    QVERIFY(stopped.wait(1000));
    QCOMPARE(launcher.state(), SandboxLauncher::State::Idle);
}

void TestSandboxLauncher::missingExecutableIsAClearError()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("dataarts-sandbox"));
    SandboxLauncher launcher;
    launcher.setExecutable(missing);
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    launcher.start();
    QCOMPARE(failed.count(), 0);
    QVERIFY(failed.wait(2000));
    QCOMPARE(launcher.state(), SandboxLauncher::State::Failed);
    const QString error = failed.at(0).at(0).toString();
    QCOMPARE(error, launcher.errorString());
    QVERIFY2(error.contains(QDir::toNativeSeparators(missing)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("not found")), qPrintable(error));
    QCOMPARE(launcher.processId(), 0);
}

void TestSandboxLauncher::nonExecutableFileIsAClearError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dataarts-sandbox"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a program\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    SandboxLauncher launcher;
    launcher.setExecutable(path);
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    launcher.start();
    QVERIFY(failed.wait(2000));
    const QString error = failed.at(0).at(0).toString();
    QVERIFY2(error.contains(QStringLiteral("not an executable program")), qPrintable(error));
}

void TestSandboxLauncher::badArgumentsReportTheSandboxsWords()
{
    SandboxLauncher launcher;
    launcher.setArguments(
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--no-such-flag")});
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    launcher.start();
    QVERIFY(failed.wait(30000));
    const QString error = failed.at(0).at(0).toString();
    QVERIFY2(error.contains(QStringLiteral("stopped before it was ready (exit status 2)")),
             qPrintable(error));
    // The sandbox's own message (standard error) is part of it.
    QVERIFY2(error.contains(QStringLiteral("no-such-flag")), qPrintable(error));
}

void TestSandboxLauncher::unexpectedOutputIsRefused()
{
    // Six lines, the first of them no URL: refused at once, the process killed.
    SandboxLauncher launcher;
    launcher.setExecutable(QStringLiteral("/bin/sh"));
    launcher.setArguments(
        {QStringLiteral("-c"), QStringLiteral("printf 'hello\\na=1\\nb=2\\nc=3\\nd=4\\ne=5\\n'; "
                                              "exec sleep 60")});
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    launcher.start();
    QVERIFY(failed.wait(10000));
    const QString error = failed.at(0).at(0).toString();
    QVERIFY2(error.contains(QStringLiteral("“hello”")) ||
                 error.contains(QStringLiteral("\"hello\"")),
             qPrintable(error));
    QCOMPARE(launcher.state(), SandboxLauncher::State::Failed);
}

void TestSandboxLauncher::slowStartTimesOut()
{
    SandboxLauncher launcher;
    launcher.setExecutable(QStringLiteral("/bin/sh"));
    launcher.setArguments({QStringLiteral("-c"), QStringLiteral("exec sleep 60")});
    launcher.setStartTimeout(1000);
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    launcher.start();
    QVERIFY(failed.wait(10000));
    const QString error = failed.at(0).at(0).toString();
    QVERIFY2(error.contains(QStringLiteral("did not report its address within 1 second")),
             qPrintable(error));
}

void TestSandboxLauncher::crashWhileRunningIsReported()
{
    SandboxLauncher launcher;
    launcher.setArguments(kSmall);
    QSignalSpy ready(&launcher, &SandboxLauncher::ready);
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    launcher.start();
    QVERIFY(ready.wait(30000));
    ::kill(pid_t(launcher.processId()), SIGKILL);
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("crashed")),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(launcher.state(), SandboxLauncher::State::Failed);

    // It can be started again afterwards.
    launcher.start();
    QVERIFY(ready.wait(30000));
    QSignalSpy stopped(&launcher, &SandboxLauncher::stopped);
    launcher.stop();
    QVERIFY(stopped.wait(10000));
}

void TestSandboxLauncher::destructorKillsTheChild()
{
    qint64 pid = 0;
    {
        SandboxLauncher launcher;
        launcher.setArguments(kSmall);
        QSignalSpy ready(&launcher, &SandboxLauncher::ready);
        launcher.start();
        QVERIFY(ready.wait(30000));
        pid = launcher.processId();
        QVERIFY(processAlive(pid));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 5000);
}

QTEST_GUILESS_MAIN(TestSandboxLauncher)
#include "tst_sandbox_launcher.moc"
