// 429s: a sandbox that allows far less than the client is configured for answers 429 with
// Retry-After; the run waits as told instead of storming the server with retries (counted
// in the sandbox's statistics), reports the throttling, and still ends with every item done
// exactly once.
#include "EngineHarness.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QtTest>

using namespace dataarts;

class TestEngineThrottle : public QObject
{
    Q_OBJECT

private:
    EngineHarness h{{QStringLiteral("--tables"), QStringLiteral("60"), QStringLiteral("--apis"),
                     QStringLiteral("200"), QStringLiteral("--clusters"), QStringLiteral("4"),
                     QStringLiteral("--rate-limit"), QStringLiteral("10/1")}};

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("dataarts.http.info=false"));
        QString error;
        QVERIFY2(h.start(&error), qPrintable(error));
        // The client believes it may send 1,000 requests a second.
        RateLimits limits;
        limits.dataServicePerWindow = 1000;
        limits.dataServiceWindowSeconds = 1;
        h.session->setRateLimits(limits);
    }

    void waitsInsteadOfStorming()
    {
        QList<QPair<QString, QString>> pairs;
        for (const QJsonValue &v :
             h.pairs(QStringLiteral("status=PUBLISHED&manager=%1&limit=60").arg(h.userName())))
            pairs.append({v.toObject().value(QStringLiteral("api_id")).toString(),
                          v.toObject().value(QStringLiteral("instance_id")).toString()});
        QCOMPARE(pairs.size(), 60);
        RunSpec spec = RunSpec::apiAction(pairs, ApiAction::Stop, {});
        const qint64 runId = h.engine->start(spec);
        QVERIFY(runId > 0);
        BatchRun *run = h.engine->run(runId);
        QVERIFY(run);
        QSignalSpy throttling(run, &BatchRun::throttling);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(h.waitFor(runId, 120000), BatchRun::Outcome::Completed);
        const double seconds = timer.elapsed() / 1000.0;

        for (const JournalItem &j : h.record(runId).items)
            QCOMPARE(itemStates::name(j.state), QStringLiteral("SUCCESS"));
        const QJsonObject stats = h.stats();
        const QJsonObject byStatus = stats.value(QStringLiteral("requests"))
                                         .toObject()
                                         .value(QStringLiteral("by_status"))
                                         .toObject();
        const int throttled = byStatus.value(QStringLiteral("429")).toInt();
        const int accepted = byStatus.value(QStringLiteral("204")).toInt();
        qInfo() << "429s:" << throttled << "accepted:" << accepted << "seconds:" << seconds;
        QCOMPARE(accepted, 60);
        QVERIFY(throttled > 0); // the limit was hit
        // Without waiting for Retry-After, four requests in flight would have met
        // hundreds of 429s in this time; waiting keeps them to a handful per second.
        QVERIFY2(throttled <= 4 * (int(seconds) + 2), qPrintable(QString::number(throttled)));
        QVERIFY2(throttled <= accepted, qPrintable(QString::number(throttled)));
        // The run said it was being throttled.
        bool sawPause = false;
        for (const QList<QVariant> &args : std::as_const(throttling)) {
            const ThrottleState t = args.at(0).value<ThrottleState>();
            sawPause = sawPause || t.paused || t.throttledCount > 0;
        }
        QVERIFY(sawPause);
        const QJsonObject pairStats = stats.value(QStringLiteral("pairs")).toObject();
        for (auto it = pairStats.begin(); it != pairStats.end(); ++it)
            QCOMPARE(it.value().toObject().value(QStringLiteral("transitions")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEngineThrottle)
#include "tst_engine_throttle.moc"
