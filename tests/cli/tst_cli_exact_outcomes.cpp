// Exact outcomes (issue 18), with the real CLI against the real sandbox:
// - a 4xx whose body cannot be read (empty, HTML, cut short) is reconciled like an unknown
//   outcome: the pair's state is read, and the item ends as what the server holds (already
//   stopped -> SUCCESS; refused and unchanged -> FAILED with the reason), never "FAILED, no
//   code", never sent again;
// - a pair already stopped, or already waiting to stop, before the run is reported as such
//   ("already stopped", "already waiting, takes effect at T"), not as this run's SCHEDULED.
#include "CliRunner.h"
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliExactOutcomes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void unreadableRefusalOnStoppedPair_data();
    void unreadableRefusalOnStoppedPair();
    void unreadableRefusalOnRefusedPairFails();
    void unreadableRefusalOnBatchOffline();
    void alreadyStoppedBeforeTheRun();
    void alreadyWaitingBeforeTheRun();
    void alreadyWaitingWithoutEarlierRun();

private:
    // Pairs (API_ID@INSTANCE_ID) the sandbox user reviews, in that state, not used yet.
    QStringList pairs(const QString &query, int count);
    CliResult stop(const QString &pair, const QStringList &extra = {},
                   const QString &format = QStringLiteral("json"));
    static QJsonObject onlyItem(const CliResult &r);
    int processed(const QString &pair);
    QString status(const QString &pair);

    SandboxProcess m_sandbox{{QStringLiteral("--apis"), QStringLiteral("200"),
                              QStringLiteral("--rate-limit"), QStringLiteral("off")}};
    std::unique_ptr<SandboxClient> m_client;
    QTemporaryDir m_dir;
    CliRunner m_cli;
    QSet<QString> m_used;
};

void TestCliExactOutcomes::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<SandboxClient>(m_sandbox);
    m_cli.accessKey = m_sandbox.accessKey();
    m_cli.secretKey = m_sandbox.secretKey();
    m_cli.journalPath = m_dir.filePath(QStringLiteral("journal.sqlite"));
    m_cli.home = m_dir.filePath(QStringLiteral("home"));
    m_cli.connection = {QStringLiteral("--endpoint"),   m_sandbox.url().toString(),
                        QStringLiteral("--project-id"), m_sandbox.projectId(),
                        QStringLiteral("--workspace"),  m_sandbox.workspace()};
}

QStringList TestCliExactOutcomes::pairs(const QString &query, int count)
{
    QStringList out;
    const QJsonArray found = m_client->findPairs(
        query +
        QStringLiteral("&manager=%1&limit=200").arg(m_sandbox.value(QStringLiteral("user"))));
    for (const QJsonValue &v : found) {
        const QJsonObject o = v.toObject();
        const QString pair = o.value(QStringLiteral("api_id")).toString() + QLatin1Char('@') +
                             o.value(QStringLiteral("instance_id")).toString();
        if (m_used.contains(pair))
            continue;
        m_used.insert(pair);
        out.append(pair);
        if (out.size() == count)
            break;
    }
    return out;
}

CliResult TestCliExactOutcomes::stop(const QString &pair, const QStringList &extra,
                                     const QString &format)
{
    QStringList args{QStringLiteral("--action"), QStringLiteral("STOP"),
                     QStringLiteral("--target"), pair,
                     QStringLiteral("--format"), format};
    if (!extra.contains(QLatin1String("--time")))
        args << QStringLiteral("--notice-hours") << QStringLiteral("0");
    return m_cli.run({QStringLiteral("api-action")}, args + extra);
}

QJsonObject TestCliExactOutcomes::onlyItem(const CliResult &r)
{
    const QJsonArray items = r.json().object().value(QStringLiteral("items")).toArray();
    return items.size() == 1 ? items.first().toObject() : QJsonObject();
}

int TestCliExactOutcomes::processed(const QString &pair)
{
    return m_client->stats()
        .value(QStringLiteral("processed"))
        .toObject()
        .value(QString(pair).replace(QLatin1Char('@'), QLatin1Char('/')))
        .toInt();
}

