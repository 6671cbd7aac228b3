#pragma once

#include "client/jobs/ListApproversJob.h"

#include <QDateTime>

namespace dataarts {

// The one cheap signed call of "Test connection": the first approver (limit 1). It checks
// the keys (or token), the project and the workspace at once, and its answer's Date header
// gives the server's clock.
class ConnectionProbeJob : public ListApproversJob
{
    Q_OBJECT
public:
    explicit ConnectionProbeJob(Session *session, QObject *parent = nullptr);

    // The server's Date header of the last answer (UTC, whole seconds); invalid without one.
    QDateTime serverDate() const;
};

} // namespace dataarts
