#include "JournalConnection.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace dataarts {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("dataarts-journal-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// SQLite's primary result codes (https://www.sqlite.org/rescode.html); the driver may
// report extended codes, whose low byte is the primary one.
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADb = 26,
};

} // namespace

JournalConnection::JournalConnection(const QString &path)
    : m_path(path)
    , m_name(uniqueConnectionName())
{}

JournalConnection::~JournalConnection()
{
    close();
}

QString JournalConnection::displayPath() const
{
    return QDir::toNativeSeparators(m_path);
}

void JournalConnection::clearError()
{
    m_damaged = false;
    m_error = JournalError::None;
    m_errorString.clear();
}

void JournalConnection::setError(JournalError error, const QString &message)
{
    m_error = error;
    m_errorString = message;
}

void JournalConnection::setSqlError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    m_damaged = ok && code == Corrupt;
    QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (detail.trimmed().isEmpty())
        detail = tr("SQLite error %1").arg(error.nativeErrorCode());
    m_sqlDetail = detail;
    const QString path = displayPath();
    switch (ok ? code : -1) {
    case Busy:
    case Locked:
        setError(JournalError::Locked,
                 tr("The journal %1 is locked by another program (another DataArts Desk window "
                    "or command?). The last change was not recorded; try again when it has "
                    "finished.")
                     .arg(path));
        return;
    case ReadOnly:
        setError(JournalError::ReadOnly,
                 tr("The journal %1 is read-only, so DataArts Desk cannot record runs in it. "
                    "Check the permissions of the file and its folder.")
                     .arg(path));
        return;
    case Full:
        setError(JournalError::DiskFull,
                 tr("The disk holding the journal %1 is full. The last change was not "
                    "recorded; free some space and try again.")
                     .arg(path));
        return;
    case Corrupt:
    case NotADb:
        setError(JournalError::Corrupt,
                 tr("The journal %1 is damaged or is not a DataArts Desk journal (%2). Move it "
                    "aside so that a new one can be started.")
                     .arg(path, detail));
        return;
    case CantOpen:
        setError(JournalError::CannotOpen,
                 tr("The journal %1 cannot be opened (%2).").arg(path, detail));
        return;
    case IoErr:
        setError(JournalError::Failed,
                 tr("The journal %1 could not be read or written (%2). The last change was "
                    "not recorded.")
                     .arg(path, detail));
        return;
    default:
        setError(JournalError::Failed,
                 tr("The journal %1 reported an error: %2").arg(path, detail));
        return;
    }
}

bool JournalConnection::open(int busyTimeoutMs, bool readOnly)
{
    clearError();
    if (m_open)
        return true;
    const QFileInfo info(m_path);
    if (info.isDir()) {
        setError(JournalError::CannotOpen,
                 tr("The journal %1 cannot be opened: it is a folder.").arg(displayPath()));
        return false;
    }
    m_readOnly = readOnly;
    if (readOnly)
        return openDatabase(busyTimeoutMs);
    const bool newFolder = !QFileInfo::exists(info.absolutePath());
    if (!QDir().mkpath(info.absolutePath())) {
        setError(JournalError::CannotOpen,
                 tr("The folder for the journal %1 cannot be created.").arg(displayPath()));
        return false;
    }
    // What the journal holds is the user's own: a folder it creates is 0700, the file 0600
    // (SQLite gives its -wal and -shm files the database file's permissions).
    if (newFolder)
        QFile::setPermissions(info.absolutePath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    {
        QFile file(m_path);
        if (!file.exists() && file.open(QIODevice::WriteOnly))
            file.close();
        // Others lose their access; the owner's is left as it is (a read-only file stays so).
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        const QFile::Permissions now = file.exists() ? file.permissions() : QFile::Permissions();
        if (now & others)
            file.setPermissions(now & ~others);
    }
    if (!openDatabase(busyTimeoutMs))
        return false;
    // journal_mode answers with the mode in force: anything but "wal" means the file
    // system or the file refused it.
    const QVariant mode = scalar(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode.isValid() || !exec(QStringLiteral("PRAGMA synchronous=FULL")) ||
        !exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
        close();
        return false;
    }
    if (mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        setError(JournalError::CannotOpen,
                 tr("The journal %1 cannot use write-ahead logging (journal mode \"%2\"), which "
                    "it needs to survive a crash.")
                     .arg(displayPath(), mode.toString()));
        close();
        return false;
    }
    return true;
}

bool JournalConnection::openDatabase(int busyTimeoutMs)
{
    if (m_readOnly && !QFileInfo::exists(m_path)) {
        setError(JournalError::CannotOpen,
                 tr("The journal %1 does not exist: nothing has been recorded there.")
                     .arg(displayPath()));
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(m_path);
        if (m_readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            setSqlError(db.lastError());
            if (m_error == JournalError::Failed)
                m_error = JournalError::CannotOpen;
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_name);
            return false;
        }
    }
    m_open = true;
    if (!exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs))) {
        close();
        return false;
    }
    return true;
}

