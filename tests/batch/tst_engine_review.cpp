// The DataService review-center runs end to end against the sandbox: confirming messages
// now (SUCCESS) or at a time (SCHEDULED, then SUCCESS through refreshPending once due),
// approving and rejecting applications in chunks, and a lost answer reconciled through the
// message's detail instead of being sent again.
#include "EngineHarness.h"

#include "dto/ApiActionRequest.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QtTest>

using namespace dataarts;

class TestEngineReview : public QObject
{
    Q_OBJECT

private:
    EngineHarness h{{QStringLiteral("--tables"), QStringLiteral("60"), QStringLiteral("--apis"),
                     QStringLiteral("150"), QStringLiteral("--rate-limit"), QStringLiteral("off")}};
    QStringList m_messages; // pending messages addressed to the sandbox user

    QString status(const QString &kind, const QString &id)
    {
        return h.client->get(h.client->ds(kind + QLatin1Char('/') + id))
            .json()
            .value(QStringLiteral("api_apply_status"))
            .toString();
    }

    QStringList pending(const QString &kind, const QString &status, const QueryItems &query = {})
    {
        QStringList ids;
        const HttpResult r = h.client->get(h.client->ds(kind), query);
        for (const QJsonValue &v : r.json().value(QStringLiteral("records")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("api_apply_status")).toString() == status)
                ids.append(o.value(QStringLiteral("id")).toString());
        }
        return ids;
    }

    static QString state(const JournalItem &j) { return itemStates::name(j.state); }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("dataarts.http.info=false"));
        QString error;
        QVERIFY2(h.start(&error), qPrintable(error));
        // STOP with notice on pairs whose apps the sandbox user owns: one message each.
        QList<QPair<QString, QString>> pairs;
        for (const QJsonValue &v :
             h.pairs(QStringLiteral("status=PUBLISHED&apps=yes&manager=%1&app_owner=%1&limit=6")
                         .arg(h.userName()))) {
            pairs.append({v.toObject().value(QStringLiteral("api_id")).toString(),
                          v.toObject().value(QStringLiteral("instance_id")).toString()});
        }
        QVERIFY(pairs.size() >= 4);
        BatchRun::Outcome outcome;
        h.runSpec(RunSpec::apiAction(pairs, ApiAction::Stop,
                                     ApiActionRequest::defaultTime(h.client->now())),
                  &outcome);
        QCOMPARE(outcome, BatchRun::Outcome::Completed);
        m_messages =
            pending(QStringLiteral("messages"), QStringLiteral("STATUS_TYPE_PENDING_CHECK"));
        QVERIFY2(m_messages.size() >= 4, qPrintable(QString::number(m_messages.size())));
    }

    void confirmMessagesNow()
    {
        BatchRun::Outcome outcome;
        const qint64 runId = h.runSpec(RunSpec::messageConfirm(m_messages.mid(0, 2)), &outcome);
        QVERIFY2(runId > 0, qPrintable(h.engine->errorString()));
        QCOMPARE(outcome, BatchRun::Outcome::Completed);
        for (const JournalItem &j : h.record(runId).items) {
            QCOMPARE(state(j), QStringLiteral("SUCCESS"));
            QCOMPARE(status(QStringLiteral("messages"), j.keyId),
                     QStringLiteral("STATUS_TYPE_SYNCHRONOUS_EXECUTE"));
        }
    }

    void confirmMessageAtATime()
    {
        const QString time = ApiActionRequest::defaultTime(h.client->now().addSecs(-24 * 3600));
        BatchRun::Outcome outcome;
        const qint64 runId =
            h.runSpec(RunSpec::messageConfirm(m_messages.mid(2, 1), time), &outcome);
        QCOMPARE(outcome, BatchRun::Outcome::Completed);
        const JournalItem j = h.record(runId).items.first();
        QCOMPARE(state(j), QStringLiteral("SCHEDULED"));
        QCOMPARE(j.effectiveAt, ApiActionRequest::parseTime(time));
        QCOMPARE(status(QStringLiteral("messages"), j.keyId),
                 QStringLiteral("STATUS_TYPE_PENDING_EXECUTE"));

        h.client->advance(26 * 3600);
        QSignalSpy refreshed(h.engine.get(), &BatchEngine::pendingRefreshed);
        QVERIFY(h.engine->refreshPending(runId));
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.first().at(1).toInt(), 1);
        QCOMPARE(state(h.record(runId).items.first()), QStringLiteral("SUCCESS"));
    }

    void lostAnswerIsReadFromTheMessage()
    {
        h.client->queueFault(QStringLiteral("reset-after"), QStringLiteral("/service/messages$"),
                             1);
        BatchRun::Outcome outcome;
        const qint64 runId = h.runSpec(RunSpec::messageConfirm(m_messages.mid(3, 1)), &outcome);
        QCOMPARE(outcome, BatchRun::Outcome::Completed);
        const JournalItem j = h.record(runId).items.first();
        QCOMPARE(state(j), QStringLiteral("SUCCESS"));
        QCOMPARE(j.attempts, 1);
        QCOMPARE(h.record(runId).requests.first().httpStatus, 0);
    }

    void reviewApplications()
    {
        const QStringList ids =
            pending(QStringLiteral("applys"), QStringLiteral("STATUS_TYPE_PENDING_APPROVAL"),
                    {{QStringLiteral("query_type"), QStringLiteral("0")}});
        QVERIFY2(ids.size() >= 3, qPrintable(QString::number(ids.size())));
        RunSpec approve = RunSpec::applicationReview(ids.mid(0, 2), true);
        approve.chunkSize = 2;
        BatchRun::Outcome outcome;
        const qint64 approved = h.runSpec(approve, &outcome);
        QCOMPARE(outcome, BatchRun::Outcome::Completed);
        QCOMPARE(h.record(approved).requests.size(), 1);
        for (const JournalItem &j : h.record(approved).items) {
            QCOMPARE(state(j), QStringLiteral("SUCCESS"));
            QCOMPARE(status(QStringLiteral("applys"), j.keyId),
                     QStringLiteral("STATUS_TYPE_PASSED"));
        }
        const qint64 rejected =
            h.runSpec(RunSpec::applicationReview(ids.mid(2, 1), false), &outcome);
        QCOMPARE(outcome, BatchRun::Outcome::Completed);
        const JournalItem j = h.record(rejected).items.first();
        QCOMPARE(state(j), QStringLiteral("SUCCESS"));
        QCOMPARE(status(QStringLiteral("applys"), j.keyId), QStringLiteral("STATUS_TYPE_REJECTED"));
    }
};

QTEST_GUILESS_MAIN(TestEngineReview)
#include "tst_engine_review.moc"
