#include "ItemEvents.h"

#include "JournalConnection.h"

#include <QSqlQuery>

namespace dataarts {

namespace {

const char *const kItemEventsVersion2[] = {
    // at: when the journal recorded the change (ms since the epoch, UTC, the journal's
    // clock); effective_at: when the new state took or takes effect on the server, when known.
    "CREATE TABLE item_events ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " run_id INTEGER NOT NULL,"
    " item_id INTEGER NOT NULL REFERENCES items (id),"
    " from_state TEXT NOT NULL,"
    " to_state TEXT NOT NULL,"
    " at INTEGER NOT NULL,"
    " effective_at INTEGER,"
    " source TEXT NOT NULL)",
    "CREATE INDEX item_events_run ON item_events (run_id, item_id)",
};

const char kInsertEvent[] =
    "INSERT INTO item_events (run_id, item_id, from_state, to_state, at, effective_at, source) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)";
const char kRunEvents[] =
    "SELECT item_id, from_state, to_state, at, effective_at, source FROM item_events "
    "WHERE run_id = ? ORDER BY id";
const char kPruneEvents[] = "DELETE FROM item_events WHERE run_id = ?";

QDateTime eventTime(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

QDateTime JournalItem::tookEffectAt() const
{
    if (state != ItemState::Success)
        return QDateTime();
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->to == ItemState::Success)
            return it->effectiveAt.isValid() ? it->effectiveAt : it->at;
    }
    return effectiveAt.isValid() ? effectiveAt : updatedAt;
}

namespace itemEvents {

QString sourceName(ItemEventSource source)
{
    switch (source) {
    case ItemEventSource::Send:
        return QStringLiteral("send");
    case ItemEventSource::Response:
        return QStringLiteral("response");
    case ItemEventSource::Reconcile:
        return QStringLiteral("reconcile");
    case ItemEventSource::Refresh:
        return QStringLiteral("refresh");
    case ItemEventSource::Cancel:
        return QStringLiteral("cancel");
    case ItemEventSource::Unsent:
        return QStringLiteral("unsent");
    case ItemEventSource::Interrupted:
        return QStringLiteral("interrupted");
    }
    return QString();
}

QStringList schemaSteps()
{
    QStringList steps;
    for (const char *sql : kItemEventsVersion2)
        steps.append(QString::fromUtf8(sql));
    return steps;
}

ItemEventSource updateSource(ItemState from)
{
    switch (from) {
    case ItemState::Unknown:
        return ItemEventSource::Reconcile;
    case ItemState::Queued:
        return ItemEventSource::Cancel;
    default:
        return ItemEventSource::Refresh;
    }
}

bool recordMatching(JournalConnection &db, const QString &where, const QVariantList &whereValues,
                    ItemState to, qint64 atMs, const QVariant &effectiveAtMs,
                    ItemEventSource source)
{
    QSqlQuery *insert = db.prepared(
        QStringLiteral("INSERT INTO item_events (run_id, item_id, from_state, to_state, at, "
                       "effective_at, source) SELECT run_id, id, state, ?, ?, ?, ? FROM items "
                       "WHERE ") +
        where);
    return db.run(insert, QVariantList{itemStates::name(to), atMs, effectiveAtMs,
                                       sourceName(source)} +
                              whereValues);
}

bool recordRunState(JournalConnection &db, qint64 runId, ItemState from, ItemState to,
                    qint64 atMs, ItemEventSource source)
{
    return recordMatching(db, QStringLiteral("run_id = ? AND state = ?"),
                          {runId, itemStates::name(from)}, to, atMs, QVariant(), source);
}

bool record(JournalConnection &db, qint64 runId, qint64 itemId, ItemState from, ItemState to,
            qint64 atMs, const QVariant &effectiveAtMs, ItemEventSource source)
{
    return db.run(db.prepared(kInsertEvent),
                  {runId, itemId, itemStates::name(from), itemStates::name(to), atMs,
                   effectiveAtMs, sourceName(source)});
}

bool readRun(JournalConnection &db, qint64 runId, QHash<qint64, QList<ItemEvent>> *events)
{
    QSqlQuery *read = db.prepared(kRunEvents);
    if (!db.run(read, {runId}))
        return false;
    while (read->next()) {
        ItemEvent e;
        itemStates::fromName(read->value(1).toString(), &e.from);
        itemStates::fromName(read->value(2).toString(), &e.to);
        e.at = eventTime(read->value(3));
        e.effectiveAt = eventTime(read->value(4));
        e.source = read->value(5).toString();
        (*events)[read->value(0).toLongLong()].append(e);
    }
    return db.readDone(read);
}

const char *pruneStatement()
{
    return kPruneEvents;
}

} // namespace itemEvents
} // namespace dataarts
