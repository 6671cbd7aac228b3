#pragma once

#include "JournalRecords.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace dataarts {

class JournalConnection;

// The apps authorized on each API x cluster pair of an UNPUBLISH run, read before the
// pair was sent (journal version 3, item_authorizations): UNPUBLISH removes every app's
// authorization and nothing on the server remembers them, so the undo (UndoPlan) takes
// them from here. One row per item, the apps as a JSON array; written by Journal in its
// own transaction before the item's request leaves.
namespace authorizationSnapshots {

// The statements that take the journal from version 2 to 3.
QStringList schemaSteps();
// Records (replaces) the snapshot of each item; call it in a write transaction.
bool record(JournalConnection &db, qint64 runId,
            const QHash<qint64, QList<AppAuthorization>> &byItem, qint64 readAtMs);
// The snapshots of a run's items, by item id; false with the connection's error set.
bool readRun(JournalConnection &db, qint64 runId,
             QHash<qint64, QList<AppAuthorization>> *byItem);
// The statement that deletes a run's snapshots (pruning), before its items.
const char *pruneStatement();

} // namespace authorizationSnapshots
} // namespace dataarts
