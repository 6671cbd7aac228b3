// dataarts-desk-cli run as the real executable against one dataarts-sandbox over loopback:
// every listing in every format, offline and api-action runs, dry runs that send nothing,
// bad input lines, history and resume through the shared journal, exit statuses, keys from
// the environment, and 19-digit numeric ids printed with every digit.
#include "CliRunner.h"
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString idOf(const QJsonValue &v)
{
    return v.isString() ? v.toString() : v.toObject().value(QStringLiteral("id")).toString();
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpForEveryCommand();
    void usageErrors_data();
    void usageErrors();
    void languageFollowsSystemAndFlag();
    void tablesListKeepsEveryDigit_data();
    void tablesListKeepsEveryDigit();
    void tablesFilters();
    void approversAndApisList();
    void dryRunSendsNothing();
    void badLinesSendNothing();
    void skipBadLinesSendsTheRest();
    void offlineRunJson();
    void offlineFailuresExitOne();
    void apiActionFromStandardInput();
    void apiActionDryRunShowsTime();
    void checkJudgesByTheServersState();
    void historyAndResumeSeeTheRuns();
    void noKeysIsExitThree();
    void wrongKeysIsExitThree();
    void unreachableIsExitThree();

private:
    QJsonObject stats() { return m_client->stats(); }
    int requestTotal()
    {
        return stats()
            .value(QStringLiteral("requests"))
            .toObject()
            .value(QStringLiteral("total"))
            .toInt();
    }
    int kindCount(const QString &kind)
    {
        return stats()
            .value(QStringLiteral("requests"))
            .toObject()
            .value(QStringLiteral("by_kind"))
            .toObject()
            .value(kind)
            .toInt();
    }
    QStringList entities(const QString &query)
    {
        QStringList ids;
        for (const QJsonValue &v : m_client->findEntities(query))
            ids.append(idOf(v));
        return ids;
    }
    QStringList publishedPairs(int count, int skip);
    QString writeFile(const QString &name, const QByteArray &bytes);
    QStringList offlineArgs() const
    {
        return {QStringLiteral("--approver-id"), m_sandbox.value(QStringLiteral("user_id")),
                QStringLiteral("--approver-name"), m_sandbox.value(QStringLiteral("user"))};
    }

    SandboxProcess m_sandbox{{QStringLiteral("--tables"), QStringLiteral("300"),
                              QStringLiteral("--apis"), QStringLiteral("60"),
                              QStringLiteral("--numeric-ids"), QStringLiteral("--rate-limit"),
                              QStringLiteral("off")}};
    std::unique_ptr<SandboxClient> m_client;
    QTemporaryDir m_dir;
    CliRunner m_cli;
    int m_pairsUsed = 0;
};

void TestCliCommands::initTestCase()
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

QString TestCliCommands::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write fixture");
    return path;
}

QStringList TestCliCommands::publishedPairs(int count, int skip)
{
    QStringList pairs;
    const QJsonArray found =
        m_client->findPairs(QStringLiteral("status=PUBLISHED&manager=%1&apps=no&limit=%2")
                                .arg(m_sandbox.value(QStringLiteral("user")))
                                .arg(count + skip));
    for (qsizetype i = skip; i < found.size() && pairs.size() < count; ++i) {
        const QJsonObject p = found.at(i).toObject();
        pairs.append(p.value(QStringLiteral("api_id")).toString() + QLatin1Char('@') +
                     p.value(QStringLiteral("instance_id")).toString());
    }
    return pairs;
}

void TestCliCommands::helpForEveryCommand()
{
    const QList<QStringList> commands{{QStringLiteral("sign")},
                                      {QStringLiteral("tables"), QStringLiteral("list")},
                                      {QStringLiteral("approvers"), QStringLiteral("list")},
                                      {QStringLiteral("offline")},
                                      {QStringLiteral("publish")},
                                      {QStringLiteral("retry")},
                                      {QStringLiteral("apis"), QStringLiteral("list")},
                                      {QStringLiteral("api-action")},
                                      {QStringLiteral("history")},
                                      {QStringLiteral("export")},
                                      {QStringLiteral("resume")},
                                      {QStringLiteral("profile"), QStringLiteral("add")},
                                      {QStringLiteral("profile"), QStringLiteral("list")},
                                      {QStringLiteral("profile"), QStringLiteral("test")},
                                      {QStringLiteral("profile"), QStringLiteral("remove")}};
    const int before = requestTotal();
    for (const QStringList &words : commands) {
        const CliResult r = m_cli.run(words, {QStringLiteral("--help")}, false);
        QVERIFY2(r.exitCode == 0, qPrintable(words.join(QLatin1Char(' ')) + r.text()));
        QVERIFY2(r.out.contains("--help"), qPrintable(r.text()));
    }
    const CliResult offline = m_cli.run({QStringLiteral("offline")}, {QStringLiteral("--help")});
    QVERIFY(offline.out.contains("--approver-id"));
    QVERIFY(offline.out.contains("pending approval counts as submitted"));
    const CliResult overview = m_cli.run({}, {QStringLiteral("--help")}, false);
    QCOMPARE(overview.exitCode, 0);
    for (const char *word : {"tables list", "approvers list", "offline", "apis list", "api-action",
                             "history", "export", "resume", "profile test"})
        QVERIFY2(overview.out.contains(word), word);
    QCOMPARE(requestTotal(), before);
}

void TestCliCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << QByteArray("frobnicate");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("tables"), QStringLiteral("list"), QStringLiteral("--bogus")}
        << QByteArray("bogus");
    QTest::newRow("bad format") << QStringList{QStringLiteral("history"),
                                               QStringLiteral("--format"), QStringLiteral("xml")}
                                << QByteArray("xml");
    QTest::newRow("bad table type") << QStringList{QStringLiteral("tables"), QStringLiteral("list"),
                                                   QStringLiteral("--type"), QStringLiteral("VIEW")}
                                    << QByteArray("VIEW");
    QTest::newRow("bad time") << QStringList{QStringLiteral("api-action"),
                                             QStringLiteral("--action"),
                                             QStringLiteral("STOP"),
                                             QStringLiteral("--time"),
                                             QStringLiteral("tomorrow"),
                                             QStringLiteral("--target"),
                                             QStringLiteral("a@b")}
                              << QByteArray("tomorrow");
    QTest::newRow("bad action") << QStringList{QStringLiteral("api-action"),
                                               QStringLiteral("--action"),
                                               QStringLiteral("PUBLISH"),
                                               QStringLiteral("--target"), QStringLiteral("a@b")}
                                << QByteArray("UNPUBLISH");
    QTest::newRow("no approver") << QStringList{QStringLiteral("offline"),
                                                QStringLiteral("--entity"),
                                                QStringLiteral("TABLE_MODEL:1")}
                                 << QByteArray("--approver-id");
    QTest::newRow("bad schedule") << QStringList{QStringLiteral("offline"),
                                                 QStringLiteral("--approver-id"),
                                                 QStringLiteral("u"),
                                                 QStringLiteral("--approver-name"),
                                                 QStringLiteral("n"),
                                                 QStringLiteral("--schedule"),
                                                 QStringLiteral("25:99"),
                                                 QStringLiteral("--entity"),
                                                 QStringLiteral("TABLE_MODEL:1")}
                                  << QByteArray("HH:MM");
    QTest::newRow("zero concurrency")
        << QStringList{QStringLiteral("api-action"), QStringLiteral("--action"),
                       QStringLiteral("STOP"),       QStringLiteral("--concurrency"),
                       QStringLiteral("0"),          QStringLiteral("--target"),
                       QStringLiteral("a@b")}
        << QByteArray("--concurrency \"0\"");
    QTest::newRow("chunk too large") << QStringList{QStringLiteral("offline"),
                                                    QStringLiteral("--approver-id"),
                                                    QStringLiteral("u"),
                                                    QStringLiteral("--approver-name"),
                                                    QStringLiteral("n"),
                                                    QStringLiteral("--chunk-size"),
                                                    QStringLiteral("1001"),
                                                    QStringLiteral("--entity"),
                                                    QStringLiteral("TABLE_MODEL:1")}
                                     << QByteArray("--chunk-size \"1001\"");
    QTest::newRow("no input") << QStringList{QStringLiteral("api-action"),
                                             QStringLiteral("--action"), QStringLiteral("STOP")}
                              << QByteArray("--target");
    QTest::newRow("missing input file")
        << QStringList{QStringLiteral("api-action"), QStringLiteral("--action"),
                       QStringLiteral("STOP"), QStringLiteral("--input"),
                       QStringLiteral("/nonexistent/targets.csv")}
        << QByteArray("targets.csv");
    QTest::newRow("resume without run")
        << QStringList{QStringLiteral("resume")} << QByteArray("--run");
    QTest::newRow("unknown run") << QStringList{QStringLiteral("history"), QStringLiteral("--run"),
                                                QStringLiteral("987654")}
                                 << QByteArray("987654");
}

void TestCliCommands::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const int before = requestTotal();
    // Connection options go after the words, so use them only where the command takes them.
    const bool connects = args.size() >= 1 && args.constFirst() != QLatin1String("frobnicate") &&
                          args.constFirst() != QLatin1String("history");
    const qsizetype words = args.size() >= 2 && (args.at(0) == QLatin1String("tables")) ? 2 : 1;
    const CliResult r = m_cli.run(args.mid(0, words), args.mid(words), connects);
    QVERIFY2(r.exitCode == 2, qPrintable(r.text()));
    QVERIFY2(r.err.contains(message), qPrintable(r.text()));
    QCOMPARE(requestTotal(), before);
}

