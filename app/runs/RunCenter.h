#pragma once

#include "batch/BatchEngine.h"
#include "batch/BatchRun.h"
#include "batch/RunSpec.h"
#include "client/Session.h"
#include "journal/Journal.h"
#include "journal/JournalRecords.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUuid>

#include <memory>

namespace dataarts {

class ConnectionManager;
class Session;

// Where the GUI's runs live (spec/product.md "Journal", "Batch engine"): opens the journal
// (journal.sqlite in the app data folder, or a given path), prunes finished runs older than
// the retention setting (QSettings "journal/retentionDays", default 180) when it opens,
// and keeps one BatchEngine for the open session. When a session opens and the journal has
// unfinished runs of that profile, unfinishedRunsFound() offers them for resuming.
//
// The runs of a profile are those recorded with its id (profileIdOf()); start() fills the
// profile fields of a spec that has none. No widgets, no nested event loops.
class RunCenter : public QObject
{
    Q_OBJECT
public:
    // The journal at Journal::defaultPath(), or at journalPath (tests).
    explicit RunCenter(QObject *parent = nullptr);
    explicit RunCenter(const QString &journalPath, QObject *parent = nullptr);
    ~RunCenter() override;

    // Opens the journal and prunes it by the retention setting. False with errorString().
    bool open();
    bool isOpen() const;
    // Finished runs removed by the last open() (older than retentionDays()).
    int prunedRuns() const { return m_pruned; }
    // The open found the journal damaged, kept it aside and started a new one: what to tell
    // the user (where the damaged copy is); empty otherwise.
    QString journalNotice() const;

    // The open profile's session follows the manager's sessionChanged().
    void setConnectionManager(ConnectionManager *manager);
    // A session (or nullptr) and the profile it belongs to. Replaces the engine: runs of the
    // previous engine stop where they are and stay resumable in the journal.
    void setSession(Session *session, const QString &profileId = {},
                    const QString &profileName = {});

    static QString profileIdOf(const QUuid &id);

    Journal *journal() { return &m_journal; }
    // The engine of the open session; nullptr without one.
    BatchEngine *engine() const { return m_engine.get(); }
    QString profileId() const { return m_profileId; }
    QString profileName() const { return m_profileName; }

    // The open profile's runs with QUEUED, SENDING or UNKNOWN items (oldest first), except
    // those running in the engine now and those another process executes (RunLock). Empty
    // without a session.
    QList<RunSummary> unfinishedRuns();

    // The engine's calls, with the errors of "no session" and "journal not open". Each
    // returns the run id (0 with errorString()).
    qint64 start(RunSpec spec);
    qint64 resume(qint64 runId);
    qint64 retryFailed(qint64 runId);
    bool cancel(qint64 runId);
    bool refreshPending(qint64 runId);

    QString errorString() const { return m_error; }

signals:
    void engineChanged(dataarts::BatchEngine *engine);
    void runStarted(qint64 runId);
    void runFinished(qint64 runId, dataarts::BatchRun::Outcome outcome);
    void pendingRefreshed(qint64 runId, int changed, const dataarts::ApiError &error);
    // After a session opened: the profile's interrupted runs, to offer resuming them.
    void unfinishedRunsFound(const QList<dataarts::RunSummary> &runs);

private:
    bool ready();
    qint64 fail(const QString &message);

    Journal m_journal;
    int m_pruned = 0;
    QPointer<ConnectionManager> m_manager;
    QMetaObject::Connection m_managerConnection;
    std::unique_ptr<BatchEngine> m_engine;
    QString m_profileId;
    QString m_profileName;
    QString m_error;
};

} // namespace dataarts

Q_DECLARE_METATYPE(dataarts::RunSummary)
