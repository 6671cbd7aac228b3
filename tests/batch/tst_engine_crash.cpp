// Crash: a process runs 1,000 API actions through the engine and a journal file against a
// sandbox with latency; it is killed with SIGKILL midway, and a new process resumes the run
// from the journal. The run completes, nothing was applied twice (the sandbox's transition
// counts) and nothing is missing (the journal and the sandbox's true state).
#include "EngineHarness.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QtTest>

using namespace dataarts;

namespace {
constexpr int kPairs = 1000;
}

class TestEngineCrash : public QObject
{
    Q_OBJECT

private:
    EngineHarness h{{QStringLiteral("--tables"), QStringLiteral("60"), QStringLiteral("--apis"),
                     QStringLiteral("600"), QStringLiteral("--clusters"), QStringLiteral("4"),
                     QStringLiteral("--latency-ms"), QStringLiteral("5:15"),
                     QStringLiteral("--rate-limit"), QStringLiteral("off")}};
    QList<QPair<QString, QString>> m_pairs;

    QStringList driverArgs() const
    {
        return {QStringLiteral("--url"),        h.sandbox.url().toString(),
                QStringLiteral("--project-id"), h.sandbox.projectId(),
                QStringLiteral("--workspace"),  h.sandbox.workspace(),
                QStringLiteral("--journal"),    h.dir.filePath(QStringLiteral("crash.sqlite"))};
    }

    void startDriver(QProcess &p, const QStringList &extra)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DATAARTS_AK"), h.sandbox.accessKey());
        env.insert(QStringLiteral("DATAARTS_SK"), QString::fromUtf8(h.sandbox.secretKey()));
        p.setProcessEnvironment(env);
        p.setProgram(QStringLiteral(DESK_CRASH_DRIVER));
        p.setArguments(driverArgs() + extra);
        p.start();
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("dataarts.http.info=false"));
        QString error;
        QVERIFY2(h.start(&error), qPrintable(error));
        for (const QJsonValue &v : h.pairs(QStringLiteral("status=PUBLISHED&manager=%1&limit=%2")
                                               .arg(h.userName())
                                               .arg(kPairs))) {
            m_pairs.append({v.toObject().value(QStringLiteral("api_id")).toString(),
                            v.toObject().value(QStringLiteral("instance_id")).toString()});
        }
        QCOMPARE(m_pairs.size(), kPairs);
    }

    void killedMidwayThenResumed()
    {
        QFile targets(h.dir.filePath(QStringLiteral("targets.csv")));
        QVERIFY(targets.open(QIODevice::WriteOnly));
        targets.write("api_id,instance_id\n");
        for (const auto &p : std::as_const(m_pairs))
            targets.write((p.first + QLatin1Char(',') + p.second + QLatin1Char('\n')).toUtf8());
        targets.close();

        QProcess first;
        startDriver(first, {QStringLiteral("--targets"), targets.fileName()});
        QVERIFY(first.waitForStarted());
        qint64 runId = 0;
        int answered = 0;
        // Kill it with SIGKILL once a third of the pairs has been answered.
        while (answered < kPairs / 3) {
            if (!first.canReadLine() && !first.waitForReadyRead(30000))
                QFAIL(qPrintable(QStringLiteral("the driver stopped: ") +
                                 QString::fromUtf8(first.readAllStandardError())));
            while (first.canReadLine()) {
                const QString line = QString::fromUtf8(first.readLine()).trimmed();
                if (line.startsWith(QLatin1String("run=")))
                    runId = line.mid(4).toLongLong();
                else if (line.startsWith(QLatin1String("answered=")))
                    answered = line.mid(9).toInt();
            }
        }
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        QVERIFY(runId > 0);

        {
            Journal journal(h.dir.filePath(QStringLiteral("crash.sqlite")));
            QVERIFY(journal.open());
            const std::optional<RunSummary> s = journal.runSummary(runId);
            QVERIFY(s);
            QCOMPARE(s->status(), RunStatus::Running);
            QVERIFY(s->count(ItemState::Queued) > 0);
            qInfo() << "killed with" << s->count(ItemState::Sending) << "SENDING,"
                    << s->count(ItemState::Unknown) << "UNKNOWN," << s->count(ItemState::Queued)
                    << "QUEUED";
        }

        QProcess second;
        startDriver(second, {QStringLiteral("--resume"), QString::number(runId)});
        QVERIFY(second.waitForFinished(120000));
        const QString output = QString::fromUtf8(second.readAllStandardOutput());
        QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0,
                 qPrintable(output + QString::fromUtf8(second.readAllStandardError())));
        QVERIFY2(output.contains(QStringLiteral("outcome=Completed success=%1").arg(kPairs)),
                 qPrintable(output.right(300)));

        // Nothing missing: every item SUCCESS in the journal, every pair STOPPED. Nothing
        // applied twice: one transition per pair.
        Journal journal(h.dir.filePath(QStringLiteral("crash.sqlite")));
        QVERIFY(journal.open());
        const std::optional<RunRecord> record = journal.loadRun(runId);
        QVERIFY(record);
        QVERIFY(record->run.finishedAt.isValid());
        QCOMPARE(record->items.size(), kPairs);
        const QJsonObject pairs = h.stats().value(QStringLiteral("pairs")).toObject();
        QCOMPARE(pairs.size(), kPairs);
        for (const JournalItem &j : record->items) {
            QCOMPARE(itemStates::name(j.state), QStringLiteral("SUCCESS"));
            const QString key = j.keyId + QLatin1Char('/') + j.keyPart;
            QCOMPARE(pairs.value(key).toObject().value(QStringLiteral("transitions")).toInt(), 1);
        }
        QCOMPARE(h.requests(QStringLiteral("/action$"), 5000).size() >= kPairs, true);
    }
};

QTEST_GUILESS_MAIN(TestEngineCrash)
#include "tst_engine_crash.moc"
