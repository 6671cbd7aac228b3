// A run that never sent anything (issue 18): its key check or first request is refused as
// every request would be (a wrong SK: 401; an untrusted certificate: TLS). The run ends
// with every item FAILED (the error as code and remark), finished, not RUNNING, and is not
// offered for resume; the exit status is 3.
#include "CliRunner.h"
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString idOf(const QJsonValue &v)
{
    return v.isString() ? v.toString() : v.toObject().value(QStringLiteral("id")).toString();
}

} // namespace

class TestCliUnsent : public QObject
{
    Q_OBJECT
private slots:
    void wrongKeyAtTheKeyCheck();
    void wrongKeyAtTheFirstRequest();
    void untrustedCertificate();

private:
    // Checks that the run of `r` ended FAILED, finished, and that resume refuses it.
    void checkEndedFailed(const CliRunner &cli, const CliResult &r, int items, const QString &code);
};

void TestCliUnsent::checkEndedFailed(const CliRunner &cli, const CliResult &r, int items,
                                     const QString &code)
{
    QVERIFY2(r.exitCode == 3, qPrintable(r.text()));
    const QJsonObject doc = r.json().object();
    QVERIFY2(doc.value(QStringLiteral("status")).toString() == QLatin1String("FINISHED"),
             qPrintable(r.text()));
    const QJsonArray list = doc.value(QStringLiteral("items")).toArray();
    QCOMPARE(list.size(), items);
    for (const QJsonValue &v : list) {
        const QJsonObject item = v.toObject();
        QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("FAILED"));
        if (!code.isEmpty())
            QCOMPARE(item.value(QStringLiteral("code")).toString(), code);
        QVERIFY(!item.value(QStringLiteral("remark")).toString().isEmpty());
    }
    QVERIFY2(!r.err.contains("resume --run"), qPrintable(r.text()));
    QVERIFY2(r.err.contains("Nothing was sent"), qPrintable(r.text()));
    const QString runId = QString::number(doc.value(QStringLiteral("run_id")).toInteger());

    const CliResult history = cli.run({QStringLiteral("history")},
                                      {QStringLiteral("--format"), QStringLiteral("json")}, false);
    QVERIFY2(history.exitCode == 0, qPrintable(history.text()));
    const QJsonObject run = history.json().array().at(0).toObject();
    QCOMPARE(run.value(QStringLiteral("run_id")).toString(), runId);
    QVERIFY2(run.value(QStringLiteral("status")).toString() != QLatin1String("RUNNING"),
             qPrintable(history.text()));
    QCOMPARE(run.value(QStringLiteral("failed")).toString(), QString::number(items));

    const CliResult resume =
        cli.run({QStringLiteral("resume")}, {QStringLiteral("--run"), runId}, false);
    QVERIFY2(resume.exitCode == 2 && resume.err.contains("nothing to resume"),
             qPrintable(resume.text()));
}

