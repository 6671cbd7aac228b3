// The journal's readers and its failures (issue 18). `history` opens the journal read-only:
// it lists and shows runs while another process holds the journal's write lock (it would
// wait for the lock and fail were it to write), and creates no file. A journal that fails
// during a run (its write lock held past the busy timeout) ends the command with exit
// status 4 and a message that says what was sent and what the journal holds, never
// "Nothing was recorded"; `resume` then completes the run, every entity processed once.
#include "CliRunner.h"
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include "journal/Journal.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kPerRun = 150;
constexpr int kEntities = 2 * kPerRun;
constexpr int kJournalExit = 4;

QString idOf(const QJsonValue &v)
{
    return v.isString() ? v.toString() : v.toObject().value(QStringLiteral("id")).toString();
}

// Another process's write transaction on the journal, held until destroyed.
class WriteLock
{
public:
    explicit WriteLock(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            return;
        QSqlQuery q(db);
        m_held = q.exec(QStringLiteral("PRAGMA busy_timeout=20000")) &&
                 q.exec(QStringLiteral("BEGIN IMMEDIATE")) &&
                 q.exec(QStringLiteral("UPDATE schema_version SET version = version"));
        if (!m_held)
            m_error = q.lastError().text();
    }
    ~WriteLock()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (m_held)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool held() const { return m_held; }
    QString error() const { return m_error; }

private:
    QString m_name = QStringLiteral("test-write-lock");
    bool m_held = false;
    QString m_error;
};

} // namespace

class TestCliJournalAccess : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void historyCreatesNothing();
    void historyReadsWhileAnotherProcessWrites();
    void journalFailureSaysWhatWasSent();
    void damagedJournalIsMovedAside();

private:
    QStringList offlineArguments(int half) const;
    int processedCount()
    {
        return int(m_client->stats().value(QStringLiteral("processed")).toObject().size());
    }

    SandboxProcess m_sandbox{{QStringLiteral("--tables"), QStringLiteral("1800"),
                              QStringLiteral("--latency-ms"), QStringLiteral("15:30"),
                              QStringLiteral("--rate-limit"), QStringLiteral("off")}};
    std::unique_ptr<SandboxClient> m_client;
    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_inputs[2];
    QStringList m_ids;
};

void TestCliJournalAccess::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<SandboxClient>(m_sandbox);
    for (const QJsonValue &v : m_client->findEntities(
             QStringLiteral("biz_type=TABLE_MODEL&status=PUBLISHED&limit=%1").arg(kEntities)))
        m_ids.append(idOf(v));
    QCOMPARE(m_ids.size(), kEntities);
    // Two halves: one for each run.
    for (int half = 0; half < 2; ++half) {
        QByteArray lines = "biz_type,biz_id\n";
        for (const QString &id : m_ids.mid(half * kPerRun, kPerRun))
            lines += "TABLE_MODEL," + id.toUtf8() + '\n';
        m_inputs[half] = m_dir.filePath(QStringLiteral("entities-%1.csv").arg(half));
        QFile file(m_inputs[half]);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(lines), lines.size());
    }
    m_cli.accessKey = m_sandbox.accessKey();
    m_cli.secretKey = m_sandbox.secretKey();
    m_cli.journalPath = m_dir.filePath(QStringLiteral("journal/journal.sqlite"));
    m_cli.home = m_dir.filePath(QStringLiteral("home"));
}

QStringList TestCliJournalAccess::offlineArguments(int half) const
{
    return {QStringLiteral("offline"),
            QStringLiteral("--endpoint"),
            m_sandbox.url().toString(),
            QStringLiteral("--project-id"),
            m_sandbox.projectId(),
            QStringLiteral("--workspace"),
            m_sandbox.workspace(),
            QStringLiteral("--rate-limit"),
            QStringLiteral("off"),
            QStringLiteral("--approver-id"),
            m_sandbox.value(QStringLiteral("user_id")),
            QStringLiteral("--approver-name"),
            m_sandbox.value(QStringLiteral("user")),
            QStringLiteral("--fast"),
            QStringLiteral("--chunk-size"),
            QStringLiteral("1"),
            QStringLiteral("--format"),
            QStringLiteral("json"),
            QStringLiteral("--input"),
            m_inputs[half]};
}

