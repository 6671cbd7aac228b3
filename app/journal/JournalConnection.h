#pragma once

#include "JournalError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>
#include <unordered_map>

class QSqlError;

namespace dataarts {

// One QtSql connection to a journal file (QSqlDatabase is per thread: use it from the
// thread that opened it): WAL mode, synchronous=FULL, foreign keys on, a busy timeout.
// Holds the prepared statements, runs transactions and turns SQLite errors into a
// JournalError and a translated message.
class JournalConnection
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
public:
    explicit JournalConnection(const QString &path);
    ~JournalConnection();
    JournalConnection(const JournalConnection &) = delete;
    JournalConnection &operator=(const JournalConnection &) = delete;

    // readOnly: QSQLITE_OPEN_READONLY, for reading while others write; nothing is created,
    // changed or set on the file (its folder, permissions and journal mode are left as
    // they are), and a file that does not exist is an error (CannotOpen).
    bool open(int busyTimeoutMs, bool readOnly = false);
    bool isReadOnly() const { return m_readOnly; }
    void close();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    QString name() const { return m_name; }

    // A statement prepared once and kept; nullptr (error set) when it does not prepare.
    // sql must be a string literal: its address is the key.
    QSqlQuery *prepared(const char *sql);
    // The same for statements built at run time (e.g. "IN (?, ?, ?)" for a batch size),
    // kept by their text.
    QSqlQuery *prepared(const QString &sql);
    // Runs a prepared statement with the values bound in order; false with the error set.
    // A null QString is bound as "", an invalid QVariant as NULL. numRowsAffected() is the
    // connection's: read it before running anything else.
    bool run(QSqlQuery *query, const QVariantList &values);
    // The next row of a statement that must give one (COUNT(*), ...); false with the error
    // set otherwise.
    bool readRow(QSqlQuery *query);
    // After a loop over next(): false with the error set when the loop ended on an error
    // rather than at the last row. Finishes the statement either way.
    bool readDone(QSqlQuery *query);
    // A one-off statement.
    bool exec(const QString &sql);
    // Reads a one-row, one-column answer; an invalid QVariant on error.
    QVariant scalar(const QString &sql);

    // BEGIN IMMEDIATE: takes the write lock at once, so a writer never deadlocks on an
    // upgrade; it waits up to the busy timeout for another writer.
    bool begin();
    // BEGIN (deferred): one consistent snapshot for several reads; end it with commit().
    bool beginRead();
    bool commit();
    void rollback();

    JournalError error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    // SQLITE_CORRUPT met by the last error (not NOTADB: a file that is no database at all).
    bool damaged() const { return m_damaged; }
    // SQLite's own words for the last SQLite error ("database disk image is malformed").
    QString sqlDetail() const { return m_sqlDetail; }
    void clearError();
    void setError(JournalError error, const QString &message);
    // Sets the error from an SQLite error met while doing something with the journal.
    void setSqlError(const QSqlError &error);

    // "/path/to/journal.sqlite" as the user's system writes paths.
    QString displayPath() const;

private:
    bool start(const QString &statement);
    // The QtSql connection itself, and its busy timeout.
    bool openDatabase(int busyTimeoutMs);

    QString m_path;
    QString m_name;
    bool m_open = false;
    bool m_readOnly = false;
    bool m_inTransaction = false;
    std::unique_ptr<QSqlQuery> prepare(const QString &sql);

    std::unordered_map<const char *, std::unique_ptr<QSqlQuery>> m_statements;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_builtStatements;
    JournalError m_error = JournalError::None;
    QString m_errorString;
    bool m_damaged = false;
    QString m_sqlDetail;
};

} // namespace dataarts