QString TestCliExactOutcomes::status(const QString &pair)
{
    const QStringList parts = pair.split(QLatin1Char('@'));
    return m_client->pair(parts.at(0), parts.at(1)).value(QStringLiteral("status")).toString();
}

void TestCliExactOutcomes::unreadableRefusalOnStoppedPair_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("empty") << QStringLiteral("bad-4xx");
    QTest::newRow("html") << QStringLiteral("bad-4xx-html");
    QTest::newRow("truncated") << QStringLiteral("bad-4xx-truncated");
}

void TestCliExactOutcomes::unreadableRefusalOnStoppedPair()
{
    QFETCH(QString, mode);
    const QStringList found = pairs(QStringLiteral("status=STOPPED"), 1);
    QCOMPARE(found.size(), 1);
    const QString pair = found.first();
    // The server refuses the STOP (DLM.4182: stopped already), but its answer is unreadable.
    m_client->queueFault(mode, QStringLiteral("/action$"), 1);
    const CliResult r = stop(pair);
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    const QJsonObject item = onlyItem(r);
    QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("SUCCESS"));
    const QString remark = item.value(QStringLiteral("remark")).toString();
    QVERIFY2(remark.contains(QLatin1String("Already stopped")), qPrintable(remark));
    QVERIFY2(remark.contains(QLatin1String("could not be read")), qPrintable(remark));
    // Read, not sent again.
    QCOMPARE(item.value(QStringLiteral("attempts")).toInt(), 1);
    QCOMPARE(processed(pair), 1);
    QCOMPARE(status(pair), QStringLiteral("API_STATUS_STOPPED"));
}

void TestCliExactOutcomes::unreadableRefusalOnRefusedPairFails()
{
    // STOP on an unpublished pair is refused and changes nothing: FAILED with the reason and
    // the state read, not "FAILED, no code" with nothing said, and not sent again.
    const QStringList found = pairs(QStringLiteral("status=OFFLINE"), 1);
    QCOMPARE(found.size(), 1);
    m_client->queueFault(QStringLiteral("bad-4xx"), QStringLiteral("/action$"), 1);
    const CliResult r = stop(found.first());
    QVERIFY2(r.exitCode == 1, qPrintable(r.text()));
    const QJsonObject item = onlyItem(r);
    QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("FAILED"));
    const QString remark = item.value(QStringLiteral("remark")).toString();
    QVERIFY2(remark.contains(QLatin1String("could not be read")), qPrintable(remark));
    QVERIFY2(remark.contains(QLatin1String("API_STATUS_OFFLINE")), qPrintable(remark));
    QCOMPARE(processed(found.first()), 1);
}

void TestCliExactOutcomes::unreadableRefusalOnBatchOffline()
{
    // A batch offline refused (an approver the server does not know: 400) with an empty
    // body: the entities are read; nothing changed, so FAILED with the reason, not sent again.
    const QJsonArray found = m_client->findEntities(
        QStringLiteral("biz_type=TABLE_MODEL&status=PUBLISHED&limit=2&skip=40"));
    QCOMPARE(found.size(), 2);
    QStringList args{QStringLiteral("--approver-id"),   QStringLiteral("no_such_approver"),
                     QStringLiteral("--approver-name"), QStringLiteral("nobody"),
                     QStringLiteral("--format"),        QStringLiteral("json")};
    QStringList ids;
    for (const QJsonValue &v : found) {
        const QString id =
            v.isString() ? v.toString() : v.toObject().value(QStringLiteral("id")).toString();
        ids.append(id);
        args << QStringLiteral("--entity") << QStringLiteral("TABLE_MODEL:") + id;
    }
    m_client->queueFault(QStringLiteral("bad-4xx"), QStringLiteral("batch-offline"), 1);
    const CliResult r = m_cli.run({QStringLiteral("offline")}, args);
    QVERIFY2(r.exitCode == 1, qPrintable(r.text()));
    const QJsonArray items = r.json().object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("FAILED"));
        const QString remark = item.value(QStringLiteral("remark")).toString();
        QVERIFY2(remark.contains(QLatin1String("could not be read")), qPrintable(remark));
        QVERIFY2(remark.contains(QLatin1String("not applied")), qPrintable(remark));
        QCOMPARE(item.value(QStringLiteral("attempts")).toInt(), 1);
    }
    const QJsonObject processed = m_client->stats().value(QStringLiteral("processed")).toObject();
    for (const QString &id : ids)
        QVERIFY(processed.value(id).toInt() <= 1);
}

