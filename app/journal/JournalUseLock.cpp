#include "JournalUseLock.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace dataarts {

JournalUseLock::JournalUseLock(const QString &journalPath)
    : m_path(lockPath(journalPath))
{}

JournalUseLock::~JournalUseLock()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
#endif
}

QString JournalUseLock::lockPath(const QString &journalPath)
{
    return journalPath + QStringLiteral(".in-use.lock");
}

bool JournalUseLock::share()
{
#ifdef Q_OS_UNIX
    if (m_fd < 0) {
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0)
            return false;
    }
    return ::flock(m_fd, LOCK_SH) == 0;
#else
    return true;
#endif
}

bool JournalUseLock::tryExclusive()
{
#ifdef Q_OS_UNIX
    if (m_fd < 0 && !share())
        return false; // the lock cannot be taken: others are not known to be absent
    if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0)
        return true;
    // A refused conversion may have dropped the shared lock: take it again.
    ::flock(m_fd, LOCK_SH);
    return false;
#else
    return true;
#endif
}

} // namespace dataarts
