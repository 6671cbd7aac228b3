#include "JournalRecovery.h"

#include "JournalConnection.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dataarts {

JournalRecovery::Check JournalRecovery::check(JournalConnection &connection, QString *problem)
{
    // quick_check(1): the first problem only; O(size) but without the index cross-checks
    // of integrity_check.
    const QVariant answer = connection.scalar(QStringLiteral("PRAGMA quick_check(1)"));
    if (!answer.isValid()) {
        if (!connection.damaged())
            return Check::Failed;
        *problem = connection.sqlDetail();
        return Check::Damaged;
    }
    const QString text = answer.toString();
    if (text.compare(QLatin1String("ok"), Qt::CaseInsensitive) == 0)
        return Check::Sound;
    // "*** in database main ***\nPage 42: btreeInitPage() returns error code 11": the
    // first line that names the problem.
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    *problem = text.simplified();
    for (const QString &line : lines) {
        if (!line.trimmed().startsWith(QLatin1String("***"))) {
            *problem = line.trimmed();
            break;
        }
    }
    return Check::Damaged;
}

QString JournalRecovery::moveAside(const QString &path, QString *error)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    QFile file(path);
    if (!file.rename(target)) {
        *error = tr("The damaged journal %1 could not be moved aside (%2).")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return QString();
    }
    // Its write-ahead log holds the latest commits: it goes with it.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion))
            QFile::rename(companion, target + QLatin1String(suffix));
    }
    return target;
}

QString JournalRecovery::notice(const QString &path, const QString &problem,
                                const QString &damagedPath, bool started)
{
    const QString where = QDir::toNativeSeparators(damagedPath);
    if (started) {
        return tr("The journal %1 was damaged (%2). It is kept, unchanged, as %3; a new, empty "
                  "journal was started. Runs recorded in the damaged copy are not listed any "
                  "more.")
            .arg(QDir::toNativeSeparators(path), problem, where);
    }
    return tr("The journal %1 was damaged (%2). It is kept, unchanged, as %3; a new journal is "
              "started by the next run. Runs recorded in the damaged copy are not listed any "
              "more.")
        .arg(QDir::toNativeSeparators(path), problem, where);
}

QString JournalRecovery::inUseNotice(const QString &path, const QString &problem)
{
    return tr("The journal %1 is damaged (%2). Other DataArts Desk windows or commands have it "
              "open, so it was left in place: close them, then open it again to keep the "
              "damaged copy aside and start a new journal.")
        .arg(QDir::toNativeSeparators(path), problem);
}

} // namespace dataarts
