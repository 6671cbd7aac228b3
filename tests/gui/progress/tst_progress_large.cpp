// Issue 19 (3): the Progress view of a 2,720-entity batch offline (55 requests of 50) moves
// with every answered request: the run list's counts and percent grow from the first answer
// on, through one value per answered request (the engine batches changes every 100 ms; the
// sandbox holds each request longer than that), never stuck at 0 % while requests are
// answered. Against a real sandbox, journal and engine, in an offscreen window.
#include "ProgressFixture.h"

#include "batch/BatchEngine.h"
#include "progress/ProgressView.h"
#include "progress/RunListModel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace dataarts;
using namespace dataarts::ui;

namespace {
constexpr int kEntities = 2720;
constexpr int kChunk = 50;
constexpr int kRequests = kEntities / kChunk + (kEntities % kChunk ? 1 : 0); // 55
constexpr int kWaitMs = 300000;
} // namespace

class TestProgressLarge : public QObject
{
    Q_OBJECT
private:
    // Each request held 150 to 200 ms: longer than the engine's change batching.
    ProgressFixture f{{QStringLiteral("--tables"), QStringLiteral("3000"),
                       QStringLiteral("--latency-ms"), QStringLiteral("150:200"),
                       QStringLiteral("--rate-limit"), QStringLiteral("off")}};

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
    }

    void progressMovesRequestByRequest()
    {
        ProgressView view(f.center.get());
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        RunListModel *runs = view.runListModel();

        QList<BizInfo> entities;
        for (int skip = 0; entities.size() < kEntities; skip += 500) {
            const QJsonArray found =
                f.harness.entities(QStringLiteral("limit=500&skip=%1").arg(skip));
            QVERIFY2(!found.isEmpty(), "the sandbox has fewer entities than the run needs");
            for (const QJsonValue &v : found) {
                if (entities.size() == kEntities)
                    break;
                const QJsonObject o = v.toObject();
                entities.append(BizInfo{o.value(QStringLiteral("id")).toString(),
                                        o.value(QStringLiteral("biz_type")).toString(),
                                        EnvType::Unknown});
            }
        }
        ApprovalBatchRequest options;
        options.approverUserId = f.harness.userId();
        options.approverUserName = f.admin();
        options.fastApproval = true;
        RunSpec spec = RunSpec::approvalBatch(RunKind::BatchOffline, entities, options);
        spec.chunkSize = kChunk;
        // One request in flight: answers 150 ms or more apart, each its own step. (With
        // several in flight, answers that come within one 100 ms batch share a step.)
        spec.concurrency = 1;

        // At each change of the run list: requests answered so far, and what the list shows.
        int answered = 0;
        struct Sample {
            int answered;
            int final;
            QString percent;
        };
        QList<Sample> samples;
        qint64 runId = 0;
        QObject context;
        connect(f.center->engine(), &BatchEngine::runStarted, &context,
                [&](qint64, BatchRun *run) {
                    connect(run, &BatchRun::requestFinished, &context,
                            [&](const RequestEvent &) { ++answered; });
                });
        connect(runs, &QAbstractItemModel::dataChanged, &context, [&] {
            const int row = runs->rowOf(runId);
            if (runId <= 0 || row < 0)
                return;
            const int final = runs->totalsAt(row).finalCount();
            const QString percent =
                runs->index(row, RunListModel::Progress).data().toString();
            if (final > (samples.isEmpty() ? 0 : samples.last().final))
                samples.append({answered, final, percent});
        });

        runId = f.center->start(spec);
        QVERIFY2(runId > 0, qPrintable(f.center->errorString()));
        QVERIFY(view.showRun(runId));
        QVERIFY(f.waitFinished(runId, kWaitMs));
        QObject::disconnect(runs, nullptr, &context, nullptr);

        QCOMPARE(answered, kRequests);
        QVERIFY(!samples.isEmpty());
        qInfo("%d requests, %d steps", answered, int(samples.size()));
        // The first change came with the first answers, not at the end.
        QVERIFY2(samples.first().final > 0 && samples.first().final <= 2 * kChunk,
                 qPrintable(QString::number(samples.first().final)));
        QVERIFY(samples.first().answered <= 2); // a busy machine may merge two
        // One step per answered request (a busy machine may merge a few).
        QVERIFY2(samples.size() >= kRequests * 2 / 3,
                 qPrintable(QStringLiteral("%1 steps for %2 requests")
                                .arg(samples.size())
                                .arg(kRequests)));
        for (qsizetype i = 1; i < samples.size(); ++i) {
            QVERIFY(samples.at(i).final > samples.at(i - 1).final);
            // Counts never run ahead of the answers: each answer adds at most one chunk.
            QVERIFY2(samples.at(i).final <= samples.at(i).answered * kChunk,
                     qPrintable(QStringLiteral("%1 final after %2 answers")
                                    .arg(samples.at(i).final)
                                    .arg(samples.at(i).answered)));
        }
        // The percent moved with the counts, and the end is the whole run.
        QVERIFY(samples.first().percent != QStringLiteral("0%"));
        QVERIFY(samples.first().percent != samples.last().percent);
        QCOMPARE(runs->totalsAt(runs->rowOf(runId)).finalCount(), kEntities);
    }
};

DESK_PROGRESS_TEST_MAIN(TestProgressLarge)
#include "tst_progress_large.moc"