void TestCliJournalAccess::historyCreatesNothing()
{
    const CliResult r = m_cli.run({QStringLiteral("history")},
                                  {QStringLiteral("--run"), QStringLiteral("1")}, false);
    QVERIFY2(r.exitCode == 2 && r.err.contains("There is no run 1"), qPrintable(r.text()));
    QVERIFY(!QFileInfo::exists(m_cli.journalPath));
    QVERIFY(!QFileInfo::exists(QFileInfo(m_cli.journalPath).absolutePath()));
}

void TestCliJournalAccess::historyReadsWhileAnotherProcessWrites()
{
    // A run that is being written while history reads it.
    QProcess run;
    run.setProcessEnvironment(m_cli.environment());
    run.start(QStringLiteral(DESK_CLI_PATH), offlineArguments(0));
    QVERIFY(run.waitForStarted(10000));
    QElapsedTimer waited;
    waited.start();
    while (processedCount() < 10 && run.state() == QProcess::Running && waited.elapsed() < 60000)
        QTest::qWait(10);
    QVERIFY2(run.state() == QProcess::Running, run.readAllStandardError().constData());
    const CliResult during = m_cli.run({QStringLiteral("history")},
                                       {QStringLiteral("--format"), QStringLiteral("json")}, false);
    QVERIFY2(during.exitCode == 0, qPrintable(during.text()));
    // RUNNING, unless the run finished in between.
    const QString status =
        during.json().array().at(0).toObject().value(QStringLiteral("status")).toString();
    QVERIFY2(status == QLatin1String("RUNNING") || status == QLatin1String("FINISHED"),
             qPrintable(during.text()));
    QVERIFY(run.waitForFinished(120000));
    QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());

    // Another process holds the write lock: a reader that wrote (or migrated, or took the
    // lock) would wait for it and fail; a read-only one answers at once.
    WriteLock lock(m_cli.journalPath);
    QVERIFY2(lock.held(), qPrintable(lock.error()));
    QElapsedTimer took;
    took.start();
    const CliResult list = m_cli.run({QStringLiteral("history")},
                                     {QStringLiteral("--format"), QStringLiteral("json")}, false);
    QVERIFY2(list.exitCode == 0, qPrintable(list.text()));
    const QJsonObject first = list.json().array().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("FINISHED"));
    const CliResult show =
        m_cli.run({QStringLiteral("history")},
                  {QStringLiteral("--run"), first.value(QStringLiteral("run_id")).toString(),
                   QStringLiteral("--format"), QStringLiteral("csv")},
                  false);
    QVERIFY2(show.exitCode == 0, qPrintable(show.text()));
    QCOMPARE(show.out.count("SUCCESS"), kPerRun);
    QVERIFY2(took.elapsed() < 4000, qPrintable(QString::number(took.elapsed())));
}

void TestCliJournalAccess::journalFailureSaysWhatWasSent()
{
    const QStringList ids = m_ids.mid(kPerRun);
    const int before = processedCount();
    QProcess run;
    run.setProcessEnvironment(m_cli.environment());
    run.start(QStringLiteral(DESK_CLI_PATH), offlineArguments(1));
    QVERIFY(run.waitForStarted(10000));
    QElapsedTimer waited;
    waited.start();
    while (processedCount() < before + 10 && run.state() == QProcess::Running &&
           waited.elapsed() < 60000)
        QTest::qWait(10);
    QVERIFY2(run.state() == QProcess::Running, run.readAllStandardError().constData());
    {
        // Held past the journal's busy timeout (5 s): the run's next write fails.
        WriteLock lock(m_cli.journalPath);
        QVERIFY2(lock.held(), qPrintable(lock.error()));
        QTest::qWait(8000);
    }
    QVERIFY(run.waitForFinished(60000));
    const QByteArray err = run.readAllStandardError();
    const QString text = QString::fromUtf8(err);
    QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == kJournalExit,
             qPrintable(QStringLiteral("exit %1\n").arg(run.exitCode()) + text));
    QVERIFY2(!err.contains("Nothing was recorded") && !err.contains("Nothing was sent"),
             qPrintable(text));
    QVERIFY2(QRegularExpression(QStringLiteral("This command sent \\d+ requests?"))
                 .match(text)
                 .hasMatch(),
             qPrintable(text));
    QVERIFY2(err.contains("The journal records"), qPrintable(text));
    const QRegularExpressionMatch hint =
        QRegularExpression(QStringLiteral("resume --run (\\d+)")).match(text);
    QVERIFY2(hint.hasMatch(), qPrintable(text));

    // The journal works again: resume completes the run, nothing processed twice.
    const CliResult resumed =
        m_cli.run({QStringLiteral("resume")},
                  {QStringLiteral("--run"), hint.captured(1), QStringLiteral("--rate-limit"),
                   QStringLiteral("off"), QStringLiteral("--format"), QStringLiteral("json"),
                   QStringLiteral("--unknown-grace"), QStringLiteral("2")},
                  false, {}, 240000);
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.text()));
    QCOMPARE(resumed.json()
                 .object()
                 .value(QStringLiteral("totals"))
                 .toObject()
                 .value(QStringLiteral("success"))
                 .toInt(),
             int(ids.size()));
    const QJsonObject processed = m_client->stats().value(QStringLiteral("processed")).toObject();
    for (const QString &id : std::as_const(ids))
        QVERIFY2(processed.value(id).toInt() == 1, qPrintable(id));
}

