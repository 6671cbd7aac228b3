#include "ConnectionProbeJob.h"

#include "client/HttpDate.h"

namespace dataarts {

ConnectionProbeJob::ConnectionProbeJob(Session *session, QObject *parent)
    : ListApproversJob(session, parent)
{
    setPage(0, 1);
}

QDateTime ConnectionProbeJob::serverDate() const
{
    return httpDate::parse(responseHeader("date"));
}

} // namespace dataarts