void TestCliUnsent::wrongKeyAtTheKeyCheck()
{
    SandboxProcess sandbox({QStringLiteral("--apis"), QStringLiteral("60"),
                            QStringLiteral("--clusters"), QStringLiteral("8"),
                            QStringLiteral("--rate-limit"), QStringLiteral("off")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxClient client(sandbox);
    const QJsonArray found = client.findPairs(QStringLiteral("status=PUBLISHED&manager=%1&limit=40")
                                                  .arg(sandbox.value(QStringLiteral("user"))));
    QCOMPARE(found.size(), 40);
    QStringList args{QStringLiteral("--action"),       QStringLiteral("STOP"),
                     QStringLiteral("--notice-hours"), QStringLiteral("0"),
                     QStringLiteral("--concurrency"),  QStringLiteral("8"),
                     QStringLiteral("--format"),       QStringLiteral("json")};
    for (const QJsonValue &v : found) {
        const QJsonObject p = v.toObject();
        args << QStringLiteral("--target")
             << p.value(QStringLiteral("api_id")).toString() + QLatin1Char('@') +
                    p.value(QStringLiteral("instance_id")).toString();
    }
    QTemporaryDir dir;
    CliRunner cli;
    cli.accessKey = sandbox.accessKey();
    cli.secretKey = "a-wrong-secret-key-of-the-right-length-0001";
    cli.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    cli.home = dir.filePath(QStringLiteral("home"));
    cli.connection = {QStringLiteral("--endpoint"),   sandbox.url().toString(),
                      QStringLiteral("--project-id"), sandbox.projectId(),
                      QStringLiteral("--workspace"),  sandbox.workspace()};
    const CliResult r = cli.run({QStringLiteral("api-action")}, args);
    checkEndedFailed(cli, r, 40, QStringLiteral("APIGW.0301"));
    QVERIFY(client.stats().value(QStringLiteral("processed")).toObject().isEmpty());
}

void TestCliUnsent::wrongKeyAtTheFirstRequest()
{
    SandboxProcess sandbox({QStringLiteral("--tables"), QStringLiteral("40"),
                            QStringLiteral("--rate-limit"), QStringLiteral("off")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxClient client(sandbox);
    const QJsonArray found =
        client.findEntities(QStringLiteral("biz_type=TABLE_MODEL&status=PUBLISHED&limit=1"));
    QCOMPARE(found.size(), 1);
    QTemporaryDir dir;
    CliRunner cli;
    cli.accessKey = sandbox.accessKey();
    cli.secretKey = "a-wrong-secret-key-of-the-right-length-0001";
    cli.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    cli.home = dir.filePath(QStringLiteral("home"));
    cli.connection = {QStringLiteral("--endpoint"),   sandbox.url().toString(),
                      QStringLiteral("--project-id"), sandbox.projectId(),
                      QStringLiteral("--workspace"),  sandbox.workspace()};
    // One request, no key check: the write itself is refused.
    const CliResult r =
        cli.run({QStringLiteral("offline")},
                {QStringLiteral("--approver-id"), sandbox.value(QStringLiteral("user_id")),
                 QStringLiteral("--approver-name"), sandbox.value(QStringLiteral("user")),
                 QStringLiteral("--entity"), QStringLiteral("TABLE_MODEL:") + idOf(found.at(0)),
                 QStringLiteral("--format"), QStringLiteral("json")});
    checkEndedFailed(cli, r, 1, QStringLiteral("APIGW.0301"));
    QVERIFY(client.stats().value(QStringLiteral("processed")).toObject().isEmpty());
}

void TestCliUnsent::untrustedCertificate()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QFAIL("the openssl command is missing (scripts/setup-deps installs it)");
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1/O=DataArts Desk tests"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(openssl.waitForFinished(60000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    SandboxProcess sandbox({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key,
                            QStringLiteral("--tables"), QStringLiteral("40"),
                            QStringLiteral("--rate-limit"), QStringLiteral("off")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QCOMPARE(sandbox.url().scheme(), QStringLiteral("https"));
    CliRunner cli;
    cli.accessKey = sandbox.accessKey();
    cli.secretKey = sandbox.secretKey();
    cli.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    cli.home = dir.filePath(QStringLiteral("home"));
    cli.connection = {QStringLiteral("--endpoint"),   sandbox.url().toString(),
                      QStringLiteral("--project-id"), sandbox.projectId(),
                      QStringLiteral("--workspace"),  sandbox.workspace()};
    QStringList args{QStringLiteral("--approver-id"),   sandbox.value(QStringLiteral("user_id")),
                     QStringLiteral("--approver-name"), sandbox.value(QStringLiteral("user")),
                     QStringLiteral("--chunk-size"),    QStringLiteral("1"),
                     QStringLiteral("--format"),        QStringLiteral("json")};
    for (int n = 1; n <= 3; ++n)
        args << QStringLiteral("--entity")
             << QStringLiteral("TABLE_MODEL:100000000000000%1").arg(n);
    const CliResult r = cli.run({QStringLiteral("offline")}, args);
    checkEndedFailed(cli, r, 3, QString());
}

QTEST_GUILESS_MAIN(TestCliUnsent)
#include "tst_cli_unsent.moc"
