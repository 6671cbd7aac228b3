#pragma once

#include "journal/JournalRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dataarts {

class Journal;

// An item of the journal that ended its run waiting (issue 23, follow-up): SCHEDULED (takes
// effect at a time) or PENDING_APPROVAL (waits for a reviewer), with what the views and the
// CLI show beside it.
struct WaitingItem {
    qint64 runId = 0;
    RunKind kind = RunKind::BatchOffline;
    QString action; // API actions: UNPUBLISH, STOP or RECOVER; empty for other kinds
    QString profileId;
    QString profileName;
    QDateTime runCreatedAt;
    JournalItem item;

    // The time it takes effect (SCHEDULED with a recorded time), else invalid.
    QDateTime dueAt() const;
    // Whether the API tells which apps still have to acknowledge it (UNPUBLISH and STOP
    // wait for the authorized apps, dataarts-api.md section 7.4.3).
    bool waitsForApps() const;
};

namespace waitingItems {

// The states a follow-up re-reads.
bool isWaiting(ItemState state);
// Every waiting item of the journal (or of one run), by run then item order. False with the
// journal's error set.
bool read(Journal &journal, QList<WaitingItem> *items, std::optional<qint64> runId = {});
// The runs that have waiting items, oldest first.
QList<qint64> runIds(const QList<WaitingItem> &items);
// A countdown to `due` from `now`: "2 d 03 h", "5 h 07 min", "12 min", "under a minute", or
// "due" once it has passed (translated).
QString timeLeftText(const QDateTime &due, const QDateTime &now);
// Whole seconds from now to due (negative once past); 0 when either is invalid.
qint64 secondsLeft(const QDateTime &due, const QDateTime &now);

} // namespace waitingItems

// Translations of the waiting texts.
class WaitingText
{
    Q_DECLARE_TR_FUNCTIONS(dataarts::WaitingText)
};

} // namespace dataarts
