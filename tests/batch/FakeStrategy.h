#pragma once

// A fake run strategy for unit tests of the scheduler (BatchRun): requests that answer after
// a timer with outcomes a script decides, a "server" that counts what it applied and what
// was in flight at once, and a reconciliation that reads the server's truth.
#include "batch/RunStrategy.h"
#include "journal/Journal.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <functional>

namespace faketest {

using namespace dataarts;

// What the fake server does with one item of one request.
enum class Fate {
    Apply,          // applied, answered SUCCESS
    Refuse,         // not applied, answered FAILED (code FAKE.400)
    Throttle,       // not applied, answered 429 after the client's retries (QUEUED)
    LostApplied,    // applied, answer lost (UNKNOWN)
    LostNotApplied, // not applied, answer lost (UNKNOWN)
    Unauthorized,   // not applied, 401: the run halts
};

class FakeServer
{
public:
    // Decides an item's fate from its key and how many times it was sent before.
    std::function<Fate(const RunItem &item, int previousSends)> script = [](const RunItem &, int) {
        return Fate::Apply;
    };
    int latencyMs = 5;
    Journal *journal = nullptr; // when set: checks that the items are SENDING at start()
    qint64 runId = 0;

    int inFlight = 0;
    int maxInFlight = 0;
    QHash<QString, int> laneInFlight;
    int maxLaneInFlight = 0;
    QList<int> requestSizes;
    QHash<QString, int> sends;   // keyId -> requests that carried it
    QHash<QString, int> applied; // keyId -> times applied
    int startedWhileNotSending = 0;
    bool reconcileDecidesNothing = false;
    int started = 0;
    int reconcileReads = 0;
};

class FakeRequest : public UnitRequest
{
    Q_OBJECT
public:
    FakeRequest(FakeServer *server, QList<RunItem> items, QString lane)
        : m_server(server)
        , m_items(std::move(items))
        , m_lane(std::move(lane))
    {}

    void start() override
    {
        FakeServer &s = *m_server;
        ++s.started;
        if (s.journal) {
            const std::optional<RunRecord> run = s.journal->loadRun(s.runId);
            for (const RunItem &item : m_items) {
                bool sending = false;
                for (const JournalItem &j : run->items)
                    sending = sending || (j.id == item.id && j.state == ItemState::Sending);
                if (!sending)
                    ++s.startedWhileNotSending;
            }
        }
        // Left at once (no rate limiter here).
        m_left = true;
        emit attemptStarted(1);
        ++s.inFlight;
        s.maxInFlight = qMax(s.maxInFlight, s.inFlight);
        if (!m_lane.isEmpty()) {
            const int n = ++s.laneInFlight[m_lane];
            s.maxLaneInFlight = qMax(s.maxLaneInFlight, n);
        }
        s.requestSizes.append(int(m_items.size()));
        QTimer::singleShot(s.latencyMs, this, &FakeRequest::answer);
    }
    void abortIfNotSent() override {}
    bool hasLeft() const override { return m_left; }
    UnitOutcome outcome() const override { return m_outcome; }
    RequestSpec describe() const override
    {
        RequestSpec spec;
        spec.method = "POST";
        spec.path = QStringLiteral("/fake");
        return spec;
    }

private:
    void answer()
    {
        FakeServer &s = *m_server;
        --s.inFlight;
        if (!m_lane.isEmpty())
            --s.laneInFlight[m_lane];
        for (const RunItem &item : m_items) {
            const int before = s.sends.value(item.keyId);
            s.sends[item.keyId] = before + 1;
            const Fate fate = s.script(item, before);
            ItemOutcome o;
            o.itemId = item.id;
            switch (fate) {
            case Fate::Apply:
                ++s.applied[item.keyId];
                o.state = ItemState::Success;
                break;
            case Fate::Refuse:
                o.state = ItemState::Failed;
                o.code = QStringLiteral("FAKE.400");
                o.remark = QStringLiteral("refused");
                break;
            case Fate::Throttle:
                o.state = ItemState::Queued;
                m_outcome.error.kind = ApiError::Kind::RateLimited;
                break;
            case Fate::LostApplied:
                ++s.applied[item.keyId];
                o.state = ItemState::Unknown;
                break;
            case Fate::LostNotApplied:
                o.state = ItemState::Unknown;
                break;
            case Fate::Unauthorized:
                o.state = ItemState::Queued;
                m_outcome.halt = true;
                m_outcome.error.kind = ApiError::Kind::Unauthorized;
                break;
            }
            m_outcome.answer.items.append(o);
        }
        m_outcome.answer.httpStatus = 200;
        emit finished();
    }

    FakeServer *m_server;
    QList<RunItem> m_items;
    QString m_lane;
    UnitOutcome m_outcome;
    bool m_left = false;
};

// Reads the fake server's truth: applied -> SUCCESS, not applied -> QUEUED.
class FakeReconciliation : public Reconciliation
{
    Q_OBJECT
public:
    FakeReconciliation(FakeServer *server, const ReconcileContext &context,
                       const QList<ReconcileItem> &items)
        : Reconciliation(nullptr, context, items)
        , m_server(server)
    {}

protected:
    void run() override
    {
        ++m_server->reconcileReads;
        addReads();
        if (m_server->reconcileDecidesNothing) {
            finish();
            return;
        }
        for (const ReconcileItem &i : items()) {
            if (m_server->applied.value(i.item.keyId) > 0)
                decide(i.item.id, ItemState::Success);
            else
                decide(i.item.id, ItemState::Queued);
        }
        finish();
    }

private:
    FakeServer *m_server;
};

class FakeStrategy : public RunStrategy
{
public:
    FakeStrategy(FakeServer *server, int chunk, bool lanes)
        : RunStrategy(RunKind::ApiAction, {})
        , m_server(server)
        , m_chunk(chunk)
        , m_lanes(lanes)
    {}

    QString validateParameters() const override { return {}; }
    int defaultChunkSize() const override { return m_chunk; }
    int maxChunkSize() const override { return 1000; }
    QString laneOf(const RunItem &item) const override
    {
        return m_lanes ? item.keyPart : QString();
    }
    Service service() const override { return Service::DataService; }
    UnitRequest *createRequest(Session *, const QList<RunItem> &items) const override
    {
        return new FakeRequest(m_server, items, laneOf(items.constFirst()));
    }
    Reconciliation *createReconciliation(Session *, const ReconcileContext &context,
                                         const QList<ReconcileItem> &items) const override
    {
        return new FakeReconciliation(m_server, context, items);
    }
    // The fake server checks no keys.
    ApiJob *createKeyCheck(Session *) const override { return nullptr; }

private:
    FakeServer *m_server;
    int m_chunk;
    bool m_lanes;
};

} // namespace faketest
