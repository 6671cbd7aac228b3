#pragma once

#include "dto/Enums.h"
#include "journal/JournalRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace dataarts {

// What is still missing on one API x cluster pair before it is as it was before an
// UNPUBLISH: published, and every app authorized before authorized again (those whose
// authorization has ended since are not given back). Worked out from what was read
// (publish state, apps now) by RepublishRequest before it sends and by
// RepublishReconciliation after an unknown outcome, so both judge alike.
struct RepublishGap {
    Q_DECLARE_TR_FUNCTIONS(dataarts::RepublishGap)
public:
    KnownEnum<ApiStatus> status;   // the pair's state; Unknown (raw empty): not published there
    QList<AppAuthorization> missing; // to authorize again
    QList<AppAuthorization> ended;   // wanted, but their authorization ended since
    int restored = 0;                // wanted and authorized now

    static RepublishGap of(const KnownEnum<ApiStatus> &status,
                           const QList<AppAuthorization> &wanted,
                           const QList<AppAuthorization> &now, const QDateTime &at);

    bool published() const { return status.value == ApiStatus::Published; }
    bool waitingReview() const { return status.value == ApiStatus::PublishWaitReview; }
    // Whether PublishApiToInstance may be sent (offline, never published or rejected).
    bool publishable() const;
    bool done() const { return published() && missing.isEmpty(); }
    // The remark of a pair put back: "Published again; 2 apps authorized again (...)".
    QString doneRemark() const;
    // The remark of a pair that waits for the reviewer's approval of the publish.
    static QString reviewRemark();
    // The remark of a pair in another state: "changed since the run: it is X now".
    QString changedRemark() const;
};

} // namespace dataarts
