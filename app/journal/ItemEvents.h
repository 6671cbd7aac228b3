#pragma once

#include "JournalRecords.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace dataarts {

class JournalConnection;

// Where a change of an item's state came from, as the journal records it (item_events).
enum class ItemEventSource {
    Send,        // QUEUED -> SENDING, committed before the request left
    Response,    // the request's answer
    Reconcile,   // an UNKNOWN item read back from the server
    Refresh,     // a waiting item (PENDING_APPROVAL, SCHEDULED) read back: the follow-up
    Cancel,      // QUEUED -> CANCELLED
    Unsent,      // QUEUED -> FAILED: the run could not send anything
    Interrupted, // SENDING -> UNKNOWN after a crash
};

// The history of every item's state in the journal (journal version 2): one row per change,
// with the journal's time of the change and, when known, the time the new state took (or
// takes) effect on the server. Written in the same transaction as the change itself, by
// Journal; the statements live here so that Journal.cpp stays about runs and items.
namespace itemEvents {

// Stable names: "send", "response", "reconcile", "refresh", "cancel", "unsent",
// "interrupted".
QString sourceName(ItemEventSource source);
// The statements that take the journal from version 1 to 2.
QStringList schemaSteps();
// The source of an update of one item from `from` (Journal::updateItems).
ItemEventSource updateSource(ItemState from);

// Records one event per item that `where` selects (an SQL condition on the items table,
// its values in whereValues): its state now -> `to`. Call it in the write transaction,
// before the UPDATE with the same condition, so that both see the same rows.
bool recordMatching(JournalConnection &db, const QString &where, const QVariantList &whereValues,
                    ItemState to, qint64 atMs, const QVariant &effectiveAtMs,
                    ItemEventSource source);
// The same for every item of a run in state `from` (cancel, unsent, interrupted).
bool recordRunState(JournalConnection &db, qint64 runId, ItemState from, ItemState to,
                    qint64 atMs, ItemEventSource source);
// Records one event of one item.
bool record(JournalConnection &db, qint64 runId, qint64 itemId, ItemState from, ItemState to,
            qint64 atMs, const QVariant &effectiveAtMs, ItemEventSource source);
// The events of a run's items, oldest first, by item id; false with the connection's error
// set.
bool readRun(JournalConnection &db, qint64 runId, QHash<qint64, QList<ItemEvent>> *events);
// The statement that deletes a run's events (pruning), before its items.
const char *pruneStatement();

} // namespace itemEvents
} // namespace dataarts
