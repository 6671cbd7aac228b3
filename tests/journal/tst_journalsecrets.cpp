// The journal holds no secret: a run recorded from realistic connection settings leaves
// no key, password or token in the database files, and parameters with a field named
// like a secret are refused before anything is written.
#include "JournalTestSupport.h"

#include "client/ConnectionSettings.h"
#include "journal/RunParameters.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace dataarts;
using namespace journaltest;

namespace {

ConnectionSettings realisticSettings()
{
    ConnectionSettings s;
    s.endpoint =
        QUrl(QStringLiteral("https://desk-user:UrlPa55word@dayu.cn-north-4.myhuaweicloud.com/"));
    s.iamEndpoint = QUrl(QStringLiteral("https://iam.cn-north-4.myhuaweicloud.com"));
    s.region = QStringLiteral("cn-north-4");
    s.projectId = QStringLiteral("0833a5737480d53b2f25c010dc1a7b88");
    s.instanceId = QStringLiteral("dayu-instance-7c1f");
    s.workspace = QStringLiteral("e6a6b5d4f1b0419f9ea3f0bd0c08ef2e");
    s.dlmType = QStringLiteral("EXCLUSIVE");
    s.auth = AuthMethod::AkSk;
    s.akSk.accessKey = QStringLiteral("HPUAQ7EXAMPLEAK1Z9X4");
    s.akSk.secretKey = QByteArrayLiteral("v9Wq2SecretKeyExample0kT1bH7yZ3nL8mPq4rS6");
    s.akSk.securityToken = QByteArrayLiteral("gQpzb2tlbi1zZWN1cml0eS10b2tlbi1leGFtcGxl");
    s.iamUserName = QStringLiteral("zhang.wei");
    s.iamAccountName = QStringLiteral("acme-data");
    s.iamPassword = QByteArrayLiteral("Iam-Passw0rd!2026");
    s.proxyMode = ProxyMode::Manual;
    s.proxyHost = QStringLiteral("proxy.corp.example");
    s.proxyPort = 3128;
    s.proxyUser = QStringLiteral("corp-proxy-user");
    s.proxyPassword = QByteArrayLiteral("Pr0xy-Secret-55");
    return s;
}

QList<QByteArray> secretsOf(const ConnectionSettings &s)
{
    return {s.akSk.accessKey.toUtf8(), s.akSk.secretKey,
            s.akSk.securityToken,      s.iamPassword,
            s.proxyPassword,           QByteArrayLiteral("UrlPa55word")};
}

// Every byte the journal left on disk: the database and its WAL and shared-memory files.
QByteArray filesOf(const QString &path)
{
    QByteArray all;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

QByteArray utf16(const QByteArray &utf8)
{
    const QString text = QString::fromUtf8(utf8);
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

} // namespace

class TestJournalSecrets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void connectionFactsHoldNoSecret()
    {
        const ConnectionSettings s = realisticSettings();
        const QJsonObject facts = runParameters::connectionFacts(s);
        const QByteArray json = QJsonDocument(facts).toJson();
        for (const QByteArray &secret : secretsOf(s))
            QVERIFY2(!json.contains(secret), secret.constData());
        QVERIFY(!json.contains("corp-proxy-user"));
        QCOMPARE(facts.value(QStringLiteral("endpoint")).toString(),
                 QStringLiteral("https://dayu.cn-north-4.myhuaweicloud.com/"));
        QCOMPARE(facts.value(QStringLiteral("project_id")).toString(), s.projectId);
        QCOMPARE(facts.value(QStringLiteral("workspace")).toString(), s.workspace);
        QCOMPARE(facts.value(QStringLiteral("auth")).toString(), QStringLiteral("AKSK"));
        QVERIFY(runParameters::secretLikeField(facts).isEmpty());
    }

    void aRecordedRunLeavesNoSecretOnDisk()
    {
        const ConnectionSettings s = realisticSettings();
        const QString path = m_dir.filePath(QStringLiteral("journal.sqlite"));
        const QByteArray marker = "marker-approver-8d1e";
        {
            Journal journal(path);
            QVERIFY(journal.open());
            NewRun run = offlineRun(60);
            QJsonObject parameters = runParameters::connectionFacts(s);
            parameters.insert(QStringLiteral("approver_user_id"), QString::fromLatin1(marker));
            parameters.insert(QStringLiteral("approver_user_name"), QStringLiteral("李娜"));
            parameters.insert(QStringLiteral("fast_approval"), true);
            parameters.insert(QStringLiteral("env_type"), QStringLiteral("PROD_TYPE"));
            run.parameters = parameters;
            run.createdBy = s.iamUserName;
            const CreatedRun created = journal.createRun(run);
            QVERIFY2(created.isValid(), qPrintable(journal.errorString()));
            const qint64 ref = journal.markSending(created.runId, created.itemIds.mid(0, 50));
            RequestAnswer answer = answerAll(ref, created.itemIds.mid(0, 50), ItemState::Success,
                                             QStringLiteral("6f1d2c3b-request"));
            answer.resultBody = R"({"data":{"value":{"operation_status":"FAILED","groups":[]}}})";
            answer.items[7] = outcome(created.itemIds[7], ItemState::Failed,
                                      QStringLiteral("DS.6000"), QStringLiteral("已下线"));
            QVERIFY(journal.recordAnswer(answer));
            QVERIFY(journal.markSending(created.runId, created.itemIds.mid(50)) > 0);
            QVERIFY(journal.retryFailed(created.runId, s.iamUserName).isValid());

            // While open (WAL and shared memory present) ...
            const QByteArray bytes = filesOf(path);
            QVERIFY(bytes.contains(marker)); // the scan sees what was written
            for (const QByteArray &secret : secretsOf(s)) {
                QVERIFY2(!bytes.contains(secret), secret.constData());
                QVERIFY2(!bytes.contains(utf16(secret)), secret.constData());
            }
        }
        // ... and after closing (WAL checkpointed into the file).
        const QByteArray bytes = filesOf(path);
        QVERIFY(bytes.contains(marker));
        for (const QByteArray &secret : secretsOf(s))
            QVERIFY2(!bytes.contains(secret), secret.constData());
    }

    void fieldsNamedLikeSecretsAreFound()
    {
        const auto field = [](const char *json) {
            return runParameters::secretLikeField(QJsonDocument::fromJson(json).object());
        };
        QCOMPARE(field(R"({"approver_user_id":"u","schedule_time":"30_18","action":"STOP"})"),
                 QString());
        QCOMPARE(field(R"({"sk":"x"})"), QStringLiteral("sk"));
        QCOMPARE(field(R"({"AK":"x"})"), QStringLiteral("AK"));
        QCOMPARE(field(R"({"auth":{"secret_key":"x"}})"), QStringLiteral("auth.secret_key"));
        QCOMPARE(field(R"({"headers":[{"Accept":"*"},{"X-Auth-Token":"t"}]})"),
                 QStringLiteral("headers[1].X-Auth-Token"));
        QCOMPARE(field(R"({"iamPassword":"p"})"), QStringLiteral("iamPassword"));
        QCOMPARE(field(R"({"proxy":{"passwd":"p"}})"), QStringLiteral("proxy.passwd"));
        QCOMPARE(field(R"({"Authorization":"SDK-HMAC-SHA256 ..."})"),
                 QStringLiteral("Authorization"));
        QCOMPARE(field(R"({"access_key_id":"a"})"), QStringLiteral("access_key_id"));
        QCOMPARE(field(R"({"credentials":{}})"), QStringLiteral("credentials"));
    }

    void parametersWithASecretAreRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("refused.sqlite"));
        const QByteArray secret = "Zz-never-on-disk-4471";
        {
            Journal journal(path);
            QVERIFY(journal.open());
            NewRun run = offlineRun(2);
            QJsonObject auth{{QStringLiteral("secret_key"), QString::fromLatin1(secret)}};
            run.parameters.insert(QStringLiteral("auth"), auth);
            QVERIFY(!journal.createRun(run).isValid());
            QCOMPARE(journal.error(), JournalError::Invalid);
            QVERIFY2(journal.errorString().contains(QStringLiteral("auth.secret_key")),
                     qPrintable(journal.errorString()));
            QVERIFY(!journal.errorString().contains(QString::fromLatin1(secret)));
            QCOMPARE(scalar(journal, QStringLiteral("SELECT COUNT(*) FROM runs")).toInt(), 0);
            QVERIFY(!filesOf(path).contains(secret));
        }
        QVERIFY(!filesOf(path).contains(secret));
    }
};

QTEST_GUILESS_MAIN(TestJournalSecrets)
#include "tst_journalsecrets.moc"
