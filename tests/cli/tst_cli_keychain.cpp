// Keys from the keychain: `profile add` stores the sandbox's keys (read from the
// environment) in the real Secret Service of scripts/test; later commands given --profile
// sign with them while the environment holds no key at all.
#include "CliRunner.h"
#include "KeyringWitness.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QString problem = keyringWitness::environmentProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_cli.home = m_dir.filePath(QStringLiteral("home"));
        m_cli.journalPath = m_dir.filePath(QStringLiteral("journal.sqlite"));
        CliRunner adder = m_cli;
        adder.accessKey = m_sandbox.accessKey();
        adder.secretKey = m_sandbox.secretKey();
        const CliResult added =
            adder.run({QStringLiteral("profile"), QStringLiteral("add"), m_name},
                      {QStringLiteral("--endpoint"), m_sandbox.url().toString(),
                       QStringLiteral("--project-id"), m_sandbox.projectId(),
                       QStringLiteral("--workspace"), m_sandbox.workspace()},
                      false);
        QVERIFY2(added.exitCode == 0, qPrintable(added.text()));
    }
    void cleanupTestCase()
    {
        m_cli.run({QStringLiteral("profile"), QStringLiteral("remove"), m_name}, {}, false);
    }

    void listingSignsWithKeychainKeys()
    {
        QVERIFY(m_cli.accessKey.isEmpty() && m_cli.secretKey.isEmpty());
        const CliResult r = m_cli.run({QStringLiteral("approvers"), QStringLiteral("list")},
                                      {QStringLiteral("--profile"), m_name,
                                       QStringLiteral("--format"), QStringLiteral("json")},
                                      false);
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        QVERIFY(!r.json().array().isEmpty());
        QVERIFY(!r.out.contains(m_sandbox.secretKey()));
        QVERIFY(!r.err.contains(m_sandbox.secretKey()));
    }

    void runRecordsTheProfile()
    {
        const CliResult r = m_cli.run(
            {QStringLiteral("offline")},
            {QStringLiteral("--profile"), m_name, QStringLiteral("--approver-id"),
             m_sandbox.value(QStringLiteral("user_id")), QStringLiteral("--approver-name"),
             m_sandbox.value(QStringLiteral("user")), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("--entity"),
             QStringLiteral("TABLE_MODEL:1000000000000000001")},
            false);
        // An unknown entity fails on its own (exit 1), but the run went through.
        QVERIFY2(r.exitCode == 1, qPrintable(r.text()));
        QCOMPARE(r.json().object().value(QStringLiteral("profile")).toString(), m_name);
        const CliResult history =
            m_cli.run({QStringLiteral("history")},
                      {QStringLiteral("--format"), QStringLiteral("csv")}, false);
        QVERIFY(history.out.contains(m_name.toUtf8()));
    }

    void profileTest()
    {
        const CliResult ok =
            m_cli.run({QStringLiteral("profile"), QStringLiteral("test"), m_name}, {}, false);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.text()));
        QVERIFY(ok.out.contains("Connected"));
        const CliResult missing = m_cli.run(
            {QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("nope")}, {}, false);
        QCOMPARE(missing.exitCode, 2);
    }

    void profileAndEndpointTogetherIsUsage()
    {
        const CliResult r = m_cli.run({QStringLiteral("apis"), QStringLiteral("list")},
                                      {QStringLiteral("--profile"), m_name,
                                       QStringLiteral("--endpoint"), m_sandbox.url().toString()},
                                      false);
        QCOMPARE(r.exitCode, 2);
    }

private:
    SandboxProcess m_sandbox{{QStringLiteral("--tables"), QStringLiteral("60"),
                              QStringLiteral("--apis"), QStringLiteral("10")}};
    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_name = QStringLiteral("cli-keychain-test");
};

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
