// The journal meets a bad file or a bad moment: a clear, translated error, nothing lost,
// never a crash.
#include "JournalTestSupport.h"

#include "i18n/Language.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <grp.h>
#include <sys/file.h>
#include <unistd.h>

using namespace dataarts;
using namespace journaltest;

class TestJournalErrors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("e%1.sqlite").arg(++m_count)); }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Runs journal_helper "write" on the file, as an unprivileged user when we are root
    // (root may write any file); returns its output.
    static QByteArray writeAsUser(const QString &path, int *exitCode)
    {
        QProcess helper;
        if (::geteuid() == 0) {
            helper.setChildProcessModifier([] {
                // nobody:nogroup; in the child between fork and exec.
                if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                    ::_exit(99);
            });
        }
        helper.start(QStringLiteral(DESK_JOURNAL_HELPER), {QStringLiteral("write"), path});
        if (!helper.waitForFinished(30000)) {
            helper.kill();
            helper.waitForFinished();
        }
        *exitCode = helper.exitCode();
        return helper.readAllStandardOutput() + helper.readAllStandardError();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void notADatabase()
    {
        const QString path = freshPath();
        QByteArray garbage;
        for (int i = 0; i < 200; ++i)
            garbage += "this is a spreadsheet, not a journal\n";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
        file.close();

        Journal journal(path);
        QVERIFY(!journal.open());
        QCOMPARE(journal.error(), JournalError::Corrupt);
        QVERIFY2(journal.errorString().contains(path), qPrintable(journal.errorString()));
        QVERIFY(journal.errorString().contains(QStringLiteral("not a DataArts Desk journal")));
        QVERIFY(!journal.isOpen());
        // The file is left as it was.
        QCOMPARE(readAll(path), garbage);
    }

    void damagedFileIsMovedAside()
    {
        const QString path = freshPath();
        {
            Journal journal(path);
            QVERIFY(journal.open());
            for (int i = 0; i < 5; ++i)
                QVERIFY(journal.createRun(offlineRun(400)).isValid());
        } // closing checkpoints the WAL into the file
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 64 * 4096);
        // Scribble over pages in the middle (the items table and its indexes).
        for (qint64 offset = 8 * 4096; offset < size - 4096; offset += 7 * 4096) {
            file.seek(offset + 100);
            file.write(QByteArray(600, '\x5A'));
        }
        file.close();
        const QByteArray damaged = readAll(path);

        // Read-only: moved aside, nothing new started.
        {
            Journal reader(path);
            QVERIFY(!reader.openReadOnly());
            QCOMPARE(reader.error(), JournalError::Corrupt);
            QVERIFY(!reader.damagedPath().isEmpty());
            QVERIFY2(reader.errorString().contains(reader.damagedPath()),
                     qPrintable(reader.errorString()));
            QCOMPARE(readAll(reader.damagedPath()), damaged);
            QVERIFY(!QFile::exists(path));
            // Put back, for the read-write open.
            QVERIFY(QFile::rename(reader.damagedPath(), path));
        }
        // Another process has it open (its shared lock): left in place.
        {
            const int fd =
                ::open(QFile::encodeName(path + QStringLiteral(".in-use.lock")).constData(),
                       O_RDWR | O_CREAT | O_CLOEXEC, 0600);
            QVERIFY(fd >= 0);
            QCOMPARE(::flock(fd, LOCK_SH), 0);
            Journal other(path);
            QVERIFY(!other.open());
            QCOMPARE(other.error(), JournalError::Corrupt);
            QVERIFY2(other.errorString().contains(QStringLiteral("have it open")),
                     qPrintable(other.errorString()));
            QVERIFY(other.damagedPath().isEmpty());
            QCOMPARE(readAll(path), damaged);
            ::close(fd);
        }
        // Read-write: quick_check finds it, it is kept as it was beside the new journal.
        Journal journal(path);
        QVERIFY2(journal.open(), qPrintable(journal.errorString()));
        const QString aside = journal.damagedPath();
        QVERIFY(aside.startsWith(path + QStringLiteral(".damaged-")));
        QCOMPARE(readAll(aside), damaged);
        QVERIFY2(journal.damageNotice().contains(aside), qPrintable(journal.damageNotice()));
        QVERIFY(journal.damageNotice().contains(QStringLiteral("damaged")));
        QCOMPARE(journal.searchRuns({}).total, 0);
        QVERIFY(journal.checkIntegrity());
        QVERIFY(journal.createRun(offlineRun(2)).isValid());
        journal.close();
        // A sound journal is opened as it is.
        QVERIFY(journal.open());
        QVERIFY(journal.damagedPath().isEmpty());
        QCOMPARE(journal.searchRuns({}).total, 1);
    }

    void lockedByAnotherWriter()
    {
        const QString path = freshPath();
        Journal journal(path);
        journal.setBusyTimeout(200);
        QVERIFY(journal.open());
        const CreatedRun first = journal.createRun(offlineRun(3));
        QVERIFY(first.isValid());
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

            QVERIFY(!journal.createRun(offlineRun(2)).isValid());
            QCOMPARE(journal.error(), JournalError::Locked);
            QVERIFY2(journal.errorString().contains(QStringLiteral("locked")),
                     qPrintable(journal.errorString()));
            QCOMPARE(journal.markSending(first.runId, first.itemIds), 0);
            QCOMPARE(journal.error(), JournalError::Locked);
            // Readers are not blocked by a writer in WAL mode.
            QCOMPARE(journal.searchRuns({}).total, 1);
            QCOMPARE(journal.error(), JournalError::None);

            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            lock.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QVERIFY(journal.markSending(first.runId, first.itemIds) > 0);
        QCOMPARE(journal.runSummary(first.runId)->count(ItemState::Sending), 3);
    }

    void diskFull()
    {
        Journal journal(freshPath());
        QVERIFY(journal.open());
        const CreatedRun kept = journal.createRun(offlineRun(2));
        QVERIFY(kept.isValid());
        // SQLite's page limit gives the same SQLITE_FULL a full disk gives.
        const int pages = scalar(journal, QStringLiteral("PRAGMA page_count")).toInt();
        QVERIFY(
            scalar(journal, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)).isValid());

        QVERIFY(!journal.createRun(offlineRun(3000)).isValid());
        QCOMPARE(journal.error(), JournalError::DiskFull);
        QVERIFY2(journal.errorString().contains(QStringLiteral("full")),
                 qPrintable(journal.errorString()));
        // Nothing half-written; what was there is intact; it works again with space.
        QCOMPARE(scalar(journal, QStringLiteral("SELECT COUNT(*) FROM runs")).toInt(), 1);
        QCOMPARE(scalar(journal, QStringLiteral("SELECT COUNT(*) FROM items")).toInt(), 2);
        QVERIFY(journal.checkIntegrity());
        QVERIFY(scalar(journal, QStringLiteral("PRAGMA max_page_count = 1000000")).isValid());
        QVERIFY(journal.createRun(offlineRun(3000)).isValid());
    }

    void readOnlyFileInReadOnlyFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        {
            Journal journal(path);
            QVERIFY(journal.open());
            QVERIFY(journal.createRun(offlineRun(2)).isValid());
        }
        const QByteArray before = readAll(path);
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner |
                                                      QFile::ReadGroup | QFile::ExeGroup |
                                                      QFile::ReadOther | QFile::ExeOther));
        int exitCode = -1;
        const QByteArray output = writeAsUser(path, &exitCode);
        QVERIFY(QFile::setPermissions(dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QCOMPARE(exitCode, 1);
        const QByteArray expected = "error " + QByteArray::number(int(JournalError::ReadOnly));
        QVERIFY2(output.startsWith(expected), output.constData());
        QVERIFY2(output.contains("read-only"), output.constData());
        QCOMPARE(readAll(path), before);
    }

    void readOnlyFileInWritableFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        {
            Journal journal(path);
            QVERIFY(journal.open());
            QVERIFY(journal.createRun(offlineRun(2)).isValid());
        }
        const QByteArray before = readAll(path);
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) |
                                                      QFile::ReadOther | QFile::WriteOther |
                                                      QFile::ExeOther));
        int exitCode = -1;
        const QByteArray output = writeAsUser(path, &exitCode);
        QCOMPARE(exitCode, 1);
        const QByteArray expected = "error " + QByteArray::number(int(JournalError::ReadOnly));
        QVERIFY2(output.startsWith(expected), output.constData());
        QCOMPARE(readAll(path), before);
    }

    void helperCanWriteWhereItMay()
    {
        // The read-only tests would pass for the wrong reason if the helper could not
        // write at all.
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) |
                                                      QFile::ReadOther | QFile::WriteOther |
                                                      QFile::ExeOther));
        int exitCode = -1;
        const QByteArray output =
            writeAsUser(dir.filePath(QStringLiteral("journal.sqlite")), &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(output.trimmed(), QByteArray("ok"));
    }

    void pathsThatCannotHoldAJournal()
    {
        Journal folder(m_dir.path());
        QVERIFY(!folder.open());
        QCOMPARE(folder.error(), JournalError::CannotOpen);
        QVERIFY(folder.errorString().contains(QStringLiteral("folder")));

        const QString file = m_dir.filePath(QStringLiteral("plain.txt"));
        QFile plain(file);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        Journal under(file + QStringLiteral("/journal.sqlite"));
        QVERIFY(!under.open());
        QCOMPARE(under.error(), JournalError::CannotOpen);
    }

    void callsOnAClosedJournal()
    {
        Journal journal(freshPath());
        QVERIFY(!journal.createRun(offlineRun(1)).isValid());
        QCOMPARE(journal.error(), JournalError::CannotOpen);
        QCOMPARE(journal.markSending(1, {1}), 0);
        QVERIFY(!journal.recordAnswer(answerAll(1, {1}, ItemState::Success)));
        QVERIFY(!journal.loadRun(1));
        QVERIFY(journal.searchRuns({}).runs.isEmpty());
        QVERIFY(journal.unfinishedRuns().isEmpty());
        QCOMPARE(journal.prune(180), -1);
        QVERIFY(journal.errorString().contains(QStringLiteral("not open")));
    }

    void messagesAreTranslated()
    {
        const QString path = freshPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        Language language;
        QVERIFY(language.apply(QStringLiteral("zh_CN")));
        Journal journal(path);
        QVERIFY(!journal.open());
        QVERIFY2(journal.errorString().contains(QStringLiteral("日志")),
                 qPrintable(journal.errorString()));
        language.apply(QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestJournalErrors)
#include "tst_journalerrors.moc"
