// HTTPS with a throw-away certificate made by the openssl command line at test time.
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

class TestSandboxTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void servesHttpsWithTheGivenCertificate();
    void untrustedCertificateFailsTheHandshake();
    void plainHttpToTheTlsPortFails();
    void unreadableKeyIsAStartError();

private:
    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;
};

void TestSandboxTls::initTestCase()
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
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(openssl.waitForFinished(60000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
}

void TestSandboxTls::servesHttpsWithTheGivenCertificate()
{
    SandboxProcess sandbox({QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"),
                            m_key, QStringLiteral("--tables"), QStringLiteral("50")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QCOMPARE(sandbox.url().scheme(), QStringLiteral("https"));
    QCOMPARE(sandbox.url().host(), QStringLiteral("127.0.0.1"));
    SandboxClient client(sandbox);
    client.setTrustedCertificates(QSslCertificate::fromPath(m_cert));
    client.syncClock();
    const HttpResult r = client.get(client.arch(QStringLiteral("approvals/users")));
    QVERIFY2(r.status == 200, qPrintable(r.errorString));
    QVERIFY(r.value().toObject().value(QStringLiteral("total")).toInt() > 0);
    // Signed over https: a bad signature is still refused.
    client.setCredentials(sandbox.accessKey(), "wrong");
    QCOMPARE(client.get(client.arch(QStringLiteral("approvals/users"))).status, 401);
}

void TestSandboxTls::untrustedCertificateFailsTheHandshake()
{
    SandboxProcess sandbox({QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"),
                            m_key, QStringLiteral("--tables"), QStringLiteral("50")});
    QVERIFY(sandbox.start());
    SandboxClient client(sandbox);
    const HttpResult r = client.get(client.arch(QStringLiteral("approvals/users")));
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
}

void TestSandboxTls::plainHttpToTheTlsPortFails()
{
    SandboxProcess sandbox({QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"),
                            m_key, QStringLiteral("--tables"), QStringLiteral("50")});
    QVERIFY(sandbox.start());
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(sandbox.url().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /__sandbox/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray received;
    while (socket.waitForReadyRead(3000))
        received += socket.readAll();
    QVERIFY2(!received.startsWith("HTTP/1.1 200"), received.constData());
}

void TestSandboxTls::unreadableKeyIsAStartError()
{
    QProcess p;
    p.start(SandboxProcess::executablePath(),
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls-cert"), m_cert,
             QStringLiteral("--tls-key"), m_cert});
    QVERIFY(p.waitForFinished(20000));
    QVERIFY(p.exitCode() != 0);
    QVERIFY(p.readAllStandardOutput().isEmpty());
    QVERIFY(!p.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxTls)
#include "tst_sandbox_tls.moc"
