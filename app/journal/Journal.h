#pragma once

#include "JournalError.h"
#include "JournalRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace dataarts {

class JournalConnection;
class JournalUseLock;

// The crash-safe record of every run and item (spec/product.md "Journal"): SQLite through
// QtSql, WAL mode, synchronous=FULL, so that what a call has committed survives a crash or
// a power cut. Every write is one transaction; a call that fails changes nothing and
// leaves error() and errorString() (translated) set. Use an instance from one thread.
//
// Item life cycle, enforced here:
//   QUEUED -> SENDING (markSending, committed before the request leaves) or CANCELLED, or
//             FAILED (failUnsent: the run could not send anything)
//   SENDING -> any state but SENDING (recordAnswer; QUEUED when the request was refused
//              unapplied, e.g. 429; UNKNOWN when the outcome is unknown) or UNKNOWN
//              (markInterrupted, after a crash)
//   UNKNOWN -> SUCCESS, FAILED, PENDING_APPROVAL, SCHEDULED, QUEUED, CANCELLED (updateItems)
//   PENDING_APPROVAL, SCHEDULED -> SUCCESS, FAILED, CANCELLED (updateItems)
//   SUCCESS, FAILED, CANCELLED: final.
// Every change of an item's state is recorded with its time and source in the same
// transaction (item_events, ItemEvents.h); loadRun() gives them with the items.
// A run is finished once none of its items is QUEUED, SENDING or UNKNOWN.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
public:
    static constexpr int kDefaultBusyTimeoutMs = 5000;

    // journal.sqlite in QStandardPaths::AppDataLocation.
    static QString defaultPath();
    // The retention setting (appSettings::retentionDays: default 180, at least 1).
    static int retentionDays();
    static void setRetentionDays(int days);

    explicit Journal(const QString &path = defaultPath());
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    // Before open(): how long a write waits for another process's write to finish.
    void setBusyTimeout(int ms) { m_busyTimeoutMs = ms; }
    // Before open(): whether it runs the integrity check (and moves a damaged file aside).
    // Off for a second connection to a file another one has opened (checked) already:
    // only the first may move it.
    void setIntegrityCheck(bool on) { m_integrityCheck = on; }
    // For tests: where "now" comes from (default: the system clock, UTC).
    void setClock(std::function<QDateTime()> clock);

    // Opens or creates the file (and its folder) and brings its schema up to date. A file
    // that PRAGMA quick_check finds damaged is moved aside, kept as it was
    // (damagedPath()), and a new journal is started in its place (damageNotice() says so),
    // unless another process has it open (JournalUseLock): then false with Corrupt.
    bool open();
    // For reading only (history, exports): QSQLITE_OPEN_READONLY, so that it never writes,
    // creates or migrates anything and reads while another process writes a run. The
    // writes then fail (ReadOnly). False with the error set, also when the file does not
    // exist (CannotOpen) or is not at the current schema version.
    // A damaged file is moved aside as by open(), but no new one is started: false with
    // Corrupt and damageNotice() as the error.
    bool openReadOnly();
    // Where the last open moved a damaged journal, and what to tell the user; empty when
    // it found none.
    QString damagedPath() const { return m_damagedPath; }
    QString damageNotice() const { return m_damageNotice; }
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    // The QSqlDatabase connection name, unique to this instance (tests, diagnostics).
    QString connectionName() const;
    static int schemaVersion();

    JournalError error() const;
    QString errorString() const;

    // ---- the batch engine's writes ----

    // Records a run and its items (QUEUED), in one transaction. Refuses a run without items
    // and parameters with a field named like a secret.
    CreatedRun createRun(const NewRun &run);
    // Marks QUEUED items of the run SENDING, carried by a new request, and commits; send
    // the request only after this returns a request reference (> 0). 0 on error, with
    // nothing changed (an item that is not QUEUED, a cancelled run, ...).
    qint64 markSending(qint64 runId, const QList<qint64> &itemIds);
    // Records a request's answer and the new state of each item it carried (all of them,
    // each once), in one transaction.
    bool recordAnswer(const RequestAnswer &answer);
    // Several answers in one transaction (all or none).
    bool recordAnswers(const QList<RequestAnswer> &answers);
    // Later changes: reconciliation of UNKNOWN items, approvals of PENDING_APPROVAL items,
    // scheduled items taking effect. All or none.
    bool updateItems(const QList<ItemOutcome> &updates);
    // Records the apps authorized on each item's pair, read before the item is sent (an
    // UNPUBLISH removes them; its undo gives them back); replaces an earlier snapshot.
    bool recordAuthorizations(qint64 runId,
                              const QHash<qint64, QList<AppAuthorization>> &byItem);
    // Cancel: the run's QUEUED items become CANCELLED (in-flight ones are still answered)
    // and nothing more of it is sent. Returns how many, or -1 on error.
    int cancelQueued(qint64 runId);
    // A run that never sent anything (its key check or first request refused every request
    // alike: 401, TLS, no connection): its QUEUED items become FAILED with code and remark,
    // and the run finishes, so that it is not offered for resume. Refused (Invalid) when an
    // item is anything but QUEUED. Returns how many, or -1 on error.
    int failUnsent(qint64 runId, const QString &code, const QString &remark);
    // Names found after the items were recorded (a CLI run: TargetNames) for the items of
    // the run with the same key that have none yet. Returns how many, or -1 on error.
    int nameItems(qint64 runId, const QList<NewItem> &named);
    // After a crash: the run's SENDING items become UNKNOWN, to be reconciled. Returns how
    // many, or -1 on error.
    int markInterrupted(qint64 runId);
    // "Retry failed": a new run of the same kind, profile and parameters with the FAILED
    // items of runId (in their order), linked to it through retryOf.
    CreatedRun retryFailed(qint64 runId, const QString &createdBy);
    // Deletes finished runs created more than `days` days before now, with their requests
    // and items; unfinished runs stay. Returns how many runs, or -1 on error.
    int prune(int days);

    // ---- reads ----

    // Runs with an item QUEUED, SENDING or UNKNOWN (oldest first): at start-up or for
    // `resume`, the ones to reconcile and continue.
    QList<RunSummary> unfinishedRuns();
    std::optional<RunSummary> runSummary(qint64 runId);
    // The run with all its requests and items; nullopt with NotFound or another error.
    std::optional<RunRecord> loadRun(qint64 runId);
    // The effective time recorded for the latest item with this key (key_id, key_part) in a
    // run of `kind` other than `exceptRunId` whose parameter `parameterKey` equals
    // `parameterValue` (API actions: the same action); invalid when there is none.
    QDateTime latestEffectiveAt(RunKind kind, const QString &parameterKey,
                                const QString &parameterValue, const QString &keyId,
                                const QString &keyPart, qint64 exceptRunId);
    // The History view: runs matching the query (newest first), and items matching it.
    RunPage searchRuns(const JournalQuery &query);
    ItemPage searchItems(const JournalQuery &query);
    // PRAGMA integrity_check: true when the file is sound (Corrupt error otherwise).
    bool checkIntegrity();

