#pragma once

#include "RunCommand.h"

namespace dataarts::cli {

// refresh --run ID [--format ...] [connection options]: the follow-up of deferred effects
// (issue 23). Re-reads from the server the run's items that wait (SCHEDULED: takes effect at
// T; PENDING_APPROVAL: waits for a reviewer), records those that reached their final state
// with the time they took effect (FollowUp), and prints each: still waiting (T, time left,
// the apps still to acknowledge an UNPUBLISH or STOP), took effect, or refused. Exit status
// 0 when every item of the run is final, 7 when some still wait (also when a read failed:
// the reason is printed, the items are left as they were), 3 when that read failed on the
// connection or authentication, 4 when the journal failed. Connects as the run did when no
// connection option is given.
class RefreshCommand : public RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(RefreshCommand)
public:
    QStringList words() const override { return {QStringLiteral("refresh")}; }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace dataarts::cli
