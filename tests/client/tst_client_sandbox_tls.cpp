// TLS against the sandbox with a throw-away certificate: untrusted, the job fails with a
// typed TLS error carrying the certificate and nothing reaches the server; with the
// certificate as the profile's CA bundle, it works.
#include "IntegrationSupport.h"
#include "SandboxControl.h"

#include "client/jobs/BatchOfflineJob.h"
#include "client/jobs/ListApproversJob.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dataarts;
using integration::run;

class TestClientSandboxTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void untrustedCertificateIsATypedError();
    void caBundleMakesItWork();

private:
    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;
};

void TestClientSandboxTls::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QFAIL("the openssl command is missing (scripts/setup-deps installs it)");
    QVERIFY(m_dir.isValid());
    m_cert = m_dir.filePath(QStringLiteral("cert.pem"));
    m_key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   m_key, QStringLiteral("-out"), m_cert, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1/O=DataArts Desk tests"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(openssl.waitForFinished(60000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
}

void TestClientSandboxTls::untrustedCertificateIsATypedError()
{
    SandboxProcess sandbox({QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"),
                            m_key, QStringLiteral("--tables"), QStringLiteral("20")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QCOMPARE(sandbox.url().scheme(), QStringLiteral("https"));
    Session session(sandbox.settings());
    session.setRetryPolicy(integration::fastRetries(4));
    BatchOfflineRequest body;
    body.bizInfos = {{QStringLiteral("1000000000000000001"), QStringLiteral("TABLE_MODEL")}};
    body.approverUserId = QStringLiteral("u");
    body.approverUserName = QStringLiteral("n");
    BatchOfflineJob job(&session, body);
    QVERIFY(run(job));
    const ApiError &e = job.error();
    QCOMPARE(e.kind, ApiError::Kind::Tls);
    QCOMPARE(job.attempts(), 1); // never retried, never ignored
    QVERIFY(!e.tlsErrors.isEmpty());
    QVERIFY(!e.certificates.isEmpty());
    QVERIFY2(e.certificates.first().subject.contains(QLatin1String("127.0.0.1")),
             qPrintable(e.certificates.first().subject));
    QVERIFY(e.certificates.first().selfSigned);
    QCOMPARE(e.certificates.first().sha256Fingerprint.size(), 32 * 3 - 1);
    QVERIFY(e.message().contains(e.certificates.first().sha256Fingerprint));
    SandboxControl control(sandbox.url());
    QCOMPARE(control.requests(QStringLiteral("design/")).size(), 0); // nothing was sent
}

void TestClientSandboxTls::caBundleMakesItWork()
{
    SandboxProcess sandbox({QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"),
                            m_key, QStringLiteral("--tables"), QStringLiteral("20")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ConnectionSettings s = sandbox.settings();
    s.caBundlePath = m_cert;
    Session session(s);
    QVERIFY(!session.setupError().isError());
    ListApproversJob job(&session);
    QVERIFY(run(job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    QVERIFY(job.result().total > 0);
    // The bundle is added to the default trust, not a replacement for it.
    QVERIFY(session.sslConfiguration().caCertificates().size() > 1);
}

QTEST_GUILESS_MAIN(TestClientSandboxTls)
#include "tst_client_sandbox_tls.moc"
