#pragma once

// Shared by the client's integration tests: run a job to its end, a session for a sandbox.
#include "SandboxProcess.h"

#include "client/ApiJob.h"
#include "client/Pager.h"
#include "client/Session.h"

#include <QSignalSpy>

namespace integration {

// Starts the job and waits for finished() (tests may wait; product code never does).
inline bool run(dataarts::ApiJob &job, int timeoutMs = 30000)
{
    QSignalSpy spy(&job, &dataarts::ApiJob::finished);
    job.start();
    return spy.wait(timeoutMs) || job.isFinished();
}

inline bool run(dataarts::Pager &pager, int timeoutMs = 60000)
{
    QSignalSpy spy(&pager, &dataarts::Pager::finished);
    pager.start();
    return spy.wait(timeoutMs) || pager.isFinished();
}

// Quick retries so that fault tests stay fast.
inline dataarts::RetryPolicy fastRetries(int attempts = 4)
{
    dataarts::RetryPolicy p;
    p.maxAttempts = attempts;
    p.baseBackoffMs = 20;
    p.maxBackoffMs = 100;
    return p;
}

// AK/SK settings of another sandbox user.
inline dataarts::ConnectionSettings asUser(const SandboxProcess &sandbox, const QString &ak,
                                           const QByteArray &sk)
{
    dataarts::ConnectionSettings s = sandbox.settings();
    s.akSk = {ak, sk, {}};
    return s;
}

} // namespace integration
