#include "JournalSchema.h"

#include "AuthorizationSnapshots.h"
#include "ItemEvents.h"
#include "JournalConnection.h"

#include <QCoreApplication>
#include <QLocale>

namespace dataarts {

namespace {

// Times are milliseconds since the epoch, UTC. State and kind are the stable names of
// itemStates::name() and runKinds::name().
const char *const kVersion1[] = {
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    "INSERT INTO schema_version (version) VALUES (0)",
    "CREATE TABLE runs ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " kind TEXT NOT NULL,"
    " profile_id TEXT NOT NULL,"
    " profile_name TEXT NOT NULL,"
    " parameters TEXT NOT NULL," // JSON, without secrets
    " created_by TEXT NOT NULL,"
    " created_at INTEGER NOT NULL,"
    " finished_at INTEGER," // NULL while an item is QUEUED, SENDING or UNKNOWN
    " cancelled INTEGER NOT NULL DEFAULT 0,"
    " retry_of INTEGER)", // the run it retries; kept when that run is pruned
    "CREATE INDEX runs_created ON runs (created_at)",
    "CREATE INDEX runs_kind_created ON runs (kind, created_at)",
    "CREATE TABLE requests ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " run_id INTEGER NOT NULL REFERENCES runs (id),"
    " request_id TEXT NOT NULL DEFAULT '',"
    " http_status INTEGER NOT NULL DEFAULT 0,"
    " error_code TEXT NOT NULL DEFAULT '',"
    " remark TEXT NOT NULL DEFAULT '',"
    " result_body BLOB,"
    " sent_at INTEGER NOT NULL,"
    " answered_at INTEGER)",
    "CREATE INDEX requests_run ON requests (run_id)",
    "CREATE TABLE items ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " run_id INTEGER NOT NULL REFERENCES runs (id),"
    " key_id TEXT NOT NULL,"
    " key_part TEXT NOT NULL DEFAULT '',"
    " display_name TEXT NOT NULL DEFAULT '',"
    " state TEXT NOT NULL,"
    " code TEXT NOT NULL DEFAULT '',"
    " remark TEXT NOT NULL DEFAULT '',"
    " request_ref INTEGER REFERENCES requests (id),"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " approval_id TEXT,"
    " effective_at INTEGER,"
    " created_at INTEGER NOT NULL,"
    " updated_at INTEGER NOT NULL)",
    // A run's items and its totals by state; "runs with unfinished items" through
    // items_state.
    "CREATE INDEX items_run_state ON items (run_id, state)",
    "CREATE INDEX items_state ON items (state)",
    // History searches by entity, API or cluster id.
    "CREATE INDEX items_key_id ON items (key_id)",
    "CREATE INDEX items_key_part ON items (key_part)",
    "CREATE INDEX items_approval ON items (approval_id) WHERE approval_id IS NOT NULL",
    "CREATE TABLE request_items ("
    " request_ref INTEGER NOT NULL REFERENCES requests (id),"
    " item_id INTEGER NOT NULL REFERENCES items (id),"
    " PRIMARY KEY (request_ref, item_id)) WITHOUT ROWID",
};

} // namespace

int JournalSchema::currentVersion()
{
    return 3;
}

QStringList JournalSchema::steps(int version)
{
    QStringList statements;
    if (version == 1) {
        for (const char *sql : kVersion1)
            statements.append(QString::fromUtf8(sql));
    } else if (version == 2) {
        statements = itemEvents::schemaSteps(); // every change of an item's state
    } else if (version == 3) {
        statements = authorizationSnapshots::schemaSteps(); // apps before an UNPUBLISH
    }
    return statements;
}

bool JournalSchema::check(JournalConnection &connection, int *versionFound)
{
    if (!connection.beginRead())
        return false;
    const QVariant hasTable = connection.scalar(QStringLiteral(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
    QVariant found =
        hasTable.isValid() && hasTable.toInt() > 0
            ? connection.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version"))
            : QVariant(0);
    if (!hasTable.isValid() || !found.isValid()) {
        connection.rollback();
        return false;
    }
    const int version = found.toInt();
    connection.rollback();
    if (versionFound)
        *versionFound = version;
    if (version > currentVersion()) {
        connection.setError(JournalError::TooNew,
                            QCoreApplication::translate(
                                "Journal", "The journal %1 was written by a newer version of "
                                           "DataArts Desk (journal version %2; this version knows "
                                           "up to %3). Update DataArts Desk to use it.")
                                .arg(connection.displayPath(), QLocale().toString(version),
                                     QLocale().toString(currentVersion())));
        return false;
    }
    if (version < kOldestReadable) {
        connection.setError(
            JournalError::Invalid,
            QCoreApplication::translate("Journal",
                                        "The journal %1 has no runs of this version of DataArts "
                                        "Desk yet (journal version %2, not %3); it is brought up "
                                        "to date by the next run.")
                .arg(connection.displayPath(), QLocale().toString(version),
                     QLocale().toString(currentVersion())));
        return false;
    }
    return true;
}

bool JournalSchema::migrate(JournalConnection &connection, int *versionFound)
{
    if (!connection.begin())
        return false;
    const QVariant hasTable = connection.scalar(QStringLiteral(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
    if (!hasTable.isValid()) {
        connection.rollback();
        return false;
    }
    int version = 0;
    if (hasTable.toInt() > 0) {
        const QVariant found =
            connection.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version"));
        if (!found.isValid()) {
            connection.rollback();
            return false;
        }
        version = found.toInt();
    }
    if (versionFound)
        *versionFound = version;
    if (version > currentVersion()) {
        connection.rollback();
        connection.setError(JournalError::TooNew,
                            QCoreApplication::translate(
                                "Journal", "The journal %1 was written by a newer version of "
                                           "DataArts Desk (journal version %2; this version knows "
                                           "up to %3). Update DataArts Desk to use it.")
                                .arg(connection.displayPath(), QLocale().toString(version),
                                     QLocale().toString(currentVersion())));
        return false;
    }
    for (int next = version + 1; next <= currentVersion(); ++next) {
        const QStringList statements = steps(next);
        for (const QString &sql : statements) {
            if (!connection.exec(sql)) {
                connection.rollback();
                return false;
            }
        }
        if (!connection.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(next))) {
            connection.rollback();
            return false;
        }
    }
    // A write on every open, so that a read-only journal is reported at once rather than
    // at the first run (SQLite opens a file it cannot write read-only, without a word).
    if (!connection.exec(QStringLiteral("UPDATE schema_version SET version = version"))) {
        connection.rollback();
        return false;
    }
    return connection.commit();
}

} // namespace dataarts