void JournalConnection::close()
{
    if (!m_open)
        return;
    if (m_inTransaction)
        rollback();
    m_statements.clear();
    m_builtStatements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_open = false;
}

std::unique_ptr<QSqlQuery> JournalConnection::prepare(const QString &sql)
{
    auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_name, false));
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        setSqlError(query->lastError());
        return nullptr;
    }
    return query;
}

QSqlQuery *JournalConnection::prepared(const char *sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it->second.get();
    std::unique_ptr<QSqlQuery> query = prepare(QString::fromUtf8(sql));
    if (!query)
        return nullptr;
    return m_statements.emplace(sql, std::move(query)).first->second.get();
}

QSqlQuery *JournalConnection::prepared(const QString &sql)
{
    auto it = m_builtStatements.find(sql);
    if (it != m_builtStatements.end())
        return it->second.get();
    std::unique_ptr<QSqlQuery> query = prepare(sql);
    if (!query)
        return nullptr;
    return m_builtStatements.emplace(sql, std::move(query)).first->second.get();
}

bool JournalConnection::run(QSqlQuery *query, const QVariantList &values)
{
    if (!query)
        return false;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // The driver binds a null QString as NULL: text columns want "" instead (a NULL is
        // asked for with an invalid QVariant).
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query->bindValue(i, QStringLiteral(""));
        else
            query->bindValue(i, value);
    }
    if (!query->exec()) {
        setSqlError(query->lastError());
        query->finish();
        return false;
    }
    return true;
}

bool JournalConnection::readRow(QSqlQuery *query)
{
    if (query->next())
        return true;
    if (query->lastError().isValid()) {
        setSqlError(query->lastError());
    } else {
        setError(
            JournalError::Failed,
            tr("The journal %1 gave no answer to \"%2\".").arg(displayPath(), query->lastQuery()));
    }
    query->finish();
    return false;
}

bool JournalConnection::readDone(QSqlQuery *query)
{
    const QSqlError error = query->lastError();
    query->finish();
    if (!error.isValid())
        return true;
    setSqlError(error);
    return false;
}

bool JournalConnection::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.exec(sql)) {
        setSqlError(query.lastError());
        return false;
    }
    return true;
}

QVariant JournalConnection::scalar(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        setSqlError(query.lastError());
        return QVariant();
    }
    if (!query.next()) {
        if (query.lastError().isValid())
            setSqlError(query.lastError());
        else
            setError(JournalError::Failed,
                     tr("The journal %1 gave no answer to \"%2\".").arg(displayPath(), sql));
        return QVariant();
    }
    QVariant value = query.value(0);
    return value.isNull() ? QVariant(QString()) : value;
}

bool JournalConnection::begin()
{
    return start(QStringLiteral("BEGIN IMMEDIATE"));
}

bool JournalConnection::beginRead()
{
    return start(QStringLiteral("BEGIN"));
}

bool JournalConnection::start(const QString &statement)
{
    clearError();
    if (!m_open) {
        setError(JournalError::CannotOpen, tr("The journal %1 is not open.").arg(displayPath()));
        return false;
    }
    if (!exec(statement))
        return false;
    m_inTransaction = true;
    return true;
}

bool JournalConnection::commit()
{
    if (!exec(QStringLiteral("COMMIT"))) {
        rollback();
        return false;
    }
    m_inTransaction = false;
    return true;
}

void JournalConnection::rollback()
{
    // Keeps the error that made the caller roll back.
    const JournalError error = m_error;
    const QString message = m_errorString;
    for (auto &entry : m_statements)
        entry.second->finish();
    for (auto &entry : m_builtStatements)
        entry.second->finish();
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    query.exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
    m_error = error;
    m_errorString = message;
}

} // namespace dataarts
