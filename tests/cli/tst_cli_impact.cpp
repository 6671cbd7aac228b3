// `dataarts-desk-cli impact` as the real executable against a dataarts-sandbox over
// loopback: entities by TYPE:ID (their table names looked up), API x cluster pairs, --input
// files of either kind, the three formats, --fail-on-impact, "impact unknown" when a read is
// refused (never "no impact"), and the exit statuses of usage and connection failures.
#include "CliRunner.h"
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestCliImpact : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
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

    void init() { m_client->control("DELETE", QStringLiteral("/__sandbox/faults")); }

    void entitiesByIdWithNamesAndVerdicts()
    {
        const QString withReaders = entityKey(QStringLiteral("readers"));
        const QString none = entityKey(QStringLiteral("none"));
        const CliResult r =
            m_cli.run({QStringLiteral("impact")},
                      {QStringLiteral("--entity"), withReaders, QStringLiteral("--entity"), none,
                       QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        const QJsonObject doc = r.json().object();
        const QJsonArray targets = doc.value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 2);
        const QJsonObject first = targets.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("key")).toString(), withReaders);
        QCOMPARE(first.value(QStringLiteral("verdict")).toString(), QStringLiteral("impact"));
        const QJsonObject truth = impactTruth(withReaders.section(QLatin1Char(':'), 1));
        QCOMPARE(first.value(QStringLiteral("code")).toString(),
                 truth.value(QStringLiteral("code")).toString());
        QVERIFY(!first.value(QStringLiteral("name")).toString().isEmpty());
        QSet<QString> readers;
        for (const QJsonValue &f : first.value(QStringLiteral("findings")).toArray()) {
            if (f.toObject().value(QStringLiteral("kind")).toString() ==
                QLatin1String("api_reader"))
                readers.insert(f.toObject().value(QStringLiteral("id")).toString());
        }
        QSet<QString> expected;
        for (const QJsonValue &v : truth.value(QStringLiteral("readers")).toArray())
            expected.insert(v.toObject().value(QStringLiteral("api_id")).toString());
        QCOMPARE(readers, expected);
        QCOMPARE(targets.at(1).toObject().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("no_impact"));
        QCOMPARE(
            doc.value(QStringLiteral("totals")).toObject().value(QStringLiteral("impact")).toInt(),
            1);

        const CliResult fail =
            m_cli.run({QStringLiteral("impact")}, {QStringLiteral("--entity"), withReaders,
                                                   QStringLiteral("--fail-on-impact")});
        QVERIFY2(fail.exitCode == 1, qPrintable(fail.text()));
        QVERIFY(fail.out.contains(withReaders.toUtf8()));
        const CliResult quiet =
            m_cli.run({QStringLiteral("impact")},
                      {QStringLiteral("--entity"), none, QStringLiteral("--fail-on-impact")});
        QVERIFY2(quiet.exitCode == 0, qPrintable(quiet.text()));
    }

    void pairsFromAFileInCsv()
    {
        const QJsonObject busy = pair(QStringLiteral("apps=yes&calls=recent"));
        const QJsonObject quiet = pair(QStringLiteral("apps=no&calls=none"));
        const QByteArray file = "api_id,instance_id\n" + pairKey(busy, ',').toUtf8() + '\n' +
                                pairKey(quiet, ',').toUtf8() + '\n';
        const CliResult r =
            m_cli.run({QStringLiteral("impact")},
                      {QStringLiteral("--input"), writeFile(QStringLiteral("pairs.csv"), file),
                       QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.at(0).startsWith("target,target_name,verdict,what,id,name,detail"));
        int apps = 0;
        for (const QByteArray &line : lines) {
            if (line.startsWith(pairKey(busy, '@').toUtf8()) && line.contains(",authorized_app,"))
                ++apps;
        }
        QCOMPARE(apps, int(busy.value(QStringLiteral("apps")).toArray().size()));
        QVERIFY(r.out.contains(QByteArray(pairKey(quiet, '@').toUtf8() + ',')));
        QVERIFY(r.out.contains(",no_impact,"));

        const CliResult json = m_cli.run({QStringLiteral("impact")},
                                         {QStringLiteral("--target"), pairKey(busy, '@'),
                                          QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.text()));
        const QJsonObject t =
            json.json().object().value(QStringLiteral("targets")).toArray().at(0).toObject();
        const QJsonObject calls = t.value(QStringLiteral("calls")).toObject();
        QCOMPARE(calls.value(QStringLiteral("last_7_days")).toString(),
                 QString::number(busy.value(QStringLiteral("calls_7d"))
                                     .toObject()
                                     .value(QStringLiteral("total"))
                                     .toInteger()));
        QCOMPARE(calls.value(QStringLiteral("daily")).toArray().size(), 30);
        QVERIFY(!t.value(QStringLiteral("api_name")).toString().isEmpty());
    }

    void refusedReadIsUnknown()
    {
        const QString none = entityKey(QStringLiteral("none"));
        QVERIFY(m_client
                    ->control("POST", QStringLiteral("/__sandbox/faults"),
                              R"({"mode":"forbidden","path":"/factory/search","count":20})")
                    .status == 200);
        const CliResult r = m_cli.run({QStringLiteral("impact")},
                                      {QStringLiteral("--entity"), none, QStringLiteral("--format"),
                                       QStringLiteral("json"), QStringLiteral("--fail-on-impact")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        const QJsonObject t =
            r.json().object().value(QStringLiteral("targets")).toArray().at(0).toObject();
        QCOMPARE(t.value(QStringLiteral("verdict")).toString(), QStringLiteral("unknown"));
        const QJsonObject gap = t.value(QStringLiteral("unknown")).toArray().at(0).toObject();
        QCOMPARE(gap.value(QStringLiteral("read")).toString(), QStringLiteral("factory"));
        QCOMPARE(gap.value(QStringLiteral("http_status")).toInt(), 403);
        QCOMPARE(gap.value(QStringLiteral("code")).toString(), QStringLiteral("DLF.0403"));

        // The table format says so in words, in both languages.
        m_client->control("POST", QStringLiteral("/__sandbox/faults"),
                          R"({"mode":"forbidden","path":"/factory/search","count":20})");
        CliRunner zh = m_cli;
        zh.lang = QStringLiteral("zh_CN");
        const CliResult text =
            zh.run({QStringLiteral("impact")}, {QStringLiteral("--entity"), none});
        QVERIFY2(text.exitCode == 0, qPrintable(text.text()));
        QVERIFY(!text.out.contains("No impact found"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList();
        QTest::newRow("two kinds")
            << QStringList{QStringLiteral("--entity"), QStringLiteral("TABLE_MODEL:1"),
                           QStringLiteral("--target"), QStringLiteral("a@b")};
        QTest::newRow("bad entity")
            << QStringList{QStringLiteral("--entity"), QStringLiteral("NOPE:1")};
        QTest::newRow("bad days") << QStringList{QStringLiteral("--entity"),
                                                 QStringLiteral("TABLE_MODEL:1"),
                                                 QStringLiteral("--days"), QStringLiteral("0")};
        QTest::newRow("bad depth")
            << QStringList{QStringLiteral("--entity"), QStringLiteral("TABLE_MODEL:1"),
                           QStringLiteral("--depth"), QStringLiteral("x")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const CliResult r = m_cli.run({QStringLiteral("impact")}, args);
        QVERIFY2(r.exitCode == 2, qPrintable(r.text()));
    }

    void wrongKeysIsExitThree()
    {
        CliRunner wrong = m_cli;
        wrong.secretKey = "not-the-secret-key-at-all";
        const QJsonObject busy = pair(QStringLiteral("apps=yes&calls=recent"));
        const CliResult r =
            wrong.run({QStringLiteral("impact")}, {QStringLiteral("--target"), pairKey(busy, '@')});
        QVERIFY2(r.exitCode == 3, qPrintable(r.text()));
        QVERIFY(!r.err.contains("not-the-secret-key-at-all"));
        const CliResult e =
            wrong.run({QStringLiteral("impact")},
                      {QStringLiteral("--entity"), entityKey(QStringLiteral("none"))});
        QVERIFY2(e.exitCode == 3, qPrintable(e.text()));
    }

private:
    QJsonObject impactTruth(const QString &bizId)
    {
        return m_client->control("GET", QStringLiteral("/__sandbox/impact/entities/") + bizId)
            .json();
    }

    QString entityKey(const QString &has)
    {
        const QString id =
            m_client
                ->control("GET",
                          QStringLiteral("/__sandbox/impact/entities?has=%1&limit=1").arg(has))
                .json()
                .value(QStringLiteral("biz_ids"))
                .toArray()
                .at(0)
                .toString();
        return impactTruth(id).value(QStringLiteral("biz_type")).toString() + QLatin1Char(':') + id;
    }

    QJsonObject pair(const QString &query)
    {
        return m_client
            ->control("GET", QStringLiteral("/__sandbox/impact/pairs?%1&limit=1").arg(query))
            .json()
            .value(QStringLiteral("pairs"))
            .toArray()
            .at(0)
            .toObject();
    }

    static QString pairKey(const QJsonObject &p, char separator)
    {
        return p.value(QStringLiteral("api_id")).toString() + QLatin1Char(separator) +
               p.value(QStringLiteral("instance_id")).toString();
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write fixture");
        return path;
    }

    SandboxProcess m_sandbox{{QStringLiteral("--tables"), QStringLiteral("600"),
                              QStringLiteral("--apis"), QStringLiteral("80"),
                              QStringLiteral("--clusters"), QStringLiteral("2")}};
    std::unique_ptr<SandboxClient> m_client;
    QTemporaryDir m_dir;
    CliRunner m_cli;
};

QTEST_GUILESS_MAIN(TestCliImpact)
#include "tst_cli_impact.moc"
