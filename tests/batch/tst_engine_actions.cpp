// API-action runs end to end against the sandbox: 204s settled by a bulk read of the
// publish state (done at once, SCHEDULED at the requested time with authorized apps),
// DLM.4182 on a pair already in the target state counted done, DLM.4182 otherwise and
// other errors FAILED with code and message, one request per pair and one at a time per
// cluster, refreshPending turning SCHEDULED into SUCCESS once the time has come, the
// request bodies exactly those preview() showed, and unknown outcomes reconciled without a
// second transition.
#include "EngineHarness.h"

#include "dto/ApiActionRequest.h"

#include <QSignalSpy>
#include <QtTest>

using namespace dataarts;

namespace {

using Pair = QPair<QString, QString>;

Pair pairOf(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return {o.value(QStringLiteral("api_id")).toString(),
            o.value(QStringLiteral("instance_id")).toString()};
}

QString key(const Pair &p)
{
    return p.first + QLatin1Char('/') + p.second;
}

} // namespace

class TestEngineActions : public QObject
{
    Q_OBJECT

private:
    EngineHarness h{{QStringLiteral("--tables"), QStringLiteral("60"), QStringLiteral("--apis"),
                     QStringLiteral("200"), QStringLiteral("--clusters"), QStringLiteral("3"),
                     QStringLiteral("--rate-limit"), QStringLiteral("off")}};
    QSet<QString> m_used;

    // Unused pairs matching the control query.
    QList<Pair> take(const QString &query, int count)
    {
        QList<Pair> out;
        for (const QJsonValue &v : h.pairs(query + QStringLiteral("&limit=2000"))) {
            const Pair p = pairOf(v);
            if (v.toObject().value(QStringLiteral("transitions")).toInt() != 0 ||
                m_used.contains(key(p)))
                continue;
            m_used.insert(key(p));
            out.append(p);
            if (out.size() == count)
                break;
        }
        return out;
    }

    QString inHours(int hours) const
    {
        return ApiActionRequest::defaultTime(h.client->now().addSecs(3600 * (hours - 48)));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(h.start(&error), qPrintable(error));
    }

    void stopsAtOnceAndSchedulesWithApps()
    {
        const QString admin = h.userName();
        const QList<Pair> free =
            take(QStringLiteral("status=PUBLISHED&apps=no&manager=") + admin, 6);
        const QList<Pair> withApps =
            take(QStringLiteral("status=PUBLISHED&apps=yes&manager=") + admin, 3);
        QCOMPARE(free.size(), 6);
        QCOMPARE(withApps.size(), 3);
        const QString time = inHours(49);
        RunSpec spec = RunSpec::apiAction(free + withApps, ApiAction::Stop, time);
        spec.createdBy = admin;

        const QList<RequestPreview> preview = h.engine->preview(spec);
        QCOMPARE(preview.size(), 9);

        BatchRun::Outcome outcome;
        const qint64 runId = h.runSpec(spec, &outcome);
        QVERIFY2(runId > 0, qPrintable(h.engine->errorString()));
        QCOMPARE(outcome, BatchRun::Outcome::Completed);
        const QHash<QString, JournalItem> items = h.itemsByKey(runId);
        for (const Pair &p : free) {
            QCOMPARE(itemStates::name(items.value(key(p)).state), QStringLiteral("SUCCESS"));
            QCOMPARE(h.pairStatus(p.first, p.second), QStringLiteral("API_STATUS_STOPPED"));
        }
        const QDateTime at = ApiActionRequest::parseTime(time);
        for (const Pair &p : withApps) {
            const JournalItem &j = items.value(key(p));
            QCOMPARE(itemStates::name(j.state), QStringLiteral("SCHEDULED"));
            QCOMPARE(j.effectiveAt, at);
            QCOMPARE(h.pairStatus(p.first, p.second), QStringLiteral("API_STATUS_WAITING_STOP"));
        }
        // One request per pair, exactly the bodies the preview showed.
        const QJsonArray sent = h.requests(QStringLiteral("/action$"));
        QCOMPARE(sent.size(), 9);
        QMultiHash<QString, QByteArray> previewed;
        for (const RequestPreview &r : preview)
            previewed.insert(r.path, r.body);
        for (const QJsonValue &v : sent) {
            const QJsonObject r = v.toObject();
            const QString path = r.value(QStringLiteral("path")).toString();
            QVERIFY2(previewed.contains(path), qPrintable(path));
            QCOMPARE(r.value(QStringLiteral("body")).toString().toUtf8(), previewed.value(path));
        }

        // The time comes: refreshPending turns SCHEDULED into SUCCESS.
        h.client->advance(50 * 3600);
        QSignalSpy refreshed(h.engine.get(), &BatchEngine::pendingRefreshed);
        QVERIFY2(h.engine->refreshPending(runId), qPrintable(h.engine->errorString()));
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(refreshed.first().at(1).toInt(), 3);
        const QHash<QString, JournalItem> after = h.itemsByKey(runId);
        for (const Pair &p : withApps)
            QCOMPARE(itemStates::name(after.value(key(p)).state), QStringLiteral("SUCCESS"));
    }

