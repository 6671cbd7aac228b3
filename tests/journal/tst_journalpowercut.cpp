// Power cut: journal_helper writes a burst (SENDING marks in batches, half of them
// answered) and reports each batch once it is committed; the test SIGKILLs it at
// different moments, then checks that the file is sound and that every reported batch
// is there, in the state reported. Nothing committed may be lost, nothing half-written
// may show.
#include "JournalTestSupport.h"

#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace dataarts;
using namespace journaltest;

namespace {

constexpr int kItems = 20000;
constexpr int kBatch = 50;

struct Report {
    qint64 runId = 0;
    QSet<int> sending;
    QSet<int> answered;
    int lastSending = -1;
    bool done = false;
};

Report parse(const QByteArray &output)
{
    Report report;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.size() == 2 && words[0] == "run")
            report.runId = words[1].toLongLong();
        else if (words.size() == 2 && words[0] == "sending") {
            report.sending.insert(words[1].toInt());
            report.lastSending = std::max(report.lastSending, words[1].toInt());
        } else if (words.size() == 2 && words[0] == "answered")
            report.answered.insert(words[1].toInt());
        else if (words.size() == 1 && words[0] == "done")
            report.done = true;
    }
    return report;
}

// PRAGMA integrity_check through a plain connection, before the journal touches the file.
QString integrity(const QString &path)
{
    QString result;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            result = q.lastError().text();
        while (q.next())
            result += q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return result;
}

} // namespace

class TestJournalPowerCut : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_cutsMidBurst = 0;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void killDuringBurst_data()
    {
        QTest::addColumn<int>("afterLines"); // kill once this many lines were read ...
        QTest::addColumn<int>("afterMs");    // ... or after this long (-1: not by time)
        QTest::newRow("at once") << -1 << 0;
        QTest::newRow("while creating the run") << -1 << 40;
        QTest::newRow("after the run") << 1 << -1;
        QTest::newRow("after 3 lines") << 3 << -1;
        QTest::newRow("after 20 lines") << 20 << -1;
        QTest::newRow("after 90 lines") << 90 << -1;
        QTest::newRow("after 250 lines") << 250 << -1;
    }

    void killDuringBurst()
    {
        QFETCH(int, afterLines);
        QFETCH(int, afterMs);
        static int attempt = 0;
        const QString path = m_dir.filePath(QStringLiteral("cut-%1.sqlite").arg(++attempt));

        QProcess helper;
        helper.start(
            QStringLiteral(DESK_JOURNAL_HELPER),
            {QStringLiteral("burst"), path, QString::number(kItems), QString::number(kBatch)});
        QVERIFY(helper.waitForStarted());
        QByteArray output;
        if (afterMs >= 0) {
            if (afterMs > 0)
                QTest::qWait(afterMs);
        } else {
            while (output.count('\n') < afterLines && helper.state() == QProcess::Running) {
                helper.waitForReadyRead(200);
                output += helper.readAllStandardOutput();
            }
        }
        helper.kill(); // SIGKILL: no destructor, no close, no checkpoint
        QVERIFY(helper.waitForFinished(30000));
        output += helper.readAllStandardOutput();
        const Report report = parse(output);
        if (!report.done)
            ++m_cutsMidBurst;
        qInfo("reported: run %lld, %lld batches sending, %lld answered, %s", report.runId,
              qint64(report.sending.size()), qint64(report.answered.size()),
              report.done ? "done" : "cut mid-burst");

        // 1. The file is sound (a kill before the first commit may leave no file at all).
        if (QFile::exists(path))
            QCOMPARE(integrity(path), QStringLiteral("ok"));

        Journal journal(path);
        QVERIFY2(journal.open(), qPrintable(journal.errorString()));

        // 2. The run is all there or not there at all.
        const RunPage runs = journal.searchRuns({});
        QVERIFY(runs.total <= 1);
        if (report.runId > 0)
            QCOMPARE(runs.total, 1);
        if (runs.total == 0)
            return;
        const auto run = journal.loadRun(runs.runs.first().id);
        QVERIFY(run);
        QCOMPARE(run->items.size(), kItems);
        if (report.runId > 0)
            QCOMPARE(run->run.id, report.runId);

        // 3. Every reported batch is there in the reported state; at most one batch more
        // (committed, killed before it said so) has left QUEUED.
        const int batches = kItems / kBatch;
        int lastTouched = -1;
        for (int k = 0; k < batches; ++k) {
            const QList<JournalItem> items = run->items.mid(k * kBatch, kBatch);
            const ItemState first = items.first().state;
            for (const JournalItem &item : items) {
                QCOMPARE(item.state, first); // a batch is one transaction
                if (item.state != ItemState::Queued) {
                    QCOMPARE(item.attempts, 1);
                    QVERIFY(item.requestRef > 0);
                }
            }
            if (first != ItemState::Queued)
                lastTouched = k;
            if (report.answered.contains(k)) {
                QCOMPARE(first, ItemState::Success);
            } else if (report.sending.contains(k)) {
                if (k % 2 == 1)
                    QCOMPARE(first, ItemState::Sending);
                else
                    QVERIFY(first == ItemState::Sending || first == ItemState::Success);
            } else if (k > report.lastSending + 1) {
                QCOMPARE(first, ItemState::Queued);
            }
        }
        QVERIFY(lastTouched <= report.lastSending + 1);

        // 4. Start-up after the cut: the run is offered for reconciliation, and its
        // SENDING items can be marked UNKNOWN.
        const int sending = run->run.count(ItemState::Sending);
        if (!report.done) {
            const QList<RunSummary> unfinished = journal.unfinishedRuns();
            QCOMPARE(unfinished.size(), 1);
            QCOMPARE(journal.markInterrupted(run->run.id), sending);
        }
    }

    void mostCutsLandedMidBurst()
    {
        // The test means something only if the kills landed while writing.
        QVERIFY2(m_cutsMidBurst >= 5, qPrintable(QString::number(m_cutsMidBurst)));
    }
};

QTEST_GUILESS_MAIN(TestJournalPowerCut)
#include "tst_journalpowercut.moc"
