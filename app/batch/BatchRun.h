#pragma once

#include "RunEvents.h"
#include "RunItem.h"

#include "client/ApiError.h"
#include "journal/JournalRecords.h"
#include "runmodel/RunKind.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace dataarts {

class JournalWriter;
class Reconciliation;
class RunStrategy;
class Session;
class UnitRequest;

// One running run: the kind-agnostic scheduler. It groups QUEUED items into requests (the
// strategy's chunk size), keeps at most `concurrency` requests in flight and one per lane
// (API actions: per cluster), commits markSending before a request is started, records
// every answer, sends again what provably was not applied, reconciles UNKNOWN items by
// reading (never by sending again), and ends when every item is in a final state.
//
// Cancel: nothing more is sent; requests still waiting for a rate-limit token are given up
// (their items were not sent), requests in flight finish and are recorded, every QUEUED
// item becomes CANCELLED, UNKNOWN items are still reconciled (not applied: CANCELLED).
// A failure that concerns every request (401, clock skew, TLS, the journal) stops the run
// as Interrupted: what is not final stays in the journal, to be resumed. When it came
// before anything was sent (every item still QUEUED), the items become FAILED with the
// error and the run ends as Failed instead: there is nothing to resume.
//
// Unknown outcomes: an item whose request may have been applied (timeout, reset, 5xx after
// sending) is reconciled by reading, and a read that says "applied" decides at once; "not
// applied" is believed only from a read made ConnectionSettings::unknownGraceMs after the
// request was sent, confirmed by a second such read a quarter of that later. Until then the
// item stays UNKNOWN and is read again; it is sent again only after that.
//
// Key check: a run that may have several requests in flight first sends one cheap signed
// read (the first approver); only when it succeeds does anything else leave, so a wrong key
// costs one bad signature, not `concurrency` of them (five lock the key). A 401 or any
// other failure of it interrupts the run with the server's message.
// Authorizations first: a run whose strategy asks for it (UNPUBLISH) reads the apps
// authorized on its QUEUED pairs and commits them to the journal before it sends any of
// them (AuthorizationSnapshot): what the undo gives back. A failed read interrupts the run
// as the key check does.
// Created by BatchEngine; no nested event loops.
class BatchRun : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Idle, Sending, Reconciling, Finished };
    Q_ENUM(Phase)
    // Failed: it stopped before anything was sent (the key check or the first request was
    // refused as every request would be: 401, TLS, no connection); every item is FAILED
    // with the error, and the run is finished, not to be resumed.
    enum class Outcome { Running, Completed, Cancelled, Interrupted, Failed };
    Q_ENUM(Outcome)

    // An item with its current state, for views.
    struct ItemView {
        RunItem item;
        ItemState state = ItemState::Queued;
        QString code;
        QString remark;
        QString approvalId;
        QDateTime effectiveAt;
        int attempts = 0;
    };

    // Sends again at most this many times an item whose request failed without being
    // applied (429 after the client's retries, no connection), then FAILED.
    static constexpr int kMaxRequeues = 5;
    // Sends again at most this many times an item reconciliation proved not applied.
    static constexpr int kMaxReconcileRequeues = 5;
    // Gives up (Interrupted) after this many reconciliations in a row that could not read.
    static constexpr int kMaxReconcileFailures = 5;
    // The first wait before reading again; the n-th wait is n times as long.
    static constexpr int kReconcileRetryMs = 2000;

    // `record` is the run as the journal has it (loadRun), after markInterrupted when
    // resuming: QUEUED items are sent, UNKNOWN ones reconciled first.
    BatchRun(Session *session, JournalWriter *writer, std::unique_ptr<RunStrategy> strategy,
             const RunRecord &record, int chunkSize, int concurrency, QObject *parent = nullptr);
    ~BatchRun() override;

    void start();
    void cancel();
    // Stops the run, resumable (the CLI on SIGINT or SIGTERM): nothing more is sent,
    // requests still waiting for a rate-limit token are given up (their items stay QUEUED),
    // requests in flight finish and are recorded, UNKNOWN items are read once (never sent
    // again: what is still unknown stays so); then the run ends as Interrupted with
    // wasStopped() set and is continued later by a resume.
    void stop();
    bool wasStopped() const { return m_stopRequested; }
    // For tests: the first wait before a reconciliation that could not decide is repeated.
    void setReconcileRetryMs(int ms) { m_reconcileRetryMs = ms; }
    // What an earlier run recorded as an item's effective time (ReconcileContext).
    void setEarlierEffectiveAt(std::function<QDateTime(const RunItem &)> lookup)
    {
        m_earlierEffectiveAt = std::move(lookup);
    }

    qint64 id() const { return m_runId; }
    RunKind kind() const;
    Phase phase() const { return m_phase; }
    Outcome outcome() const { return m_outcome; }
    bool isFinished() const { return m_phase == Phase::Finished; }
    bool isCancelling() const { return m_cancelRequested; }
    int chunkSize() const { return m_chunkSize; }
    int concurrency() const { return m_concurrency; }
    // Why it was interrupted (or the last error of a request): translated text in message().
    const ApiError &lastError() const { return m_lastError; }
    // A journal failure that interrupted the run, translated; empty otherwise.
    QString journalError() const { return m_journalError; }

    RunTotals totals() const;
    QList<ItemView> items() const;
    ItemView item(qint64 itemId) const;
    // Requests in flight now, and the most there ever were (tests, diagnostics).
    int inFlight() const { return int(m_inFlight.size()); }
    int maxInFlight() const { return m_maxInFlight; }
    // Requests this run started (they may have left), and the items they carried.
    int requestsSent() const { return m_requestsSent; }
    int itemsSent() const { return m_itemsSent; }
    // Reads made by reconciliations.
    int reconcileReads() const { return m_reconcileReads; }
    // Whether the key check was (or is to be) made for this run.
    bool checksKeys() const { return m_keyCheck != KeyCheck::NotNeeded; }

