#pragma once

#include "RunItem.h"

#include "client/ApiError.h"
#include "journal/JournalRecords.h"
#include "runmodel/RunKind.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

namespace dataarts {

class Session;

// What a reconciliation knows of its run.
struct ReconcileContext {
    qint64 runId = 0;
    RunKind kind = RunKind::BatchOffline;
    QJsonObject parameters;
    QDateTime createdAt; // the run's creation (local clock, UTC)
    QString createdBy;   // the user's name; empty: unknown
    // The effective time an earlier run in the journal scheduled for this item's key with
    // the same action (API actions: "already waiting, takes effect at T"); null or invalid:
    // not known.
    std::function<QDateTime(const RunItem &)> earlierEffectiveAt;
};

// Finds out by reading (never by sending again) what became of items:
// - UNKNOWN items (the outcome of their request is unknown, or it was accepted and its
//   effect is still to be read): a final state if the change was applied, QUEUED if it
//   provably was not (the scheduler sends it again), or no decision (the read failed);
// - PENDING_APPROVAL and SCHEDULED items (refreshPending): SUCCESS or FAILED once decided.
// Asynchronous: start(), then finished() once, from the event loop.
class Reconciliation : public QObject
{
    Q_OBJECT
public:
    Reconciliation(Session *session, ReconcileContext context, QList<ReconcileItem> items,
                   QObject *parent = nullptr);

    void start();
    void cancel();

    const ReconcileContext &context() const { return m_context; }
    const QList<ReconcileItem> &items() const { return m_items; }
    // The decisions (at most one per item); items without one stay as they are.
    const QList<ItemOutcome> &outcomes() const { return m_outcomes; }
    // Why some items could not be decided (a read failed), or no error.
    const ApiError &error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    // How many reads it made.
    int reads() const { return m_reads; }

signals:
    void finished();

protected:
    virtual void run() = 0;
    // Stops the reads in progress (called by cancel()).
    virtual void stop() {}

    Session *session() const { return m_session; }
    void decide(const ItemOutcome &outcome);
    void decide(qint64 itemId, ItemState state, const QString &code = {},
                const QString &remark = {});
    bool decided(qint64 itemId) const { return m_decided.contains(itemId); }
    void addReads(int count = 1) { m_reads += count; }
    // When something the reads showed had taken effect did so, at the latest: the server's
    // time of the last answer (its Date), else the session's clock. With the time it was
    // due (a scheduled change), the earlier of the two: past that time it took effect then.
    QDateTime effectTime(const QDateTime &due = QDateTime()) const;
    void finish(const ApiError &error = {});

private:
    Session *m_session;
    ReconcileContext m_context;
    QList<ReconcileItem> m_items;
    QList<ItemOutcome> m_outcomes;
    QHash<qint64, bool> m_decided;
    ApiError m_error;
    int m_reads = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace dataarts
