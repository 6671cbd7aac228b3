// A run interrupted in another process (the engine's crash driver, killed with SIGKILL
// midway) is found by the run center when the session opens, offered through
// unfinishedRunsFound, and resumed to completion: every item SUCCESS, none applied twice.
// While another process holds the run (issue 18), it is neither offered nor resumed.
#include "EngineHarness.h"

#include "journal/RunLock.h"
#include "runs/RunCenter.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace dataarts;

namespace {
constexpr int kPairs = 150;
}

class TestRunCenterResume : public QObject
{
    Q_OBJECT

private:
    EngineHarness h{{QStringLiteral("--tables"), QStringLiteral("20"), QStringLiteral("--apis"),
                     QStringLiteral("200"), QStringLiteral("--clusters"), QStringLiteral("2"),
                     QStringLiteral("--latency-ms"), QStringLiteral("5:15"),
                     QStringLiteral("--rate-limit"), QStringLiteral("off")}};

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("dataarts.http.info=false"));
        QString error;
        QVERIFY2(h.start(&error), qPrintable(error));
    }

    void interruptedRunIsOfferedAndResumed()
    {
        QList<QPair<QString, QString>> pairs;
        for (const QJsonValue &v : h.pairs(QStringLiteral("status=PUBLISHED&manager=%1&limit=%2")
                                               .arg(h.userName())
                                               .arg(kPairs)))
            pairs.append({v.toObject().value(QStringLiteral("api_id")).toString(),
                          v.toObject().value(QStringLiteral("instance_id")).toString()});
        QCOMPARE(pairs.size(), kPairs);
        QFile targets(h.dir.filePath(QStringLiteral("targets.csv")));
        QVERIFY(targets.open(QIODevice::WriteOnly));
        targets.write("api_id,instance_id\n");
        for (const auto &p : std::as_const(pairs))
            targets.write((p.first + QLatin1Char(',') + p.second + QLatin1Char('\n')).toUtf8());
        targets.close();

        const QString journalPath = h.dir.filePath(QStringLiteral("gui-journal.sqlite"));
        QProcess driver;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DATAARTS_AK"), h.sandbox.accessKey());
        env.insert(QStringLiteral("DATAARTS_SK"), QString::fromUtf8(h.sandbox.secretKey()));
        driver.setProcessEnvironment(env);
        driver.start(QStringLiteral(DESK_CRASH_DRIVER),
                     {QStringLiteral("--url"), h.sandbox.url().toString(),
                      QStringLiteral("--project-id"), h.sandbox.projectId(),
                      QStringLiteral("--workspace"), h.sandbox.workspace(),
                      QStringLiteral("--journal"), journalPath, QStringLiteral("--targets"),
                      targets.fileName(), QStringLiteral("--concurrency"), QStringLiteral("2")});
        QVERIFY(driver.waitForStarted());
        qint64 runId = 0;
        int answered = 0;
        while (answered < kPairs / 4) {
            if (!driver.canReadLine() && !driver.waitForReadyRead(30000))
                QFAIL(qPrintable(QStringLiteral("the driver stopped: ") +
                                 QString::fromUtf8(driver.readAllStandardError())));
            while (driver.canReadLine()) {
                const QString line = QString::fromUtf8(driver.readLine()).trimmed();
                if (line.startsWith(QLatin1String("run=")))
                    runId = line.mid(4).toLongLong();
                else if (line.startsWith(QLatin1String("answered=")))
                    answered = line.mid(9).toInt();
            }
        }
        driver.kill();
        QVERIFY(driver.waitForFinished(10000));
        QVERIFY(runId > 0);

        RunCenter center(journalPath);
        QVERIFY2(center.open(), qPrintable(center.errorString()));
        QSignalSpy offers(&center, &RunCenter::unfinishedRunsFound);
        QSignalSpy started(&center, &RunCenter::runStarted);
        QSignalSpy finished(&center, &RunCenter::runFinished);
        ConnectionSettings settings = h.sandbox.settings();
        settings.rateLimits.dataServicePerWindow = 0;
        Session session(settings);
        // While another process executes the run (its lock, held here by a lock of the
        // test's own), the banner does not offer it and resume is refused. The killed
        // driver's lock went with it.
        {
            RunLock holder(journalPath, runId);
            QCOMPARE(holder.acquire(), RunLock::Result::Acquired);
            center.setSession(&session, QString());
            QCOMPARE(offers.size(), 0);
            QVERIFY(center.unfinishedRuns().isEmpty());
            QCOMPARE(center.resume(runId), 0);
            QVERIFY2(center.errorString().contains(QLatin1String("being executed by another")),
                     qPrintable(center.errorString()));
            QCOMPARE(center.engine()->refusal(), BatchEngine::Refusal::HeldElsewhere);
            QCOMPARE(started.size(), 0);
            center.setSession(nullptr);
        }
        // The driver records its runs without a profile.
        center.setSession(&session, QString());
        QCOMPARE(offers.size(), 1);
        const auto offered = offers.first().first().value<QList<RunSummary>>();
        QCOMPARE(offered.size(), 1);
        QCOMPARE(offered.first().id, runId);
        QVERIFY(offered.first().count(ItemState::Success) < kPairs);

        QCOMPARE(center.resume(runId), runId);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toLongLong(), runId);
        QVERIFY(center.unfinishedRuns().isEmpty()); // running now: not offered again
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toLongLong(), runId);
        QCOMPARE(finished.first().at(1).value<BatchRun::Outcome>(), BatchRun::Outcome::Completed);

        const std::optional<RunRecord> record = center.journal()->loadRun(runId);
        QVERIFY(record);
        QCOMPARE(record->items.size(), kPairs);
        const QJsonObject stats = h.stats().value(QStringLiteral("pairs")).toObject();
        for (const JournalItem &j : record->items) {
            // Says what the item went through if it did not succeed (a rare flake once).
            QVERIFY2(
                j.state == ItemState::Success,
                qPrintable(QStringLiteral("%1/%2 ended %3: [%4] %5 (attempts %6)")
                               .arg(j.keyId, j.keyPart, itemStates::name(j.state), j.code, j.remark)
                               .arg(j.attempts)));
            QCOMPARE(stats.value(j.keyId + QLatin1Char('/') + j.keyPart)
                         .toObject()
                         .value(QStringLiteral("transitions"))
                         .toInt(),
                     1);
        }
        QVERIFY(center.unfinishedRuns().isEmpty());
        center.setSession(nullptr);
    }

    void runsStartedOnTheEngineCarryTheOpenProfile()
    {
        // Wizards and panes call the engine itself; their runs are still the profile's.
        RunCenter center(h.dir.filePath(QStringLiteral("profile-journal.sqlite")));
        QVERIFY2(center.open(), qPrintable(center.errorString()));
        Session session(h.sandbox.settings());
        center.setSession(&session, QStringLiteral("profile-1"), QStringLiteral("Profile one"));
        QSignalSpy finished(&center, &RunCenter::runFinished);
        const qint64 runId = center.engine()->start(RunSpec::apiAction(
            {{QStringLiteral("1234567890123456789"), QStringLiteral("9876543210987654321")}},
            ApiAction::Stop, QString()));
        QVERIFY2(runId > 0, qPrintable(center.engine()->errorString()));
        QVERIFY(finished.wait(30000));
        const std::optional<RunRecord> record = center.journal()->loadRun(runId);
        QVERIFY(record);
        QCOMPARE(record->run.profileId, QStringLiteral("profile-1"));
        QCOMPARE(record->run.profileName, QStringLiteral("Profile one"));
    }
};

QTEST_GUILESS_MAIN(TestRunCenterResume)
#include "tst_run_center_resume.moc"
