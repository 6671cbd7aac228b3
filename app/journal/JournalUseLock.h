#pragma once

#include <QString>

namespace dataarts {

// Who has a journal open: every open Journal holds a shared flock() on
// "journal.sqlite.in-use.lock" beside it, for as long as it is open; moving a damaged
// journal aside needs the lock exclusively, so that it never happens under a process that
// still reads or writes the file (it would go on in the copy kept aside). The system drops
// the lock when a process ends in any way. Without flock() (not Unix) it never refuses.
class JournalUseLock
{
public:
    explicit JournalUseLock(const QString &journalPath);
    ~JournalUseLock(); // releases
    JournalUseLock(const JournalUseLock &) = delete;
    JournalUseLock &operator=(const JournalUseLock &) = delete;

    // Takes (or goes back to) the shared lock; false when the lock file cannot be opened
    // (a read-only folder), which is then not a reason to refuse anything but moving.
    bool share();
    // True when no one else has the journal open: the lock is then held exclusively
    // until share() or the end. False, keeping the shared lock, when others have it.
    bool tryExclusive();

    static QString lockPath(const QString &journalPath);

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace dataarts
