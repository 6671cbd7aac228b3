#include "RunLock.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace dataarts {

namespace {

// What the holder writes into its lock file: one value a line.
QByteArray holderRecord()
{
    const QStringList lines = {
        QString::number(QCoreApplication::applicationPid()),
        QSysInfo::machineHostName(),
        QFileInfo(QCoreApplication::applicationFilePath()).fileName(),
        QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
    };
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

QString describeHolder(const QByteArray &record)
{
    const QStringList lines = QString::fromUtf8(record).split(QLatin1Char('\n'));
    if (lines.size() < 4 || lines.at(0).isEmpty())
        return QString();
    const QDateTime since = QDateTime::fromString(lines.at(3), Qt::ISODate);
    //: Who executes a run: "process 4242 (dataarts-desk-cli) on host1 since 2026-12-05 10:00".
    return RunLock::tr("process %1 (%2) on %3 since %4")
        .arg(lines.at(0), lines.at(2), lines.at(1),
             since.isValid() ? QLocale().toString(since.toLocalTime(), QLocale::ShortFormat)
                             : lines.at(3));
}

} // namespace

RunLock::RunLock(const QString &journalPath, qint64 runId)
    : m_path(lockPath(journalPath, runId))
    , m_runId(runId)
{}

RunLock::~RunLock()
{
    release();
}

QString RunLock::lockPath(const QString &journalPath, qint64 runId)
{
    return journalPath + QStringLiteral(".run-%1.lock").arg(runId);
}

QString RunLock::refusal(qint64 runId, const QString &holder)
{
    if (holder.isEmpty())
        return tr("Run %1 is being executed by another process.").arg(runId);
    //: %2 is who holds it: "process 4242 (dataarts-desk-cli) on host1 since ...".
    return tr("Run %1 is being executed by another process (%2).").arg(runId).arg(holder);
}

bool RunLock::isHeld() const
{
    return m_fd >= 0 || (m_lockFile && m_lockFile->isLocked());
}

#ifdef Q_OS_UNIX

RunLock::Result RunLock::acquire()
{
    if (isHeld())
        return Result::Acquired;
    m_holder.clear();
    m_error.clear();
    const QByteArray path = QFile::encodeName(m_path);
    // A holder removes its file when it releases: a file opened just before that is not the
    // lock any more, so the lock is taken on the file the path names now.
    int busy = 0;
    for (int attempt = 0; attempt < 10; ++attempt) {
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0) {
            m_error = tr("Cannot open the lock file %1 of run %2: %3")
                          .arg(QDir::toNativeSeparators(m_path))
                          .arg(m_runId)
                          .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return Result::Failed;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            if (error == EWOULDBLOCK) {
                QByteArray record(512, '\0');
                const ssize_t n = ::pread(fd, record.data(), size_t(record.size()), 0);
                record.truncate(n > 0 ? int(n) : 0);
                m_holder = describeHolder(record);
                ::close(fd);
                // A lock that names nobody may be a probe (heldElsewhere()) that lets go at
                // once: look again a few times before refusing.
                if (m_holder.isEmpty() && !m_probe && ++busy < 5) {
                    ::usleep(2000);
                    --attempt;
                    continue;
                }
                return Result::HeldElsewhere;
            }
            ::close(fd);
            m_error = tr("Cannot lock the lock file %1 of run %2: %3")
                          .arg(QDir::toNativeSeparators(m_path))
                          .arg(m_runId)
                          .arg(QString::fromLocal8Bit(std::strerror(error)));
            return Result::Failed;
        }
        struct stat opened;
        struct stat named;
        if (::fstat(fd, &opened) == 0 && ::stat(path.constData(), &named) == 0 &&
            opened.st_dev == named.st_dev && opened.st_ino == named.st_ino) {
            if (!m_probe) {
                // Who holds it is only for the message; the lock itself is what counts, so a
                // failed write is let be.
                const QByteArray record = holderRecord();
                if (::ftruncate(fd, 0) == 0)
                    (void)!::pwrite(fd, record.constData(), size_t(record.size()), 0);
            }
            m_fd = fd;
            return Result::Acquired;
        }
        ::close(fd); // removed or replaced meanwhile: try the one there now
    }
    m_error = tr("Cannot lock the lock file %1 of run %2: it keeps being replaced.")
                  .arg(QDir::toNativeSeparators(m_path))
                  .arg(m_runId);
    return Result::Failed;
}

void RunLock::release()
{
    if (m_fd < 0)
        return;
    // Removed while still locked, so nobody takes a lock on a file that is going away
    // without noticing (acquire() checks the path still names the file it locked).
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd);
    m_fd = -1;
}

#else

RunLock::Result RunLock::acquire()
{
    if (isHeld())
        return Result::Acquired;
    m_holder.clear();
    m_error.clear();
    m_lockFile = std::make_unique<QLockFile>(m_path);
    m_lockFile->setStaleLockTime(0); // stale only when its process is gone
    if (m_lockFile->tryLock(0))
        return Result::Acquired;
    if (m_lockFile->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString program;
        if (m_lockFile->getLockInfo(&pid, &host, &program))
            m_holder = tr("process %1 (%2) on %3").arg(pid).arg(program, host);
        m_lockFile.reset();
        return Result::HeldElsewhere;
    }
    m_error = tr("Cannot lock the lock file %1 of run %2.")
                  .arg(QDir::toNativeSeparators(m_path))
                  .arg(m_runId);
    m_lockFile.reset();
    return Result::Failed;
}

void RunLock::release()
{
    if (m_lockFile)
        m_lockFile->unlock();
    m_lockFile.reset();
}

#endif

bool RunLock::heldElsewhere(const QString &journalPath, qint64 runId, QString *holder)
{
    RunLock probe(journalPath, runId);
    probe.m_probe = true;
    const Result result = probe.acquire();
    if (holder)
        *holder = probe.holder();
    return result == Result::HeldElsewhere;
}

} // namespace dataarts