void TestCliCommands::languageFollowsSystemAndFlag()
{
    CliRunner chinese = m_cli;
    chinese.lang = QStringLiteral("zh_CN");
    const CliResult system = chinese.run({}, {QStringLiteral("--help")}, false);
    QVERIFY2(system.out.contains("命令："), qPrintable(system.text()));
    const CliResult flag = chinese.run({QStringLiteral("--lang"), QStringLiteral("en")},
                                       {QStringLiteral("--help")}, false);
    QVERIFY2(flag.out.contains("Commands:"), qPrintable(flag.text()));
    const CliResult after = m_cli.run(
        {QStringLiteral("history")},
        {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")}, false);
    QVERIFY2(after.out.contains("选项"), qPrintable(after.text()));
    const CliResult bad = m_cli.run({QStringLiteral("--lang"), QStringLiteral("fr")},
                                    {QStringLiteral("history")}, false);
    QCOMPARE(bad.exitCode, 2);
}

void TestCliCommands::tablesListKeepsEveryDigit_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("table") << QStringLiteral("table");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("json") << QStringLiteral("json");
}

void TestCliCommands::tablesListKeepsEveryDigit()
{
    QFETCH(QString, format);
    // The sandbox sends these ids as JSON numbers above 2^53 (--numeric-ids).
    const QStringList ids = entities(QStringLiteral("biz_type=TABLE_MODEL&limit=20"));
    QVERIFY(ids.size() >= 10);
    for (const QString &id : ids)
        QVERIFY2(QRegularExpression(QStringLiteral("^[1-9][0-9]{18}$")).match(id).hasMatch(),
                 qPrintable(id));
    const CliResult r = m_cli.run({QStringLiteral("tables"), QStringLiteral("list")},
                                  {QStringLiteral("--type"), QStringLiteral("TABLE_MODEL"),
                                   QStringLiteral("--format"), format});
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    for (const QString &id : ids)
        QVERIFY2(r.out.contains(id.toLatin1()), qPrintable(id));
    if (format == QLatin1String("json")) {
        const QJsonArray rows = r.json().array();
        QVERIFY(rows.size() >= ids.size());
        QStringList got;
        for (const QJsonValue &row : rows) {
            QVERIFY(row.toObject().value(QStringLiteral("id")).isString());
            QCOMPARE(row.toObject().value(QStringLiteral("biz_type")).toString(),
                     QStringLiteral("TABLE_MODEL"));
            got.append(row.toObject().value(QStringLiteral("id")).toString());
        }
        for (const QString &id : ids)
            QVERIFY(got.contains(id));
    } else if (format == QLatin1String("csv")) {
        QVERIFY(r.out.startsWith("id,name,code,biz_type,status,db_name,dw_type,update_time\r\n"));
    } else {
        QVERIFY(r.out.startsWith("ID "));
    }
}

void TestCliCommands::tablesFilters()
{
    const CliResult r = m_cli.run({QStringLiteral("tables"), QStringLiteral("list")},
                                  {QStringLiteral("--status"), QStringLiteral("offline"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    const QJsonArray rows = r.json().array();
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue &row : rows)
        QCOMPARE(row.toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("OFFLINE"));
}

void TestCliCommands::approversAndApisList()
{
    const CliResult approvers = m_cli.run({QStringLiteral("approvers"), QStringLiteral("list")},
                                          {QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(approvers.exitCode == 0, qPrintable(approvers.text()));
    bool found = false;
    for (const QJsonValue &row : approvers.json().array()) {
        if (row.toObject().value(QStringLiteral("user_id")).toString() ==
            m_sandbox.value(QStringLiteral("user_id")))
            found = row.toObject().value(QStringLiteral("user_name")).toString() ==
                    m_sandbox.value(QStringLiteral("user"));
    }
    QVERIFY2(found, qPrintable(approvers.text()));

    const CliResult apis = m_cli.run({QStringLiteral("apis"), QStringLiteral("list")},
                                     {QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(apis.exitCode == 0, qPrintable(apis.text()));
    QVERIFY(apis.out.startsWith("api_id,name,instance_id,instance_name,status,manager\r\n"));
    const QStringList pairs = publishedPairs(2, 0);
    QVERIFY(pairs.size() == 2);
    for (const QString &pair : pairs) {
        const QStringList parts = pair.split(QLatin1Char('@'));
        QVERIFY2(apis.out.contains(parts.at(0).toLatin1()), qPrintable(pair));
        QVERIFY2(apis.out.contains(parts.at(1).toLatin1()), qPrintable(pair));
    }
    const CliResult table = m_cli.run({QStringLiteral("apis"), QStringLiteral("list")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("API_STATUS_PUBLISHED"));
}

void TestCliCommands::dryRunSendsNothing()
{
    const QStringList ids =
        entities(QStringLiteral("biz_type=TABLE_MODEL&status=PUBLISHED&limit=3"));
    QCOMPARE(ids.size(), 3);
    QByteArray lines = "biz_type,biz_id\n";
    for (const QString &id : ids)
        lines += "TABLE_MODEL," + id.toLatin1() + '\n';
    const QString input = writeFile(QStringLiteral("dry.csv"), lines);
    const int before = requestTotal();
    const CliResult r = m_cli.run(
        {QStringLiteral("offline")},
        offlineArgs() + QStringList{QStringLiteral("--chunk-size"), QStringLiteral("2"),
                                    QStringLiteral("--dry-run"), QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("--input"), input});
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    QCOMPARE(requestTotal(), before);
    for (const QString &id : ids)
        QCOMPARE(m_client->entity(id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("PUBLISHED"));
    const QJsonArray requests = r.json().object().value(QStringLiteral("requests")).toArray();
    QCOMPARE(requests.size(), 2); // chunks of two
    const QJsonObject first = requests.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QVERIFY(first.value(QStringLiteral("url"))
                .toString()
                .endsWith(QStringLiteral("/design/approvals/batch-offline")));
    const QJsonArray infos =
        first.value(QStringLiteral("body")).toObject().value(QStringLiteral("biz_infos")).toArray();
    QCOMPARE(infos.size(), 2);
    QCOMPARE(infos.at(0).toObject().value(QStringLiteral("biz_id")).toString(), ids.at(0));
    // The table form shows the exact body and says nothing was sent; no journal entry.
    const CliResult text = m_cli.run(
        {QStringLiteral("offline")},
        offlineArgs() + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--input"), input});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QByteArray("\"biz_id\":\"" + ids.at(2).toLatin1() + "\"")));
    QVERIFY(text.out.contains("Dry run"));
    QCOMPARE(requestTotal(), before);
    // A dry run needs no keys.
    CliResult noKeys = [&] {
        CliRunner keyless = m_cli;
        keyless.accessKey.clear();
        keyless.secretKey.clear();
        return keyless.run({QStringLiteral("offline")},
                           offlineArgs() + QStringList{QStringLiteral("--dry-run"),
                                                       QStringLiteral("--input"), input});
    }();
    QVERIFY2(noKeys.exitCode == 0, qPrintable(noKeys.text()));
    QCOMPARE(requestTotal(), before);
}

void TestCliCommands::badLinesSendNothing()
{
    const QStringList ids =
        entities(QStringLiteral("biz_type=TABLE_MODEL&status=PUBLISHED&limit=2"));
    const QByteArray lines = "biz_type,biz_id\nTABLE_MODEL," + ids.at(0).toLatin1() +
                             "\nNOT_A_TYPE,123\nTABLE_MODEL,12ab\nTABLE_MODEL," +
                             ids.at(1).toLatin1() + "\n";
    const int before = kindCount(QStringLiteral("architecture.batch_offline"));
    const int total = requestTotal();
    const CliResult r = m_cli.run(
        {QStringLiteral("offline")},
        offlineArgs() + QStringList{QStringLiteral("--input"), QStringLiteral("-")}, true, lines);
    QVERIFY2(r.exitCode == 2, qPrintable(r.text()));
    QVERIFY2(r.err.contains("Line 3"), qPrintable(r.text()));
    QVERIFY2(r.err.contains("Line 4"), qPrintable(r.text()));
    QVERIFY(r.err.contains("NOT_A_TYPE"));
    QVERIFY(!r.err.contains("Line 2"));
    QCOMPARE(requestTotal(), total);
    QCOMPARE(kindCount(QStringLiteral("architecture.batch_offline")), before);
    QCOMPARE(m_client->entity(ids.at(0)).value(QStringLiteral("status")).toString(),
             QStringLiteral("PUBLISHED"));
    // --entity values are checked the same way.
    const CliResult entity = m_cli.run(
        {QStringLiteral("offline")},
        offlineArgs() + QStringList{QStringLiteral("--entity"), QStringLiteral("TABLE_MODEL:x")});
    QCOMPARE(entity.exitCode, 2);
    QVERIFY(entity.err.contains("--entity TABLE_MODEL:x: "));
    QCOMPARE(requestTotal(), total);
}

void TestCliCommands::skipBadLinesSendsTheRest()
{
    const QStringList ids =
        entities(QStringLiteral("biz_type=TABLE_MODEL&status=PUBLISHED&limit=2&skip=10"));
    QCOMPARE(ids.size(), 2);
    const QByteArray lines = "TABLE_MODEL," + ids.at(0).toLatin1() + "\nBROKEN\nTABLE_MODEL," +
                             ids.at(1).toLatin1() + "\n";
    const CliResult r = m_cli.run(
        {QStringLiteral("offline")},
        offlineArgs() + QStringList{QStringLiteral("--fast"), QStringLiteral("--skip-bad-lines"),
                                    QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("--input"),
                                    writeFile(QStringLiteral("skip.csv"), lines)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    QVERIFY(r.err.contains("Line 2"));
    const QJsonArray items = r.json().object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    for (const QString &id : ids)
        QCOMPARE(m_client->entity(id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("OFFLINE"));
}

void TestCliCommands::offlineRunJson()
{
    const QStringList ids =
        entities(QStringLiteral("biz_type=TABLE_MODEL&status=PUBLISHED&limit=3&skip=20"));
    QCOMPARE(ids.size(), 3);
    QStringList args =
        offlineArgs() + QStringList{QStringLiteral("--format"), QStringLiteral("json")};
    for (const QString &id : ids)
        args << QStringLiteral("--entity") << QStringLiteral("TABLE_MODEL:") + id;
    const CliResult r = m_cli.run({QStringLiteral("offline")}, args);
    // Without fast approval the entities wait for the approver: submitted, exit 0.
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    const QJsonObject doc = r.json().object();
    QVERIFY(doc.value(QStringLiteral("run_id")).toInteger() > 0);
    QCOMPARE(doc.value(QStringLiteral("kind")).toString(), QStringLiteral("BATCH_OFFLINE"));
    QCOMPARE(doc.value(QStringLiteral("status")).toString(), QStringLiteral("FINISHED"));
    const QJsonArray items = doc.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 3);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        QCOMPARE(item.value(QStringLiteral("biz_id")).toString(), ids.at(i));
        QCOMPARE(item.value(QStringLiteral("key")).toString(),
                 QStringLiteral("TABLE_MODEL:") + ids.at(i));
        QCOMPARE(item.value(QStringLiteral("state")).toString(),
                 QStringLiteral("PENDING_APPROVAL"));
        QVERIFY(!item.value(QStringLiteral("request_id")).toString().isEmpty());
        QVERIFY(item.contains(QStringLiteral("code")));
        QVERIFY(item.contains(QStringLiteral("remark")));
        QCOMPARE(m_client->entity(ids.at(i)).value(QStringLiteral("status")).toString(),
                 QStringLiteral("OFFLINE_DEVELOPING"));
        // Issue 19: a run started from the CLI names its entities as the server does.
        const QString name = m_client->entity(ids.at(i)).value(QStringLiteral("name")).toString();
        QVERIFY(!name.isEmpty());
        QCOMPARE(item.value(QStringLiteral("name")).toString(), name);
    }
    const QJsonObject totals = doc.value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.value(QStringLiteral("total")).toInt(), 3);
    QCOMPARE(totals.value(QStringLiteral("pending_approval")).toInt(), 3);

    // Issue 21: export --run, as the window's Export… writes it, to stdout or a file.
    const QString runId = QString::number(doc.value(QStringLiteral("run_id")).toInteger());
    const CliResult json = m_cli.run({QStringLiteral("export")},
                                     {QStringLiteral("--run"), runId, QStringLiteral("--format"),
                                      QStringLiteral("json")},
                                     false);
    QVERIFY2(json.exitCode == 0, qPrintable(json.text()));
    const QJsonArray exported = json.json().object().value(QStringLiteral("items")).toArray();
    QCOMPARE(exported.size(), 3);
    for (qsizetype i = 0; i < exported.size(); ++i)
        QCOMPARE(exported.at(i).toObject().value(QStringLiteral("name")).toString(),
                 items.at(i).toObject().value(QStringLiteral("name")).toString());
    const CliResult csv = m_cli.run({QStringLiteral("export")},
                                    {QStringLiteral("--run"), runId}, false);
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.text()));
    QCOMPARE(csv.out.count('\n'), 4); // the header and three items
    QVERIFY(!csv.out.startsWith("\xEF\xBB\xBF"));
    const QString file = m_dir.filePath(QStringLiteral("run.csv"));
    const CliResult toFile = m_cli.run({QStringLiteral("export")},
                                       {QStringLiteral("--run"), runId, QStringLiteral("--bom"),
                                        QStringLiteral("--output"), file},
                                       false);
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.text()));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), QByteArray("\xEF\xBB\xBF") + csv.out);
    // Wrong run, wrong format, --bom on JSON: usage (2), nothing written.
    for (const QStringList &bad :
         {QStringList{QStringLiteral("--run"), QStringLiteral("987654")},
          QStringList{QStringLiteral("--run"), runId, QStringLiteral("--format"),
                      QStringLiteral("xml")},
          QStringList{QStringLiteral("--run"), runId, QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("--bom")},
          QStringList{}}) {
        const CliResult r = m_cli.run({QStringLiteral("export")}, bad, false);
        QVERIFY2(r.exitCode == 2, qPrintable(bad.join(QLatin1Char(' ')) + r.text()));
        QVERIFY(r.out.isEmpty());
    }
}

void TestCliCommands::offlineFailuresExitOne()
{
    const QStringList offline =
        entities(QStringLiteral("biz_type=TABLE_MODEL&status=OFFLINE&limit=1"));
    const QStringList published =
        entities(QStringLiteral("biz_type=TABLE_MODEL&status=PUBLISHED&limit=1&skip=30"));
    QVERIFY(offline.size() == 1 && published.size() == 1);
    const CliResult r = m_cli.run(
        {QStringLiteral("offline")},
        offlineArgs() + QStringList{QStringLiteral("--fast"), QStringLiteral("--format"),
                                    QStringLiteral("csv"), QStringLiteral("--entity"),
                                    QStringLiteral("TABLE_MODEL:") + offline.constFirst(),
                                    QStringLiteral("--entity"),
                                    QStringLiteral("TABLE_MODEL:") + published.constFirst()});
    QVERIFY2(r.exitCode == 1, qPrintable(r.text()));
    const QList<QByteArray> lines = r.out.split('\n');
    QVERIFY(lines.at(0).startsWith("biz_type,biz_id,name,state,code,remark,request_id"));
    QVERIFY2(lines.at(1).contains(",FAILED,"), lines.at(1).constData());
    QVERIFY2(lines.at(2).contains(",SUCCESS,"), lines.at(2).constData());

    // Issue 21: `publish` (the options of `offline`) publishes the one that was offline, and
    // `retry --run` sends the run's failed item again in a new run: now it goes offline.
    const QString entity = QStringLiteral("TABLE_MODEL:") + offline.constFirst();
    const CliResult publish = m_cli.run(
        {QStringLiteral("publish")},
        offlineArgs() + QStringList{QStringLiteral("--fast"), QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("--entity"), entity});
    QVERIFY2(publish.exitCode == 0, qPrintable(publish.text()));
    QCOMPARE(publish.json().object().value(QStringLiteral("kind")).toString(),
             QStringLiteral("BATCH_PUBLISH"));
    QCOMPARE(m_client->entity(offline.constFirst()).value(QStringLiteral("status")).toString(),
             QStringLiteral("PUBLISHED"));
    const CliResult history = m_cli.run(
        {QStringLiteral("history")},
        {QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--format"),
         QStringLiteral("json")},
        false);
    QVERIFY2(history.exitCode == 0, qPrintable(history.text()));
    qint64 offlineRun = 0;
    for (const QJsonValue &v : history.json().array()) {
        if (v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("BATCH_OFFLINE")) {
            offlineRun = v.toObject().value(QStringLiteral("run_id")).toString().toLongLong();
            break;
        }
    }
    QVERIFY2(offlineRun > 0, qPrintable(history.text()));
    const CliResult retry = m_cli.run({QStringLiteral("retry")},
                                      {QStringLiteral("--run"), QString::number(offlineRun),
                                       QStringLiteral("--format"), QStringLiteral("json")},
                                      false);
    QVERIFY2(retry.exitCode == 0, qPrintable(retry.text()));
    const QJsonObject retried = retry.json().object();
    QVERIFY(retried.value(QStringLiteral("run_id")).toInteger() > offlineRun);
    const QJsonArray retriedItems = retried.value(QStringLiteral("items")).toArray();
    QCOMPARE(retriedItems.size(), 1);
    QCOMPARE(retriedItems.first().toObject().value(QStringLiteral("key")).toString(), entity);
    QCOMPARE(retriedItems.first().toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("SUCCESS"));
    QCOMPARE(m_client->entity(offline.constFirst()).value(QStringLiteral("status")).toString(),
             QStringLiteral("OFFLINE"));
    // A run without failed items: nothing to retry (exit 1), nothing sent.
    const int before = requestTotal();
    const CliResult nothing = m_cli.run(
        {QStringLiteral("retry")},
        {QStringLiteral("--run"),
         QString::number(publish.json().object().value(QStringLiteral("run_id")).toInteger())},
        false);
    QVERIFY2(nothing.exitCode == 1, qPrintable(nothing.text()));
    QCOMPARE(requestTotal(), before);
}

void TestCliCommands::apiActionFromStandardInput()
{
    const QStringList pairs = publishedPairs(3, 0);
    QCOMPARE(pairs.size(), 3);
    QByteArray lines = "api_id,instance_id\n";
    for (const QString &p : pairs)
        lines += p.toLatin1().replace('@', ',') + '\n';
    const CliResult r = m_cli.run({QStringLiteral("api-action")},
                                  {QStringLiteral("--action"), QStringLiteral("STOP"),
                                   QStringLiteral("--notice-hours"), QStringLiteral("0"),
                                   QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("--input"), QStringLiteral("-")},
                                  true, lines);
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    const QJsonArray items = r.json().object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 3);
    const QJsonObject pairStats = stats().value(QStringLiteral("pairs")).toObject();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        QCOMPARE(item.value(QStringLiteral("key")).toString(), pairs.at(i));
        QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("SUCCESS"));
        const QString key = QString(pairs.at(i)).replace(QLatin1Char('@'), QLatin1Char('/'));
        QCOMPARE(pairStats.value(key).toObject().value(QStringLiteral("transitions")).toInt(), 1);
        // Issue 19: "API name @ cluster name", as the window names a pair.
        const QStringList ids = pairs.at(i).split(QLatin1Char('@'));
        const QString apiName =
            m_client->pair(ids.at(0), ids.at(1)).value(QStringLiteral("api_name")).toString();
        QVERIFY(!apiName.isEmpty());
        QVERIFY2(item.value(QStringLiteral("name")).toString().startsWith(apiName +
                                                                           QStringLiteral(" @ ")),
                 qPrintable(item.value(QStringLiteral("name")).toString()));
        QVERIFY(!item.value(QStringLiteral("name")).toString().endsWith(ids.at(1)));
    }
    // Again: already stopped counts as done (DLM.4182 reconciled), nothing applied twice.
    const CliResult again = m_cli.run({QStringLiteral("api-action")},
                                      {QStringLiteral("--action"), QStringLiteral("STOP"),
                                       QStringLiteral("--notice-hours"), QStringLiteral("0"),
                                       QStringLiteral("--target"), pairs.at(0)});
    QVERIFY2(again.exitCode == 0, qPrintable(again.text()));
    QVERIFY(again.out.contains("DLM.4182"));
    const QString key = QString(pairs.at(0)).replace(QLatin1Char('@'), QLatin1Char('/'));
    QCOMPARE(stats()
                 .value(QStringLiteral("pairs"))
                 .toObject()
                 .value(key)
                 .toObject()
                 .value(QStringLiteral("transitions"))
                 .toInt(),
             1);
    // STOP by someone who is not the API's reviewer is refused: exit 1 with the code.
    const QJsonArray others =
        m_client->findPairs(QStringLiteral("status=PUBLISHED&not_manager=%1&limit=1")
                                .arg(m_sandbox.value(QStringLiteral("user"))));
    QCOMPARE(others.size(), 1);
    const QString other = others.at(0).toObject().value(QStringLiteral("api_id")).toString() +
                          QLatin1Char('@') +
                          others.at(0).toObject().value(QStringLiteral("instance_id")).toString();
    const CliResult refused = m_cli.run({QStringLiteral("api-action")},
                                        {QStringLiteral("--action"), QStringLiteral("STOP"),
                                         QStringLiteral("--notice-hours"), QStringLiteral("0"),
                                         QStringLiteral("--format"), QStringLiteral("json"),
                                         QStringLiteral("--target"), other});
    QVERIFY2(refused.exitCode == 1, qPrintable(refused.text()));
    const QJsonObject item =
        refused.json().object().value(QStringLiteral("items")).toArray().at(0).toObject();
    QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("FAILED"));
    QCOMPARE(item.value(QStringLiteral("code")).toString(), QStringLiteral("DLM.4093"));
    QVERIFY(!item.value(QStringLiteral("remark")).toString().isEmpty());
}