void TestCliJournalAccess::damagedJournalIsMovedAside()
{
    CliRunner cli = m_cli;
    cli.journalPath = m_dir.filePath(QStringLiteral("damaged/journal.sqlite"));
    {
        dataarts::Journal journal(cli.journalPath);
        QVERIFY(journal.open());
        for (int run = 0; run < 40; ++run) {
            dataarts::NewRun spec;
            spec.kind = dataarts::RunKind::BatchOffline;
            spec.parameters.insert(QStringLiteral("approver_user_id"), QStringLiteral("u"));
            for (int i = 0; i < 100; ++i)
                spec.items.append({QStringLiteral("10000000000%1%2").arg(run).arg(i),
                                   QStringLiteral("TABLE_MODEL"),
                                   QStringLiteral("table_%1_%2").arg(run).arg(i)});
            QVERIFY2(journal.createRun(spec).isValid(), qPrintable(journal.errorString()));
        }
    } // closed: the write-ahead log is checkpointed into the file
    const CliResult sound = cli.run({QStringLiteral("history")},
                                    {QStringLiteral("--format"), QStringLiteral("json")}, false);
    QVERIFY2(sound.exitCode == 0, qPrintable(sound.text()));
    QCOMPARE(sound.json().array().size(), 40);

    // Scribble over pages in the middle of the file.
    QFile file(cli.journalPath);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 64 * 4096);
    for (qint64 offset = size / 3; offset < 2 * size / 3; offset += 5 * 4096) {
        file.seek(offset + 100);
        file.write(QByteArray(800, '\x5A'));
    }
    file.close();
    QFile original(cli.journalPath);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray damaged = original.readAll();
    original.close();

    const CliResult r = cli.run({QStringLiteral("history")}, {}, false);
    QVERIFY2(r.exitCode == kJournalExit, qPrintable(r.text()));
    const QRegularExpressionMatch where =
        QRegularExpression(QStringLiteral("kept, unchanged, as (\\S+journal\\.sqlite\\.damaged-"
                                          "\\d{8}-\\d{6});"))
            .match(QString::fromUtf8(r.err));
    QVERIFY2(where.hasMatch(), qPrintable(r.text()));
    QFile kept(where.captured(1));
    QVERIFY2(kept.open(QIODevice::ReadOnly), qPrintable(where.captured(1)));
    QCOMPARE(kept.readAll(), damaged);
    QVERIFY(!QFileInfo::exists(cli.journalPath));
    // From then on, an empty history; the next run starts a new journal.
    const CliResult after = cli.run({QStringLiteral("history")},
                                    {QStringLiteral("--format"), QStringLiteral("json")}, false);
    QVERIFY2(after.exitCode == 0, qPrintable(after.text()));
    QCOMPARE(after.json().array().size(), 0);
}

QTEST_GUILESS_MAIN(TestCliJournalAccess)
#include "tst_cli_journal_access.moc"
