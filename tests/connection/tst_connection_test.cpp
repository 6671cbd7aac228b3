// ConnectionTest ("Test connection") against a real sandbox, and the words for clock
// offsets it reports.
#include "SandboxProcess.h"

#include "client/Session.h"
#include "connection/ClockOffset.h"
#include "connection/ConnectionTest.h"
#include "i18n/Language.h"

#include <QSignalSpy>
#include <QTest>

using namespace dataarts;

namespace {
const QStringList kSmall = {QStringLiteral("--tables"),   QStringLiteral("50"),
                            QStringLiteral("--apis"),     QStringLiteral("10"),
                            QStringLiteral("--clusters"), QStringLiteral("1")};

ConnectionTestResult run(ConnectionTest &test)
{
    QSignalSpy finished(&test, &ConnectionTest::finished);
    if (!finished.wait(30000))
        return ConnectionTestResult();
    return finished.at(0).at(0).value<ConnectionTestResult>();
}
} // namespace

class TestConnectionTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_language.apply(QStringLiteral("en"))); }
    void clockOffsetWords_data();
    void clockOffsetWords();
    void succeedsWithLatencyAndOffset();
    void correctsTheSessionsClock();
    void wrongSecretKeyGivesTheExactError();
    void unusableSettingsFailBeforeSending();
    void abortIsCancelled();

private:
    Language m_language; // English plurals
};

void TestConnectionTest::clockOffsetWords_data()
{
    QTest::addColumn<qint64>("offsetMs");
    QTest::addColumn<QString>("described");
    QTest::addColumn<bool>("warn");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("in step with the server") << false;
    QTest::newRow("half a second")
        << qint64(-400) << QStringLiteral("in step with the server") << false;
    QTest::newRow("behind 12 s") << qint64(12000) << QStringLiteral("12 seconds behind the server")
                                 << false;
    QTest::newRow("ahead 1 s") << qint64(-1000) << QStringLiteral("1 second ahead of the server")
                               << false;
    QTest::newRow("exactly a minute")
        << qint64(60000) << QStringLiteral("60 seconds behind the server") << false;
    QTest::newRow("61 s") << qint64(61000) << QStringLiteral("61 seconds behind the server")
                          << true;
    QTest::newRow("5 min ahead") << qint64(-300000)
                                 << QStringLiteral("5 minutes ahead of the server") << true;
    QTest::newRow("3 h behind") << qint64(3 * 3600 * 1000)
                                << QStringLiteral("3 hours behind the server") << true;
}

void TestConnectionTest::clockOffsetWords()
{
    QFETCH(qint64, offsetMs);
    QFETCH(QString, described);
    QFETCH(bool, warn);
    QCOMPARE(ClockOffset::describe(offsetMs), described);
    QCOMPARE(ClockOffset::needsWarning(offsetMs), warn);
    const QDateTime server(QDate(2025, 3, 1), QTime(8, 30), Qt::UTC);
    const QString warning = ClockOffset::warning(offsetMs, server);
    QCOMPARE(warning.isEmpty(), !warn);
    if (warn) {
        QVERIFY(warning.contains(ClockOffset::amount(offsetMs)));
        QVERIFY(warning.contains(QLocale().toString(server.toLocalTime(), QLocale::LongFormat)));
        QVERIFY(
            warning.contains(offsetMs > 0 ? QStringLiteral("behind") : QStringLiteral("ahead")));
    }
}

void TestConnectionTest::succeedsWithLatencyAndOffset()
{
    SandboxProcess sandbox(kSmall);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ConnectionTest test;
    test.start(sandbox.settings());
    QVERIFY(test.isRunning());
    const ConnectionTestResult result = run(test);
    QVERIFY2(result.ok, qPrintable(result.message()));
    QVERIFY(!result.error.isError());
    QVERIFY(result.latencyMs >= 0);
    QVERIFY(qAbs(result.clockOffsetMs) < 3000);
    QVERIFY(result.serverTime.isValid());
    QVERIFY(result.clockWarning().isEmpty());
    QVERIFY2(result.message().startsWith(QStringLiteral("Connected: the server answered in")),
             qPrintable(result.message()));
    QVERIFY(!test.isRunning());
    // Exactly one signed call (the approvers list, one record).
    const QJsonObject stats = sandbox.stats();
    QCOMPARE(
        stats.value(QStringLiteral("requests")).toObject().value(QStringLiteral("total")).toInt(),
        1);
}

void TestConnectionTest::correctsTheSessionsClock()
{
    SandboxProcess sandbox(kSmall +
                           QStringList{QStringLiteral("--clock-offset-s"), QStringLiteral("-90")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    Session session(sandbox.settings());
    ConnectionTest test;
    test.start(&session);
    const ConnectionTestResult result = run(test);
    QVERIFY2(result.ok, qPrintable(result.message()));
    QVERIFY2(qAbs(result.clockOffsetMs + 90000) < 3000,
             qPrintable(QString::number(result.clockOffsetMs)));
    QVERIFY(qAbs(session.clockOffsetMs() + 90000) < 3000);
    QVERIFY(result.message().contains(QStringLiteral("ahead of the server")));
    QVERIFY(result.message().contains(result.clockWarning()));
    QVERIFY(!result.clockWarning().isEmpty());
}

void TestConnectionTest::wrongSecretKeyGivesTheExactError()
{
    SandboxProcess sandbox(kSmall);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ConnectionSettings settings = sandbox.settings();
    settings.akSk.secretKey = "wrong";
    ConnectionTest test;
    test.start(settings);
    const ConnectionTestResult result = run(test);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.code, QStringLiteral("APIGW.0301"));
    QCOMPARE(result.message(), result.error.message());
    QVERIFY(result.message().contains(ApiError::describeCode(QStringLiteral("APIGW.0301"))));
}

void TestConnectionTest::unusableSettingsFailBeforeSending()
{
    SandboxProcess sandbox(kSmall);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ConnectionSettings settings = sandbox.settings();
    settings.caBundlePath = QStringLiteral("/nonexistent/ca.pem");
    ConnectionTest test;
    test.start(settings);
    const ConnectionTestResult result = run(test);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, ApiError::Kind::InvalidInput);
    QVERIFY(result.message().contains(QStringLiteral("/nonexistent/ca.pem")));
    const QJsonObject stats = sandbox.stats();
    QCOMPARE(
        stats.value(QStringLiteral("requests")).toObject().value(QStringLiteral("total")).toInt(),
        0);
}

void TestConnectionTest::abortIsCancelled()
{
    SandboxProcess sandbox(
        kSmall + QStringList{QStringLiteral("--latency-ms"), QStringLiteral("3000:3000")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ConnectionTest test;
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start(sandbox.settings());
    QTest::qWait(200);
    test.abort();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    const auto result = finished.at(0).at(0).value<ConnectionTestResult>();
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, ApiError::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connection_test.moc"