void TestCliCommands::checkJudgesByTheServersState()
{
    // Issue 21: --check reads each target's state and says what the run would do; nothing
    // is written.
    const QStringList published =
        entities(QStringLiteral("biz_type=TABLE_MODEL&status=PUBLISHED&limit=1&skip=40"));
    const QStringList offline =
        entities(QStringLiteral("biz_type=TABLE_MODEL&status=OFFLINE&limit=1&skip=5"));
    QVERIFY(published.size() == 1 && offline.size() == 1);
    const int offlineSends = kindCount(QStringLiteral("architecture.batch_offline"));
    const CliResult tables = m_cli.run(
        {QStringLiteral("offline")},
        offlineArgs() + QStringList{QStringLiteral("--check"), QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("--entity"),
                                    QStringLiteral("TABLE_MODEL:") + published.constFirst(),
                                    QStringLiteral("--entity"),
                                    QStringLiteral("TABLE_MODEL:") + offline.constFirst()});
    QVERIFY2(tables.exitCode == 0, qPrintable(tables.text()));
    const QJsonArray lines = tables.json().array();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("verdict")).toString(),
             QStringLiteral("will change"));
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("name")).toString(),
             m_client->entity(published.constFirst()).value(QStringLiteral("name")).toString());
    QCOMPARE(lines.at(1).toObject().value(QStringLiteral("verdict")).toString(),
             QStringLiteral("skip"));
    QCOMPARE(lines.at(1).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("already offline"));
    QCOMPARE(kindCount(QStringLiteral("architecture.batch_offline")), offlineSends);
    QCOMPARE(m_client->entity(published.constFirst()).value(QStringLiteral("status")).toString(),
             QStringLiteral("PUBLISHED"));

    const QString pair = publishedPairs(1, 40).constFirst();
    const int actions = kindCount(QStringLiteral("dataservice.action"));
    const auto check = [&](const QString &action) {
        const CliResult r = m_cli.run(
            {QStringLiteral("api-action")},
            {QStringLiteral("--action"), action, QStringLiteral("--check"),
             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--target"), pair});
        return r.exitCode == 0 ? r.json().array().at(0).toObject().value(QStringLiteral("verdict"))
                                     .toString()
                               : r.text();
    };
    QCOMPARE(check(QStringLiteral("STOP")), QStringLiteral("will change"));
    QCOMPARE(check(QStringLiteral("RECOVER")), QStringLiteral("skip"));
    QCOMPARE(kindCount(QStringLiteral("dataservice.action")), actions);
    // With --dry-run: one or the other.
    const CliResult both = m_cli.run(
        {QStringLiteral("api-action")},
        {QStringLiteral("--action"), QStringLiteral("STOP"), QStringLiteral("--check"),
         QStringLiteral("--dry-run"), QStringLiteral("--target"), pair},
        false);
    QCOMPARE(both.exitCode, 2);
}

void TestCliCommands::apiActionDryRunShowsTime()
{
    const int before = requestTotal();
    const CliResult r = m_cli.run(
        {QStringLiteral("api-action")},
        {QStringLiteral("--action"), QStringLiteral("UNPUBLISH"), QStringLiteral("--time"),
         QStringLiteral("2031-05-06T07:00:00.000Z"), QStringLiteral("--dry-run"),
         QStringLiteral("--target"), QStringLiteral("api1@cluster1"), QStringLiteral("--target"),
         QStringLiteral("api2@cluster1")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    QVERIFY(r.out.contains("/service/apis/api1/instances/cluster1/action\n"));
    QVERIFY(r.out.contains("{\"action\":\"UNPUBLISH\",\"time\":\"2031-05-06T07:00:00.000Z\"}"));
    QCOMPARE(requestTotal(), before);
    const CliResult hours = m_cli.run(
        {QStringLiteral("api-action")},
        {QStringLiteral("--action"), QStringLiteral("STOP"), QStringLiteral("--notice-hours"),
         QStringLiteral("72"), QStringLiteral("--dry-run"), QStringLiteral("--format"),
         QStringLiteral("json"), QStringLiteral("--target"), QStringLiteral("api1@cluster1")});
    QCOMPARE(hours.exitCode, 0);
    const QString time = hours.json()
                             .object()
                             .value(QStringLiteral("requests"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QStringLiteral("body"))
                             .toObject()
                             .value(QStringLiteral("time"))
                             .toString();
    QVERIFY2(time.endsWith(QStringLiteral(":00:00.000Z")), qPrintable(time));
    const QDateTime at = QDateTime::fromString(time, Qt::ISODateWithMs);
    const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(at);
    QVERIFY2(ahead > 72 * 3600 - 60 && ahead <= 73 * 3600, qPrintable(time));
    QCOMPARE(requestTotal(), before);
}

void TestCliCommands::historyAndResumeSeeTheRuns()
{
    const CliResult list = m_cli.run({QStringLiteral("history")},
                                     {QStringLiteral("--format"), QStringLiteral("json")}, false);
    QVERIFY2(list.exitCode == 0, qPrintable(list.text()));
    const QJsonArray runs = list.json().array();
    QVERIFY2(runs.size() >= 4, qPrintable(list.text()));
    QStringList kinds;
    for (const QJsonValue &run : runs) {
        QVERIFY(run.toObject().value(QStringLiteral("run_id")).isString());
        kinds.append(run.toObject().value(QStringLiteral("kind")).toString());
    }
    QVERIFY(kinds.contains(QStringLiteral("BATCH_OFFLINE")));
    QVERIFY(kinds.contains(QStringLiteral("API_ACTION")));
    const QString newest = runs.at(0).toObject().value(QStringLiteral("run_id")).toString();
    const CliResult one = m_cli.run(
        {QStringLiteral("history")},
        {QStringLiteral("--run"), newest, QStringLiteral("--format"), QStringLiteral("json")},
        false);
    QVERIFY2(one.exitCode == 0, qPrintable(one.text()));
    QCOMPARE(QString::number(one.json().object().value(QStringLiteral("run_id")).toInteger()),
             newest);
    const CliResult table = m_cli.run({QStringLiteral("history")}, {}, false);
    QVERIFY(table.out.startsWith("RUN "));
    // A finished run has nothing to resume.
    const CliResult resume =
        m_cli.run({QStringLiteral("resume")}, {QStringLiteral("--run"), newest});
    QVERIFY2(resume.exitCode == 2, qPrintable(resume.text()));
    QVERIFY(resume.err.contains("nothing to resume"));
}

void TestCliCommands::noKeysIsExitThree()
{
    CliRunner keyless = m_cli;
    keyless.accessKey.clear();
    const int before = requestTotal();
    const CliResult r = keyless.run({QStringLiteral("tables"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 3, qPrintable(r.text()));
    QVERIFY(r.err.contains("DATAARTS_AK"));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(requestTotal(), before);
    // Keys are never taken from arguments: there is no such option.
    const CliResult arg = keyless.run({QStringLiteral("tables"), QStringLiteral("list")},
                                      {QStringLiteral("--sk"), QStringLiteral("secret")});
    QCOMPARE(arg.exitCode, 2);
}

void TestCliCommands::wrongKeysIsExitThree()
{
    CliRunner wrong = m_cli;
    wrong.secretKey = "not-the-secret-key-at-all";
    const QStringList pairs = publishedPairs(1, 8);
    const CliResult list = wrong.run({QStringLiteral("approvers"), QStringLiteral("list")});
    QVERIFY2(list.exitCode == 3, qPrintable(list.text()));
    QVERIFY(!list.err.contains("not-the-secret-key-at-all"));
    const CliResult run = wrong.run({QStringLiteral("api-action")},
                                    {QStringLiteral("--action"), QStringLiteral("STOP"),
                                     QStringLiteral("--target"), pairs.constFirst()});
    QVERIFY2(run.exitCode == 3, qPrintable(run.text()));
    // Nothing was sent: the run ends with its item FAILED, not offered for resume.
    QVERIFY2(run.err.contains("Nothing was sent") && !run.err.contains("resume --run"),
             qPrintable(run.text()));
}

void TestCliCommands::unreachableIsExitThree()
{
    CliRunner nowhere = m_cli;
    nowhere.connection[1] = QStringLiteral("http://127.0.0.1:1");
    const CliResult r = nowhere.run({QStringLiteral("apis"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 3, qPrintable(r.text()));
    const CliResult noConnection =
        m_cli.run({QStringLiteral("apis"), QStringLiteral("list")}, {}, false);
    QVERIFY2(noConnection.exitCode == 2, qPrintable(noConnection.text()));
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
