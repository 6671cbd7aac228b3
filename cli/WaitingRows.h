#pragma once

#include "OutputFormatter.h"

#include "runs/FollowUp.h"
#include "runs/WaitingItems.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dataarts::cli {

// The listings of the follow-up of deferred effects, in the three formats (all values
// strings, ids whole):
// - `history --waiting`: every waiting item of the journal: run_id, kind, action, key, name,
//   state, approval_id, takes_effect_at, time_left (countdown from this computer's clock),
//   profile, created_at;
// - `refresh --run ID`: each item it re-read: run_id, key, name, state (now), outcome
//   (WAITING, TOOK_EFFECT, REFUSED), at (when it takes or took effect), time_left (from the
//   server's clock), apps_to_acknowledge ("name (app_id)", "; "-separated), reason.
class WaitingRows
{
    Q_DECLARE_TR_FUNCTIONS(WaitingRows)
public:
    static void printWaiting(OutputFormat format, const QList<WaitingItem> &items,
                             const QDateTime &now);
    static void printFollowUp(OutputFormat format, const FollowUp &followUp);
    // "Run 12: 2 took effect, 0 refused, 1 still waiting." (translated)
    static QString followUpSummary(qint64 runId, const FollowUp &followUp);
    // The apps as one cell: "name (app_id); ...".
    static QString appsText(const QList<AuthorizedApp> &apps);
};

} // namespace dataarts::cli