private:
    struct Where;
    bool openChecked(bool readOnly);
    bool prepareSchema(bool readOnly);
    qint64 nowMs() const;
    bool ensureOpen();
    bool fail(JournalError error, const QString &message);
    bool requireRun(qint64 runId, bool *cancelled = nullptr);
    bool insertRun(const NewRun &run, qint64 retryOf, CreatedRun *created);
    // False with the error set, or with *suspects set to the items one of which is not
    // waiting for this answer.
    bool applyAnswer(const RequestAnswer &answer, QList<qint64> *runIds, QList<qint64> *suspects);
    // Why the items could not be marked or answered (set as the error); run after the
    // rollback, so that they are seen as they were.
    void explainNotSendable(qint64 runId, const QList<qint64> &itemIds);
    void explainNotAnswerable(qint64 requestRef, const QList<qint64> &itemIds);
    bool finishIfDone(qint64 runId);
    bool readSummary(qint64 runId, RunSummary *summary);
    bool readCounts(RunSummary *summary);
    // Fills undoneBy of each run (one read for all of them).
    bool readUndoneBy(const QList<RunSummary *> &summaries);
    Where runConditions(const JournalQuery &query) const;
    bool readPage(const QString &columns, const QString &from, const Where &where,
                  const QString &order, const JournalQuery &query, int *total,
                  const std::function<void(const QSqlQuery &)> &row);

    QString m_path;
    int m_busyTimeoutMs = kDefaultBusyTimeoutMs;
    std::function<QDateTime()> m_clock;
    std::unique_ptr<JournalUseLock> m_useLock; // while open; released after m_db closes
    std::unique_ptr<JournalConnection> m_db;
    bool m_integrityCheck = true;
    int m_schemaFound = 0; // the schema version of the open file (older: read-only)
    QString m_damagedPath;
    QString m_damageNotice;
};

} // namespace dataarts
