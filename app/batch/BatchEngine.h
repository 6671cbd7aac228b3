#pragma once

#include "BatchRun.h"
#include "RunEvents.h"
#include "RunSpec.h"

#include "client/ApiError.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <map>
#include <memory>

namespace dataarts {

class Journal;
class JournalWriter;
class Reconciliation;
class RunLock;
class Session;

// The batch engine of one session (spec/product.md "Batch engine"): starts runs from specs,
// resumes runs from the journal, retries failed items as a follow-up run, cancels, follows
// items that wait for an approval or a time, and shows the exact requests a spec would send.
// Several runs may run at once; they share the session's rate limiters. The journal is
// used from this thread only and must outlive the engine; the runs write through a second
// connection to the same file on a thread of their own (JournalWriter). No nested event
// loops.
class BatchEngine : public QObject
{
    Q_OBJECT
public:
    // Why the last start(), resume() or retryFailed() was refused, beside errorString().
    enum class Refusal {
        None,
        Other,
        HeldElsewhere,   // another process executes the run (its RunLock)
        OtherConnection, // the run was made on another endpoint, project, workspace or edition
    };

    BatchEngine(Session *session, Journal *journal, QObject *parent = nullptr);
    ~BatchEngine() override;

    Session *session() const { return m_session; }

    // The profile recorded with runs whose spec names none (the GUI's open profile), so
    // every caller of start() (wizards, panes) files its runs under the profile.
    void setDefaultProfile(const QString &profileId, const QString &profileName)
    {
        m_defaultProfileId = profileId;
        m_defaultProfileName = profileName;
    }
    Journal *journal() const { return m_journal; }

    // Records the run (its items QUEUED) and starts it. Returns the run id, or 0 with
    // errorString() set (invalid spec, unusable connection settings, journal failure).
    qint64 start(const RunSpec &spec);
    // Continues an unfinished run of the journal (Journal::unfinishedRuns()): items left
    // SENDING by a crash become UNKNOWN and are reconciled by reading, QUEUED ones are sent.
    // Refused while another process executes the run (RunLock; Refusal::HeldElsewhere) and
    // on a session whose endpoint, project, workspace or DataService edition is not the
    // one recorded with the run (Refusal::OtherConnection). Returns the run id, or 0 with
    // errorString() set.
    qint64 resume(qint64 runId);
    // A new run of the FAILED items of runId (same kind and parameters), started at once.
    // Refused as resume() is. Returns the new run id, or 0 with errorString() set (e.g. no
    // failed item).
    qint64 retryFailed(qint64 runId);
    // Cancels a running run (see BatchRun). False when it is not running here.
    bool cancel(qint64 runId);
    // Stops a running run, resumable (BatchRun::stop). False when it is not running here.
    bool stop(qint64 runId);

    // Follows up the items of a run that wait (PENDING_APPROVAL, SCHEDULED): reads the
    // approvals list / publish state / message details and records those that were
    // decided (SUCCESS, or FAILED with the reviewer's message). For the GUI's poll.
    // Asynchronous: pendingRefreshed() follows. False (with errorString()) when nothing
    // could be started (refused as resume() is on another connection); true also when
    // there was nothing to follow.
    bool refreshPending(qint64 runId);

    // The requests `spec` would send, in order, with the exact bodies, without sending
    // anything. Empty with errorString() set when the spec is not valid.
    QList<RequestPreview> preview(const RunSpec &spec);

    BatchRun *run(qint64 runId) const;
    QList<BatchRun *> runs() const;
    QString errorString() const { return m_error; }
    Refusal refusal() const { return m_refusal; }

signals:
    void runStarted(qint64 runId, dataarts::BatchRun *run);
    // The run finished (see BatchRun::outcome()); it is deleted later.
    void runFinished(qint64 runId, dataarts::BatchRun::Outcome outcome);
    // refreshPending() is done: how many items changed, and the read error if any.
    void pendingRefreshed(qint64 runId, int changed, const dataarts::ApiError &error);

private:
    BatchRun *launch(qint64 runId, int chunkSize, int concurrency);
    // Takes the run's lock for this process (kept until the run ends); false with the
    // refusal set when another process holds it or it cannot be taken.
    bool claim(qint64 runId);
    // False with Refusal::OtherConnection when the session is not the run's connection.
    bool checkConnection(qint64 runId, const QJsonObject &parameters);
    bool ensureWriter();
    bool checkSession();
    bool fail(const QString &message, Refusal refusal = Refusal::Other);
    void onPendingRead(qint64 runId, Reconciliation *rec);

    QPointer<Session> m_session;
    Journal *m_journal;
    JournalWriter *m_writer = nullptr; // the runs' writes, off this thread
    QHash<qint64, BatchRun *> m_runs;
    std::map<qint64, std::unique_ptr<RunLock>> m_locks; // the runs this engine executes
    QHash<qint64, Reconciliation *> m_refreshing;
    QString m_error;
    Refusal m_refusal = Refusal::None;
    QString m_defaultProfileId;
    QString m_defaultProfileName;
};

} // namespace dataarts