signals:
    void started();
    void phaseChanged(dataarts::BatchRun::Phase phase);
    void requestStarted(const dataarts::RequestEvent &event);
    void requestFinished(const dataarts::RequestEvent &event);
    // Batched: at most every kChangeBatchMs, and before finished().
    void itemsChanged(const QList<dataarts::ItemChange> &changes);
    void totalsChanged(const dataarts::RunTotals &totals);
    void throttling(const dataarts::ThrottleState &state);
    void finished();

private:
    enum class KeyCheck { NotNeeded, Pending, Running, Passed };
    enum class Snapshot { NotNeeded, Pending, Running, Done };
    struct Slot {
        RunItem item;
        QString lane;
        ItemState state = ItemState::Queued;
        QString code;
        QString remark;
        QString approvalId;
        QDateTime effectiveAt;
        int attempts = 0;
        int httpStatus = 0;
        QByteArray resultBody;
        int requeues = 0;
        int reconcileRequeues = 0;
        qint64 unknownSinceMs = 0;   // when its request's outcome became unknown (epoch ms)
        qint64 notAppliedReadMs = 0; // the first counted "not applied" read (epoch), or 0
    };
    struct Flight {
        qint64 ref = 0;
        qint64 sentAtMs = 0; // epoch ms
        QList<int> indexes;
        QString lane;
        RequestEvent event;
    };
    struct Answer {
        Flight flight;
        RequestAnswer answer;
        ApiError error;
        bool sent = true; // false: marked, then put back without being sent
    };

    void pump();
    void startKeyCheck();
    void startSnapshot();
    bool takeUnit(QList<int> *indexes, QString *lane);
    void prepareUnits();
    void mark(const QList<int> &indexes, const QString &lane);
    void writeDone(bool ok, const QString &error);
    void startReady();
    void releaseReady();
    void send(Flight flight);
    void onRequestFinished(UnitRequest *request);
    void flushAnswers();
    void startReconcile();
    void onReconciled();
    void cancelQueuedItems();
    void enqueue(int slot, bool front = false);
    void setState(int slot, ItemState state);
    void applyOutcome(int slot, const ItemOutcome &outcome);
    void noteChange(int slot);
    void flushChanges();
    void sampleThrottle();
    void setPhase(Phase phase);
    void interrupt(const ApiError &error, const QString &journalError = {});
    void finishRun();
    // Interrupted before anything was sent: records every item FAILED (once); false when
    // that does not apply.
    bool failUnsent();
    // Stopped (stop()) with UNKNOWN items: reads them once before the run ends (once);
    // false when that does not apply.
    bool settleOnStop();
    bool hasUnknown() const;

    Session *m_session;
    JournalWriter *m_writer;
    int m_marking = 0; // markSending asked for, not answered yet
    int m_writes = 0;  // other journal writes asked for, not answered yet
    std::unique_ptr<RunStrategy> m_strategy;
    qint64 m_runId = 0;
    QDateTime m_createdAt;
    QString m_createdBy;
    std::function<QDateTime(const RunItem &)> m_earlierEffectiveAt;
    QJsonObject m_parameters;
    int m_chunkSize = 1;
    int m_concurrency = 1;

    QList<Slot> m_slots;
    QHash<qint64, int> m_slotOf;
    QHash<QString, std::deque<int>> m_queues; // lane -> queued indexes
    QStringList m_lanes;                      // in first-seen order
    int m_laneCursor = 0;
    QSet<QString> m_busyLanes;
    QList<Flight> m_ready; // marked SENDING, not started yet
    QSet<QString> m_readyLanes;
    QHash<UnitRequest *, Flight> m_inFlight;
    int m_maxInFlight = 0;
    int m_requestsSent = 0;
    int m_itemsSent = 0;
    QList<Answer> m_answers; // answered, not yet recorded
    QTimer m_answerTimer;
    QTimer m_holdTimer;
    QPointer<Reconciliation> m_reconciliation;
    QTimer m_reconcileRetry;
    int m_reconcileFailures = 0;
    int m_reconcileRetryMs = kReconcileRetryMs;
    int m_reconcileReads = 0;
    qint64 m_reconcileStartedMs = 0; // epoch ms of the reconciliation in progress
    int m_graceMs = 0;

    RunTotals m_totals;
    QList<ItemChange> m_changes;
    QSet<int> m_changed;
    QTimer m_changeTimer;
    QTimer m_throttleTimer;
    ThrottleState m_throttle;
    qint64 m_throttleBase = 0;
    int m_lastRetryAfterMs = -1;
    QElapsedTimer m_clock;
    int m_finalAtStart = 0;

    KeyCheck m_keyCheck = KeyCheck::NotNeeded;
    Snapshot m_snapshot = Snapshot::NotNeeded;
    Phase m_phase = Phase::Idle;
    Outcome m_outcome = Outcome::Running;
    bool m_cancelRequested = false;
    bool m_stopRequested = false;
    bool m_failedUnsent = false;
    bool m_stopSettled = false;
    bool m_halting = false;
    ApiError m_lastError;
    QString m_journalError;
};

} // namespace dataarts
