#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace dataarts {

// Who executes a run (spec/product.md "One owner per run"): a lock file per run next to the
// journal ("journal.sqlite.run-12.lock"), held with an exclusive flock() for as long as one
// process executes the run. The system drops the lock when that process ends in any way,
// SIGKILL and power cuts included, so a run whose holder died is simply taken over, while a
// run a live process executes (the app or a CLI, on this machine and this journal) is
// refused. The file names its holder (process id, host, program, since when) for the
// message. Locks on network file systems are not trusted to work across machines.
class RunLock
{
    Q_DECLARE_TR_FUNCTIONS(RunLock)
public:
    enum class Result { Acquired, HeldElsewhere, Failed };

    RunLock(const QString &journalPath, qint64 runId);
    ~RunLock(); // releases
    RunLock(const RunLock &) = delete;
    RunLock &operator=(const RunLock &) = delete;

    Result acquire();
    bool isHeld() const;
    void release();
    qint64 runId() const { return m_runId; }
    // After HeldElsewhere: who holds it ("process 123 (dataarts-desk-cli) on host x since
    // ..."), possibly empty when the holder has not written it yet; after Failed: why.
    QString holder() const { return m_holder; }
    QString errorString() const { return m_error; }

    static QString lockPath(const QString &journalPath, qint64 runId);
    // Whether another process (or another RunLock of this process) executes the run now;
    // *holder as holder() above.
    static bool heldElsewhere(const QString &journalPath, qint64 runId, QString *holder = nullptr);
    // The translated refusal: "Run 12 is being executed by another process (...)."
    static QString refusal(qint64 runId, const QString &holder);

private:
    QString m_path;
    qint64 m_runId = 0;
    int m_fd = -1;
    bool m_probe = false;                  // heldElsewhere(): writes no holder record
    std::unique_ptr<QLockFile> m_lockFile; // where flock() does not exist
    QString m_holder;
    QString m_error;
};

} // namespace dataarts