void TestCliExactOutcomes::alreadyStoppedBeforeTheRun()
{
    const QStringList found = pairs(QStringLiteral("status=STOPPED"), 1);
    QCOMPARE(found.size(), 1);
    const CliResult r = stop(found.first(), {}, QStringLiteral("table"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    QVERIFY2(r.out.contains("SUCCESS"), qPrintable(r.text()));
    QVERIFY2(r.out.contains("Already stopped (API_STATUS_STOPPED) on this cluster before this run"),
             qPrintable(r.text()));
    QCOMPARE(processed(found.first()), 1);
}

void TestCliExactOutcomes::alreadyWaitingBeforeTheRun()
{
    // A STOP with a notice period on a pair with authorized apps: WAITING_STOP until T.
    const QStringList found = pairs(QStringLiteral("status=PUBLISHED&apps=yes"), 1);
    QCOMPARE(found.size(), 1);
    const QString pair = found.first();
    QDateTime at = QDateTime::currentDateTimeUtc().addSecs(72 * 3600);
    at.setTime(QTime(at.time().hour(), 0));
    const QString atText = at.toString(QStringLiteral("yyyy-MM-ddTHH:00:00.000Z"));
    const CliResult first =
        stop(pair, {QStringLiteral("--time"), atText, QStringLiteral("--force")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.text()));
    const QJsonObject scheduled = onlyItem(first);
    QCOMPARE(scheduled.value(QStringLiteral("state")).toString(), QStringLiteral("SCHEDULED"));
    QCOMPARE(status(pair), QStringLiteral("API_STATUS_WAITING_STOP"));
    const QString effective = scheduled.value(QStringLiteral("effective_at")).toString();
    QVERIFY(!effective.isEmpty());

    // Stopped again, with another time: it waits already, since before this run, until T.
    const CliResult again = stop(pair, {QStringLiteral("--notice-hours"), QStringLiteral("96")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.text()));
    const QJsonObject item = onlyItem(again);
    QVERIFY2(item.value(QStringLiteral("state")).toString() != QLatin1String("SCHEDULED"),
             qPrintable(again.text()));
    QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(item.value(QStringLiteral("effective_at")).toString(), effective);
    const QString remark = item.value(QStringLiteral("remark")).toString();
    QVERIFY2(remark.contains(QLatin1String("Already waiting before this run")), qPrintable(remark));
    QVERIFY2(remark.contains(QLatin1String("takes effect at ") + effective), qPrintable(remark));
    // The CLI's table of that run (history --run) shows it too, with the time.
    const QString runId =
        again.json().object().value(QStringLiteral("run_id")).toVariant().toString();
    const CliResult table =
        m_cli.run({QStringLiteral("history")}, {QStringLiteral("--run"), runId}, false);
    QVERIFY2(table.exitCode == 0, qPrintable(table.text()));
    QVERIFY2(table.out.contains("Already waiting before this run"), qPrintable(table.text()));
    QVERIFY2(table.out.contains(effective.toUtf8()), qPrintable(table.text()));
    QCOMPARE(processed(pair), 2); // two STOPs, the second refused; nothing sent twice
    QCOMPARE(status(pair), QStringLiteral("API_STATUS_WAITING_STOP"));
}

void TestCliExactOutcomes::alreadyWaitingWithoutEarlierRun()
{
    // Waiting from the seeded data: no run of this journal knows the time.
    const QStringList found = pairs(QStringLiteral("status=WAITING_STOP"), 1);
    QCOMPARE(found.size(), 1);
    const CliResult r = stop(found.first(), {}, QStringLiteral("table"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    QVERIFY2(r.out.contains("Already waiting before this run"), qPrintable(r.text()));
    QVERIFY2(!r.out.contains("SCHEDULED  "), qPrintable(r.text()));
    QCOMPARE(processed(found.first()), 1);
}

QTEST_GUILESS_MAIN(TestCliExactOutcomes)
#include "tst_cli_exact_outcomes.moc"
