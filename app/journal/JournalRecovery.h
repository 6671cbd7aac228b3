#pragma once

#include <QCoreApplication>
#include <QString>

namespace dataarts {

class JournalConnection;

// A damaged journal found on open: PRAGMA quick_check says whether the file is sound, and
// a damaged one is moved aside, kept as it was (with its -wal and -shm files), beside it
// as "journal.sqlite.damaged-YYYYMMDD-HHMMSS", so that a new journal can be started.
class JournalRecovery
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
public:
    enum class Check { Sound, Damaged, Failed };

    // Runs PRAGMA quick_check on the open connection. Damaged with the first problem in
    // *problem (also for SQLITE_CORRUPT while checking); Failed with the connection's
    // error set when it could not check (locked, ...).
    static Check check(JournalConnection &connection, QString *problem);

    // Moves the closed journal at path aside; its new path, or empty with *error set.
    static QString moveAside(const QString &path, QString *error);

    // What the user is told: the journal at path was damaged (problem), kept at damagedPath;
    // started: whether a new journal was started at once (else by the next run).
    static QString notice(const QString &path, const QString &problem, const QString &damagedPath,
                          bool started);
    // Damaged, but left in place: other processes have it open.
    static QString inUseNotice(const QString &path, const QString &problem);
};

} // namespace dataarts