    void illegalActionOnPairAlreadyThereCountsDone()
    {
        const QString admin = h.userName();
        const QList<Pair> offline = take(QStringLiteral("status=OFFLINE&manager=") + admin, 2);
        const QList<Pair> stopped = take(QStringLiteral("status=STOPPED&manager=") + admin, 2);
        const QList<Pair> unpublished = take(QStringLiteral("status=CREATED&manager=") + admin, 1);
        QCOMPARE(offline.size(), 2);
        QCOMPARE(stopped.size(), 2);
        QCOMPARE(unpublished.size(), 1);
        // UNPUBLISH: OFFLINE pairs are done already (DLM.4182 -> SUCCESS); STOPPED ones are
        // taken offline; a pair never published is refused (DLM.4182 -> FAILED).
        BatchRun::Outcome outcome;
        const qint64 runId = h.runSpec(
            RunSpec::apiAction(offline + stopped + unpublished, ApiAction::Unpublish, QString()),
            &outcome);
        QVERIFY2(runId > 0, qPrintable(h.engine->errorString()));
        QCOMPARE(outcome, BatchRun::Outcome::Completed);
        const QHash<QString, JournalItem> items = h.itemsByKey(runId);
        for (const Pair &p : offline) {
            const JournalItem &j = items.value(key(p));
            QCOMPARE(itemStates::name(j.state), QStringLiteral("SUCCESS"));
            QCOMPARE(j.code, QStringLiteral("DLM.4182"));
            QVERIFY2(j.remark.contains(QLatin1String("API_STATUS_OFFLINE")), qPrintable(j.remark));
        }
        for (const Pair &p : stopped) {
            QCOMPARE(itemStates::name(items.value(key(p)).state), QStringLiteral("SUCCESS"));
            QCOMPARE(h.pairStatus(p.first, p.second), QStringLiteral("API_STATUS_OFFLINE"));
        }
        const JournalItem &refused = items.value(key(unpublished.first()));
        QCOMPARE(itemStates::name(refused.state), QStringLiteral("FAILED"));
        QCOMPARE(refused.code, QStringLiteral("DLM.4182"));
        QVERIFY(!refused.remark.isEmpty());
        // Each pair was sent once; no pair changed twice.
        const QJsonObject pairs = h.stats().value(QStringLiteral("pairs")).toObject();
        for (const Pair &p : offline + stopped + unpublished)
            QVERIFY(pairs.value(key(p)).toObject().value(QStringLiteral("transitions")).toInt() <=
                    1);
        QCOMPARE(h.record(runId).requests.size(), 5);
    }

    void otherErrorsFailWithCodeAndMessage()
    {
        const QString admin = h.userName();
        const QList<Pair> notMine =
            take(QStringLiteral("status=PUBLISHED&apps=no&not_manager=") + admin, 2);
        QCOMPARE(notMine.size(), 2);
        const Pair unknown{QStringLiteral("0123456789abcdef0123456789abcdef"),
                           notMine.first().second};
        BatchRun::Outcome outcome;
        const qint64 runId = h.runSpec(
            RunSpec::apiAction(notMine + QList<Pair>{unknown}, ApiAction::Stop, {}), &outcome);
        QCOMPARE(outcome, BatchRun::Outcome::Completed);
        const QHash<QString, JournalItem> items = h.itemsByKey(runId);
        for (const Pair &p : notMine) {
            const JournalItem &j = items.value(key(p));
            QCOMPARE(itemStates::name(j.state), QStringLiteral("FAILED"));
            QCOMPARE(j.code, QStringLiteral("DLM.4093"));
            QVERIFY(!j.remark.isEmpty());
        }
        QCOMPARE(items.value(key(unknown)).code, QStringLiteral("DLM.4018"));
    }

    void unknownOutcomesAreReadNotResent()
    {
        const QString admin = h.userName();
        const QList<Pair> pairs =
            take(QStringLiteral("status=PUBLISHED&apps=no&manager=") + admin, 8);
        QCOMPARE(pairs.size(), 8);
        // Two answers lost after the change, two 503s before it: all four are UNKNOWN to
        // the client; the first two are read as done, the other two sent again.
        h.client->queueFault(QStringLiteral("reset-after"), QStringLiteral("/action$"), 2);
        h.client->queueFault(QStringLiteral("fail"), QStringLiteral("/action$"), 2);
        const qsizetype sentBefore = h.requests(QStringLiteral("/action$")).size();
        RunSpec spec = RunSpec::apiAction(pairs, ApiAction::Stop, {});
        spec.concurrency = 1;
        BatchRun::Outcome outcome;
        const qint64 runId = h.runSpec(spec, &outcome);
        QCOMPARE(outcome, BatchRun::Outcome::Completed);
        const QHash<QString, JournalItem> items = h.itemsByKey(runId);
        int twice = 0;
        const QJsonObject stats = h.stats().value(QStringLiteral("pairs")).toObject();
        for (const Pair &p : pairs) {
            const JournalItem &j = items.value(key(p));
            QCOMPARE(itemStates::name(j.state), QStringLiteral("SUCCESS"));
            QCOMPARE(stats.value(key(p)).toObject().value(QStringLiteral("transitions")).toInt(),
                     1);
            if (j.attempts == 2)
                ++twice;
            else
                QCOMPARE(j.attempts, 1);
        }
        QCOMPARE(twice, 2);
        QCOMPARE(h.requests(QStringLiteral("/action$")).size() - sentBefore, 8 + 2);
    }
};

QTEST_GUILESS_MAIN(TestEngineActions)
#include "tst_engine_actions.moc"
