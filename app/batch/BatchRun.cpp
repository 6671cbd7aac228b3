#include "BatchRun.h"

#include "AuthorizationSnapshot.h"

#include "Reconciliation.h"
#include "RunStrategy.h"
#include "UnitRequest.h"

#include "JournalWriter.h"
#include "client/ApiJob.h"
#include "client/RateLimiter.h"
#include "client/Session.h"

#include <algorithm>

namespace dataarts {

namespace {

// Item changes are signalled in batches at most this often.
constexpr int kChangeBatchMs = 100;
// The rate limiter is looked at this often while the run sends.
constexpr int kThrottleSampleMs = 250;

} // namespace

BatchRun::BatchRun(Session *session, JournalWriter *writer, std::unique_ptr<RunStrategy> strategy,
                   const RunRecord &record, int chunkSize, int concurrency, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_writer(writer)
    , m_strategy(std::move(strategy))
    , m_runId(record.run.id)
    , m_createdAt(record.run.createdAt)
    , m_createdBy(record.run.createdBy)
    , m_parameters(record.run.parameters)
    , m_chunkSize(qBound(1, chunkSize, m_strategy->maxChunkSize()))
    , m_concurrency(qMax(1, concurrency))
{
    QHash<qint64, const JournalRequest *> requests;
    for (const JournalRequest &r : record.requests)
        requests.insert(r.ref, &r);
    m_slots.reserve(record.items.size());
    for (const JournalItem &j : record.items) {
        Slot s;
        s.item = RunItem{j.id, j.keyId, j.keyPart, j.displayName};
        s.lane = m_strategy->laneOf(s.item);
        s.state = j.state;
        s.code = j.code;
        s.remark = j.remark;
        s.approvalId = j.approvalId;
        s.effectiveAt = j.effectiveAt;
        s.attempts = j.attempts;
        if (const JournalRequest *r = requests.value(j.requestRef)) {
            s.httpStatus = r->httpStatus;
            s.resultBody = r->resultBody;
            if (r->sentAt.isValid())
                s.unknownSinceMs = r->sentAt.toMSecsSinceEpoch();
        }
        if (s.state == ItemState::Unknown && s.unknownSinceMs == 0)
            s.unknownSinceMs = QDateTime::currentMSecsSinceEpoch();
        const int index = int(m_slots.size());
        m_slotOf.insert(j.id, index);
        m_slots.append(s);
        m_totals.add(s.state, 1);
        ++m_totals.total;
        if (!m_lanes.contains(s.lane))
            m_lanes.append(s.lane);
        if (s.state == ItemState::Queued)
            m_queues[s.lane].push_back(index);
    }
    m_finalAtStart = m_totals.finalCount();
    m_graceMs = m_session ? qMax(0, m_session->settings().unknownGraceMs) : 0;

    m_answerTimer.setSingleShot(true);
    m_answerTimer.setInterval(0);
    connect(&m_answerTimer, &QTimer::timeout, this, &BatchRun::flushAnswers);
    m_holdTimer.setSingleShot(true);
    connect(&m_holdTimer, &QTimer::timeout, this, &BatchRun::pump);
    m_reconcileRetry.setSingleShot(true);
    connect(&m_reconcileRetry, &QTimer::timeout, this, &BatchRun::pump);
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(kChangeBatchMs);
    connect(&m_changeTimer, &QTimer::timeout, this, &BatchRun::flushChanges);
    m_throttleTimer.setInterval(kThrottleSampleMs);
    connect(&m_throttleTimer, &QTimer::timeout, this, &BatchRun::sampleThrottle);
}

BatchRun::~BatchRun() = default;

RunKind BatchRun::kind() const
{
    return m_strategy->kind();
}

void BatchRun::start()
{
    if (m_phase != Phase::Idle)
        return;
    m_clock.start();
    m_throttle.service = m_strategy->service();
    if (RateLimiter *limiter = m_session ? m_session->rateLimiter(m_strategy->service()) : nullptr)
        m_throttleBase = limiter->stats().throttled;
    m_throttleTimer.start();
    // Several requests could leave at once: one signed read goes first.
    if (m_concurrency > 1 && m_totals.queued + m_totals.unknown > m_chunkSize)
        m_keyCheck = KeyCheck::Pending;
    if (m_strategy->readsAuthorizationsFirst() && m_totals.queued > 0)
        m_snapshot = Snapshot::Pending;
    setPhase(Phase::Sending);
    emit started();
    emit totalsChanged(totals());
    // Reconcile what a crash left unknown before sending anything.
    QMetaObject::invokeMethod(this, &BatchRun::pump, Qt::QueuedConnection);
}

void BatchRun::cancel()
{
    if (m_phase == Phase::Finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    // Requests still waiting for a token have not left: give them up.
    const QList<UnitRequest *> flying = m_inFlight.keys();
    for (UnitRequest *r : flying) {
        if (!r->hasLeft())
            r->abortIfNotSent();
    }
    cancelQueuedItems();
    if (m_phase == Phase::Idle)
        return;
    QMetaObject::invokeMethod(this, &BatchRun::pump, Qt::QueuedConnection);
}

void BatchRun::stop()
{
    if (m_phase == Phase::Finished || m_stopRequested)
        return;
    m_stopRequested = true;
    // Requests still waiting for a token have not left: give them up (their items go back
    // to QUEUED, recorded).
    const QList<UnitRequest *> flying = m_inFlight.keys();
    for (UnitRequest *r : flying) {
        if (!r->hasLeft())
            r->abortIfNotSent();
    }
    interrupt(ApiError::cancelled());
}

void BatchRun::cancelQueuedItems()
{
    // The items waiting in the queues (not those being marked: their markSending comes
    // first in the journal, and they are put back and cancelled after it).
    QList<int> queued;
    QSet<int> seen;
    for (auto it = m_queues.cbegin(); it != m_queues.cend(); ++it) {
        for (const int slot : it.value()) {
            if (m_slots.at(slot).state == ItemState::Queued && !seen.contains(slot)) {
                seen.insert(slot);
                queued.append(slot);
            }
        }
    }
    m_queues.clear();
    if (queued.isEmpty())
        return;
    ++m_writes;
    m_writer->cancelQueued(
        this, m_runId, [this](int count, const QString &error) { writeDone(count >= 0, error); });
    for (const int slot : std::as_const(queued))
        setState(slot, ItemState::Cancelled);
    flushChanges();
}

void BatchRun::enqueue(int slot, bool front)
{
    std::deque<int> &q = m_queues[m_slots.at(slot).lane];
    if (front)
        q.push_front(slot);
    else
        q.push_back(slot);
}

bool BatchRun::takeUnit(QList<int> *indexes, QString *lane)
{
    const int lanes = int(m_lanes.size());
    for (int n = 0; n < lanes; ++n) {
        const int index = (m_laneCursor + n) % lanes;
        const QString &name = m_lanes.at(index);
        auto it = m_queues.find(name);
        if (it == m_queues.end() || it->empty())
            continue;
        // A serialized lane has at most one unit marked ahead.
        if (!name.isEmpty() && m_readyLanes.contains(name))
            continue;
        while (!it->empty() && indexes->size() < m_chunkSize) {
            const int s = it->front();
            it->pop_front();
            if (m_slots.at(s).state == ItemState::Queued && !indexes->contains(s))
                indexes->append(s);
        }
        if (indexes->isEmpty())
            continue;
        *lane = name;
        m_laneCursor = (index + 1) % lanes;
        return true;
    }
    return false;
}

void BatchRun::startKeyCheck()
{
    ApiJob *job = m_strategy->createKeyCheck(m_session);
    if (!job) {
        m_keyCheck = KeyCheck::Passed;
        pump();
        return;
    }
    m_keyCheck = KeyCheck::Running;
    job->setParent(this);
    connect(job, &ApiJob::finished, this, [this, job] {
        job->deleteLater();
        const ApiError error = job->error();
        if (error.isError() && error.kind != ApiError::Kind::Cancelled) {
            // Nothing was sent: the run stops here, resumable, with the server's message.
            m_keyCheck = KeyCheck::Pending;
            interrupt(error);
            return;
        }
        m_keyCheck = error.isError() ? KeyCheck::Pending : KeyCheck::Passed;
        pump();
    });
    job->start();
}

void BatchRun::startSnapshot()
{
    QList<RunItem> queued;
    for (const Slot &slot : std::as_const(m_slots)) {
        if (slot.state == ItemState::Queued)
            queued.append(slot.item);
    }
    if (queued.isEmpty()) {
        m_snapshot = Snapshot::Done;
        pump();
        return;
    }
    m_snapshot = Snapshot::Running;
    auto *read = new AuthorizationSnapshot(m_session, queued, this);
    connect(read, &AuthorizationSnapshot::finished, this, [this, read] {
        read->deleteLater();
        if (!read->ok()) {
            m_snapshot = Snapshot::Pending;
            if (read->error().kind != ApiError::Kind::Cancelled)
                interrupt(read->error()); // nothing was sent
            else
                pump();
            return;
        }
        ++m_writes;
        m_writer->recordAuthorizations(this, m_runId, read->result(),
                                       [this](bool ok, const QString &error) {
                                           m_snapshot = ok ? Snapshot::Done : Snapshot::Pending;
                                           writeDone(ok, error);
                                       });
    });
    read->start();
}

void BatchRun::pump()
{
    if (m_phase == Phase::Finished || m_phase == Phase::Idle)
        return;
    if (m_keyCheck == KeyCheck::Running)
        return; // its answer pumps again
    if (m_keyCheck == KeyCheck::Pending && !m_halting && !m_cancelRequested) {
        startKeyCheck();
        return;
    }
    if (m_snapshot == Snapshot::Running)
        return; // its commit pumps again
    if (m_snapshot == Snapshot::Pending && !m_halting && !m_cancelRequested) {
        startSnapshot();
        return;
    }
    const bool stopping = m_halting || m_cancelRequested;
    if (stopping)
        releaseReady();
    if (m_halting)
        m_reconcileRetry.stop(); // what is still UNKNOWN stays so, for resume
    if (m_cancelRequested && m_answers.isEmpty())
        cancelQueuedItems();
    if (m_phase == Phase::Finished)
        return;
    if (!stopping && !m_holdTimer.isActive() && !m_reconciliation) {
        startReady();
        // Answers are recorded before more items are marked.
        if (m_answers.isEmpty()) {
            prepareUnits();
            if (m_phase == Phase::Finished || m_halting)
                return;
            startReady();
        }
    }
    if (!m_answers.isEmpty())
        return; // flushAnswers() pumps again
    if (!m_inFlight.isEmpty() || !m_ready.isEmpty() || m_marking > 0 || m_reconciliation ||
        m_reconcileRetry.isActive())
        return;
    if (m_halting) {
        if (m_writes == 0 && !failUnsent() && !settleOnStop())
            finishRun();
        return;
    }
    if (m_holdTimer.isActive() && m_totals.queued > 0)
        return;
    if (m_totals.queued > 0 && !m_cancelRequested)
        return; // lanes busy: an answer pumps again
    if (hasUnknown()) {
        startReconcile();
        return;
    }
    // Finished once everything it wrote is in the journal.
    if (m_writes == 0)
        finishRun();
}

void BatchRun::writeDone(bool ok, const QString &error)
{
    --m_writes;
    if (!ok)
        interrupt(ApiError(), error);
    else if (m_writes == 0)
        pump();
}

void BatchRun::prepareUnits()
{
    // Mark units ahead (up to the concurrency), so that a request can start the moment its
    // lane or a slot frees, without waiting for a commit.
    while (int(m_ready.size()) + m_marking < m_concurrency) {
        QList<int> unit;
        QString lane;
        if (!takeUnit(&unit, &lane))
            break;
        mark(unit, lane);
    }
}

void BatchRun::mark(const QList<int> &indexes, const QString &lane)
{
    QList<qint64> ids;
    ids.reserve(indexes.size());
    for (const int s : indexes)
        ids.append(m_slots.at(s).item.id);
    ++m_marking;
    if (!lane.isEmpty())
        m_readyLanes.insert(lane); // one unit ahead per serialized lane
    // Committed before the request leaves: the journal is the truth of what was sent.
    m_writer->markSending(this, m_runId, ids,
                          [this, indexes, lane, ids](qint64 ref, const QString &error) {
                              --m_marking;
                              if (ref <= 0) {
                                  if (!lane.isEmpty())
                                      m_readyLanes.remove(lane);
                                  for (auto it = indexes.crbegin(); it != indexes.crend(); ++it)
                                      enqueue(*it, true);
                                  interrupt(ApiError(), error);
                                  return;
                              }
                              for (const int s : indexes) {
                                  setState(s, ItemState::Sending);
                                  ++m_slots[s].attempts;
                              }
                              Flight flight;
                              flight.ref = ref;
                              flight.indexes = indexes;
                              flight.lane = lane;
                              flight.event.runId = m_runId;
                              flight.event.requestRef = ref;
                              flight.event.itemIds = ids;
                              m_ready.append(flight);
                              // Starts it if a slot is free (or puts it back when stopping) and
                              // keeps one unit marked ahead.
                              pump();
                          });
}

void BatchRun::startReady()
{
    if (m_halting || m_cancelRequested || m_holdTimer.isActive() || m_reconciliation)
        return;
    for (int i = 0; i < m_ready.size() && int(m_inFlight.size()) < m_concurrency;) {
        const Flight &f = m_ready.at(i);
        if (!f.lane.isEmpty() && m_busyLanes.contains(f.lane)) {
            ++i;
            continue;
        }
        Flight flight = m_ready.takeAt(i);
        if (!flight.lane.isEmpty())
            m_readyLanes.remove(flight.lane);
        send(flight);
    }
}

void BatchRun::releaseReady()
{
    // Marked but never sent: back to QUEUED, through a recorded answer.
    while (!m_ready.isEmpty()) {
        Flight flight = m_ready.takeFirst();
        if (!flight.lane.isEmpty())
            m_readyLanes.remove(flight.lane);
        RequestAnswer answer;
        answer.requestRef = flight.ref;
        for (const int s : flight.indexes) {
            ItemOutcome o;
            o.itemId = m_slots.at(s).item.id;
            o.state = ItemState::Queued;
            answer.items.append(o);
        }
        m_answers.append(Answer{flight, answer, ApiError::cancelled(), false});
        m_answerTimer.start();
    }
}

void BatchRun::send(Flight flight)
{
    QList<RunItem> items;
    items.reserve(flight.indexes.size());
    for (const int s : std::as_const(flight.indexes))
        items.append(m_slots.at(s).item);
    UnitRequest *request = m_strategy->createRequest(m_session, items);
    request->setParent(this);
    const RequestSpec spec = request->describe();
    flight.sentAtMs = QDateTime::currentMSecsSinceEpoch();
    flight.event.method = spec.method;
    flight.event.path = spec.path;
    m_inFlight.insert(request, flight);
    m_maxInFlight = qMax(m_maxInFlight, int(m_inFlight.size()));
    ++m_requestsSent;
    m_itemsSent += int(flight.indexes.size());
    if (!flight.lane.isEmpty())
        m_busyLanes.insert(flight.lane);
    connect(
        request, &UnitRequest::finished, this, [this, request] { onRequestFinished(request); },
        Qt::QueuedConnection);
    emit requestStarted(flight.event);
    request->start();
}

void BatchRun::onRequestFinished(UnitRequest *request)
{
    const auto it = m_inFlight.find(request);
    if (it == m_inFlight.end())
        return;
    Flight flight = it.value();
    m_inFlight.erase(it);
    if (!flight.lane.isEmpty())
        m_busyLanes.remove(flight.lane);
    UnitOutcome outcome = request->outcome();
    request->deleteLater();

    RequestAnswer &answer = outcome.answer;
    answer.requestRef = flight.ref;
    // The strategy gives one outcome per item, in order; guard anyway.
    if (answer.items.size() != flight.indexes.size()) {
        answer.items.clear();
        for (const int s : flight.indexes) {
            ItemOutcome o;
            o.itemId = m_slots.at(s).item.id;
            o.state = ItemState::Unknown;
            answer.items.append(o);
        }
    }
    for (int k = 0; k < answer.items.size(); ++k) {
        ItemOutcome &o = answer.items[k];
        Slot &s = m_slots[flight.indexes.at(k)];
        o.itemId = s.item.id;
        s.attempts += qMax(0, answer.attempts - 1); // the client's retries (429, ...)
        if (o.state == ItemState::Sending)
            o.state = ItemState::Unknown;
        if (o.state == ItemState::Unknown) {
            // The gateway got it at the latest now (a request waiting for a rate-limit token
            // left after flight.sentAtMs): the grace period counts from here.
            s.unknownSinceMs = qMax(flight.sentAtMs, QDateTime::currentMSecsSinceEpoch());
            s.notAppliedReadMs = 0;
        }
        if (o.state == ItemState::Queued && !outcome.halt && !m_cancelRequested &&
            outcome.error.kind != ApiError::Kind::Cancelled && ++s.requeues > kMaxRequeues) {
            // Refused again and again without being applied: give up on it.
            o.state = ItemState::Failed;
            o.code = answer.errorCode;
            o.remark = answer.remark;
        }
    }
    if (outcome.error.isError())
        m_lastError = outcome.error;
    if (outcome.error.kind == ApiError::Kind::RateLimited)
        m_lastRetryAfterMs = outcome.error.retryAfterMs;
    if (outcome.halt)
        m_halting = true;
    if (outcome.holdMs > 0 && !m_cancelRequested) {
        const int left = m_holdTimer.isActive() ? m_holdTimer.remainingTime() : 0;
        if (outcome.holdMs > left)
            m_holdTimer.start(outcome.holdMs);
    }
    m_answers.append(Answer{flight, answer, outcome.error, true});
    m_answerTimer.start();
    // The next marked unit goes at once; the answer is recorded right after.
    startReady();
}

void BatchRun::flushAnswers()
{
    if (m_answers.isEmpty())
        return;
    const QList<Answer> answers = std::move(m_answers);
    m_answers.clear();
    QList<RequestAnswer> records;
    records.reserve(answers.size());
    for (const Answer &a : answers)
        records.append(a.answer);
    // Answers that came in together are recorded in one transaction, in order with every
    // other write of the run (a requeued item is marked again only after this).
    ++m_writes;
    m_writer->recordAnswers(this, records,
                            [this](bool ok, const QString &error) { writeDone(ok, error); });
    for (const Answer &a : answers) {
        for (int k = 0; k < a.answer.items.size(); ++k) {
            const int s = a.flight.indexes.at(k);
            m_slots[s].httpStatus = a.answer.httpStatus;
            m_slots[s].resultBody = a.answer.resultBody;
            applyOutcome(s, a.answer.items.at(k));
        }
        if (!a.sent)
            continue;
        ++m_totals.requests;
        RequestEvent e = a.flight.event;
        e.requestId = a.answer.requestId;
        e.httpStatus = a.answer.httpStatus;
        e.errorCode = a.answer.errorCode;
        e.remark = a.answer.remark;
        e.resultBody = a.answer.resultBody;
        e.errorKind = a.error.kind;
        emit requestFinished(e);
    }
    if (!m_changeTimer.isActive())
        m_changeTimer.start();
    pump();
}

void BatchRun::applyOutcome(int slot, const ItemOutcome &o)
{
    Slot &s = m_slots[slot];
    s.code = o.code;
    s.remark = o.remark;
    if (!o.approvalId.isEmpty())
        s.approvalId = o.approvalId;
    if (o.effectiveAt.isValid())
        s.effectiveAt = o.effectiveAt;
    setState(slot, o.state);
    if (o.state == ItemState::Queued)
        enqueue(slot);
}

void BatchRun::setState(int slot, ItemState state)
{
    Slot &s = m_slots[slot];
    if (s.state != state) {
        m_totals.add(s.state, -1);
        m_totals.add(state, 1);
        s.state = state;
    }
    noteChange(slot);
}

void BatchRun::noteChange(int slot)
{
    if (!m_changed.contains(slot)) {
        m_changed.insert(slot);
        ItemChange c;
        c.itemId = m_slots.at(slot).item.id;
        m_changes.append(c);
    }
    if (!m_changeTimer.isActive())
        m_changeTimer.start();
}

void BatchRun::flushChanges()
{
    m_changeTimer.stop();
    if (m_changes.isEmpty())
        return;
    QList<ItemChange> changes = std::move(m_changes);
    m_changes.clear();
    m_changed.clear();
    for (ItemChange &c : changes) {
        const Slot &s = m_slots.at(m_slotOf.value(c.itemId));
        c.state = s.state;
        c.code = s.code;
        c.remark = s.remark;
        c.approvalId = s.approvalId;
        c.effectiveAt = s.effectiveAt;
    }
    emit itemsChanged(changes);
    emit totalsChanged(totals());
}

bool BatchRun::hasUnknown() const
{
    return m_totals.unknown > 0;
}

void BatchRun::startReconcile()
{
    QList<ReconcileItem> items;
    for (const Slot &s : std::as_const(m_slots)) {
        if (s.state != ItemState::Unknown)
            continue;
        ReconcileItem r;
        r.item = s.item;
        r.state = s.state;
        r.code = s.code;
        r.remark = s.remark;
        r.approvalId = s.approvalId;
        r.effectiveAt = s.effectiveAt;
        r.attempts = s.attempts;
        r.httpStatus = s.httpStatus;
        r.resultBody = s.resultBody;
        items.append(r);
    }
    ReconcileContext context;
    context.runId = m_runId;
    context.kind = m_strategy->kind();
    context.parameters = m_parameters;
    context.createdAt = m_createdAt;
    context.createdBy = m_createdBy;
    context.earlierEffectiveAt = m_earlierEffectiveAt;
    m_reconciliation = m_strategy->createReconciliation(m_session, context, items);
    if (!m_reconciliation) {
        interrupt(ApiError::invalidInput(tr("This kind of run cannot be reconciled.")));
        return;
    }
    m_reconciliation->setParent(this);
    m_reconcileStartedMs = QDateTime::currentMSecsSinceEpoch();
    connect(m_reconciliation, &Reconciliation::finished, this, &BatchRun::onReconciled,
            Qt::QueuedConnection);
    setPhase(Phase::Reconciling);
    m_reconciliation->start();
}

void BatchRun::onReconciled()
{
    Reconciliation *rec = m_reconciliation;
    if (!rec)
        return;
    m_reconciliation = nullptr;
    rec->deleteLater();
    m_reconcileReads += rec->reads();
    QList<ItemOutcome> outcomes = rec->outcomes();
    // "Not applied" read too early, or not confirmed yet: read again at this time (epoch).
    qint64 readAgainAtMs = 0;
    QSet<qint64> waiting;
    const qint64 readAt = m_reconcileStartedMs;
    const qint64 confirmGapMs = m_graceMs / 4;
    for (ItemOutcome &o : outcomes) {
        const int slot = m_slotOf.value(o.itemId, -1);
        if (slot < 0 || m_slots.at(slot).state != ItemState::Unknown) {
            o.itemId = 0;
            continue;
        }
        Slot &s = m_slots[slot];
        if (o.state != ItemState::Queued) {
            s.notAppliedReadMs = 0; // applied (or decided otherwise): believed at once
        } else if (m_graceMs > 0) {
            // The gateway may still apply it: only reads after the grace period count, and
            // two of them, apart in time, must agree.
            qint64 ready = 0;
            if (readAt < s.unknownSinceMs + m_graceMs) {
                ready = s.unknownSinceMs + m_graceMs;
            } else if (s.notAppliedReadMs == 0) {
                s.notAppliedReadMs = readAt;
                ready = readAt + qMax<qint64>(confirmGapMs, 1);
            } else if (readAt - s.notAppliedReadMs < confirmGapMs) {
                ready = s.notAppliedReadMs + confirmGapMs;
            }
            if (ready > 0) {
                readAgainAtMs = readAgainAtMs == 0 ? ready : qMin(readAgainAtMs, ready);
                waiting.insert(o.itemId);
                o.itemId = 0;
                continue;
            }
            s.notAppliedReadMs = 0;
        }
        if (o.state == ItemState::Queued) {
            if (m_cancelRequested) {
                o.state = ItemState::Cancelled; // not applied, and nothing more is sent
            } else if (++s.reconcileRequeues > kMaxReconcileRequeues) {
                o.state = ItemState::Failed;
                o.code = s.code;
                o.remark = tr("Not applied after %n attempts.", nullptr, s.attempts);
            }
        }
    }
    outcomes.erase(std::remove_if(outcomes.begin(), outcomes.end(),
                                  [](const ItemOutcome &o) { return o.itemId == 0; }),
                   outcomes.end());
    if (!outcomes.isEmpty()) {
        ++m_writes;
        m_writer->updateItems(this, outcomes,
                              [this](bool ok, const QString &error) { writeDone(ok, error); });
    }
    for (const ItemOutcome &o : std::as_const(outcomes))
        applyOutcome(m_slotOf.value(o.itemId), o);
    flushChanges();
    setPhase(Phase::Sending);

    // Items it could not decide (a read failed, or nothing said what became of them): read
    // again later, a few times, then stop (resumable) rather than loop. Items waiting for
    // their grace period or a confirming read are not undecided: they are read again then.
    bool undecided = false;
    for (const ReconcileItem &i : rec->items()) {
        undecided =
            undecided || (m_slots.at(m_slotOf.value(i.item.id)).state == ItemState::Unknown &&
                          !waiting.contains(i.item.id));
    }
    if (!undecided && readAgainAtMs > 0) {
        m_reconcileFailures = 0;
        const qint64 wait = qMax<qint64>(0, readAgainAtMs - QDateTime::currentMSecsSinceEpoch());
        m_reconcileRetry.start(int(qMin<qint64>(wait, std::numeric_limits<int>::max())));
        pump();
        return;
    }
    if (undecided) {
        ApiError why = rec->error();
        if (!why.isError())
            why = ApiError::invalidInput(tr("The outcome of some items could not be found out."));
        m_lastError = why;
        if (why.kind == ApiError::Kind::Unauthorized || why.kind == ApiError::Kind::ClockSkew ||
            why.kind == ApiError::Kind::Tls || ++m_reconcileFailures >= kMaxReconcileFailures) {
            interrupt(why);
            return;
        }
        m_reconcileRetry.start(m_reconcileRetryMs * m_reconcileFailures);
        return;
    }
    m_reconcileFailures = 0;
    pump();
}

RunTotals BatchRun::totals() const
{
    RunTotals t = m_totals;
    const qint64 ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (ms > 0)
        t.itemsPerSecond = double(t.finalCount() - m_finalAtStart) * 1000.0 / double(ms);
    return t;
}

QList<BatchRun::ItemView> BatchRun::items() const
{
    QList<ItemView> out;
    out.reserve(m_slots.size());
    for (const Slot &s : m_slots)
        out.append(
            ItemView{s.item, s.state, s.code, s.remark, s.approvalId, s.effectiveAt, s.attempts});
    return out;
}

BatchRun::ItemView BatchRun::item(qint64 itemId) const
{
    const int slot = m_slotOf.value(itemId, -1);
    if (slot < 0)
        return {};
    const Slot &s = m_slots.at(slot);
    return ItemView{s.item, s.state, s.code, s.remark, s.approvalId, s.effectiveAt, s.attempts};
}

void BatchRun::sampleThrottle()
{
    RateLimiter *limiter = m_session ? m_session->rateLimiter(m_strategy->service()) : nullptr;
    ThrottleState t;
    t.service = m_strategy->service();
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        if (!it.key()->hasLeft())
            ++t.waitingRequests;
    }
    if (limiter) {
        t.paused = limiter->isPaused();
        t.throttledCount = limiter->stats().throttled - m_throttleBase;
    }
    t.lastRetryAfterMs = m_lastRetryAfterMs;
    if (t != m_throttle) {
        m_throttle = t;
        emit throttling(t);
    }
}

void BatchRun::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

void BatchRun::interrupt(const ApiError &error, const QString &journalError)
{
    if (m_phase == Phase::Finished)
        return;
    if (error.isError())
        m_lastError = error;
    if (!journalError.isEmpty())
        m_journalError = journalError;
    m_halting = true;
    m_outcome = Outcome::Interrupted;
    // Marked units are put back, in-flight requests finish and are recorded; then the run
    // stops (pump()).
    QMetaObject::invokeMethod(this, &BatchRun::pump, Qt::QueuedConnection);
}

bool BatchRun::failUnsent()
{
    if (m_failedUnsent || m_stopRequested || m_cancelRequested || !m_journalError.isEmpty() ||
        !m_lastError.isError() || m_totals.total == 0 || m_totals.queued != m_totals.total)
        return false;
    m_failedUnsent = true;
    const QString code = m_lastError.code;
    const QString remark = RunStrategy::remarkFor(m_lastError);
    m_queues.clear();
    ++m_writes;
    m_writer->failUnsent(this, m_runId, code, remark,
                         [this, code, remark](int count, const QString &error) {
                             if (count < 0) {
                                 m_failedUnsent = false; // still QUEUED: resumable
                             } else {
                                 for (int slot = 0; slot < m_slots.size(); ++slot) {
                                     m_slots[slot].code = code;
                                     m_slots[slot].remark = remark;
                                     setState(slot, ItemState::Failed);
                                 }
                                 flushChanges();
                             }
                             writeDone(count >= 0, error);
                         });
    return true;
}

bool BatchRun::settleOnStop()
{
    if (!m_stopRequested || m_stopSettled || !hasUnknown() || !m_journalError.isEmpty())
        return false;
    // Stopped by the user with answers still to be read (API actions are read after the
    // sends): one reconciliation, a read only, so that the run is recorded as it is.
    m_stopSettled = true;
    startReconcile();
    return true;
}

void BatchRun::finishRun()
{
    if (m_phase == Phase::Finished)
        return;
    if (m_failedUnsent)
        m_outcome = Outcome::Failed;
    else if (m_halting)
        m_outcome = Outcome::Interrupted;
    else if (m_cancelRequested)
        m_outcome = Outcome::Cancelled;
    else
        m_outcome = Outcome::Completed;
    m_holdTimer.stop();
    m_reconcileRetry.stop();
    m_throttleTimer.stop();
    sampleThrottle();
    flushChanges();
    emit totalsChanged(totals());
    setPhase(Phase::Finished);
    emit finished();
}

} // namespace dataarts
