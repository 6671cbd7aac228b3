#include "AuthorizationSnapshots.h"

#include "JournalConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace dataarts {

namespace {

const char *const kVersion3[] = {
    // read_at: when the apps were read (ms since the epoch, UTC); apps: a JSON array of
    // {app_id, app_name, expires_at (ms or null), relationship_type}.
    "CREATE TABLE item_authorizations ("
    " item_id INTEGER PRIMARY KEY REFERENCES items (id),"
    " run_id INTEGER NOT NULL,"
    " read_at INTEGER NOT NULL,"
    " apps TEXT NOT NULL)",
    "CREATE INDEX item_authorizations_run ON item_authorizations (run_id)",
};

const char kReplace[] =
    "INSERT OR REPLACE INTO item_authorizations (item_id, run_id, read_at, apps) "
    "VALUES (?, ?, ?, ?)";
const char kRead[] = "SELECT item_id, apps FROM item_authorizations WHERE run_id = ?";
const char kPrune[] = "DELETE FROM item_authorizations WHERE run_id = ?";

QString encode(const QList<AppAuthorization> &apps)
{
    QJsonArray array;
    for (const AppAuthorization &app : apps) {
        QJsonObject o{{QStringLiteral("app_id"), app.appId},
                      {QStringLiteral("app_name"), app.appName},
                      {QStringLiteral("relationship_type"), app.relationshipType}};
        o.insert(QStringLiteral("expires_at"), app.expiresAt.isValid()
                                                   ? QJsonValue(app.expiresAt.toMSecsSinceEpoch())
                                                   : QJsonValue());
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<AppAuthorization> decode(const QString &text)
{
    QList<AppAuthorization> apps;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        AppAuthorization app;
        app.appId = o.value(QStringLiteral("app_id")).toString();
        app.appName = o.value(QStringLiteral("app_name")).toString();
        app.relationshipType = o.value(QStringLiteral("relationship_type")).toString();
        const QJsonValue expires = o.value(QStringLiteral("expires_at"));
        if (expires.isDouble())
            app.expiresAt = QDateTime::fromMSecsSinceEpoch(expires.toInteger(), Qt::UTC);
        if (!app.appId.isEmpty())
            apps.append(app);
    }
    return apps;
}

} // namespace

namespace authorizationSnapshots {

QStringList schemaSteps()
{
    QStringList steps;
    for (const char *sql : kVersion3)
        steps.append(QString::fromUtf8(sql));
    return steps;
}

bool record(JournalConnection &db, qint64 runId,
            const QHash<qint64, QList<AppAuthorization>> &byItem, qint64 readAtMs)
{
    QSqlQuery *insert = db.prepared(kReplace);
    for (auto it = byItem.cbegin(); it != byItem.cend(); ++it) {
        if (!db.run(insert, {it.key(), runId, readAtMs, encode(it.value())}))
            return false;
    }
    return true;
}

bool readRun(JournalConnection &db, qint64 runId, QHash<qint64, QList<AppAuthorization>> *byItem)
{
    QSqlQuery *read = db.prepared(kRead);
    if (!db.run(read, {runId}))
        return false;
    while (read->next())
        byItem->insert(read->value(0).toLongLong(), decode(read->value(1).toString()));
    return db.readDone(read);
}

const char *pruneStatement()
{
    return kPrune;
}

} // namespace authorizationSnapshots
} // namespace dataarts
