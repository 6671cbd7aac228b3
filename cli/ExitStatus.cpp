#include "ExitStatus.h"

#include "Command.h"

namespace dataarts::cli::exitStatus {

bool isConnectionError(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::ClockSkew:
        return true;
    default:
        return false;
    }
}

int forError(const ApiError &error)
{
    if (!error.isError())
        return ExitOk;
    if (isConnectionError(error))
        return ExitConnection;
    if (error.kind == ApiError::Kind::InvalidInput || error.kind == ApiError::Kind::BadRequest)
        return ExitUsage;
    return ExitItemsFailed;
}

int forRun(const RunSummary &run, BatchRun::Outcome outcome, const ApiError &lastError)
{
    if ((outcome == BatchRun::Outcome::Interrupted || outcome == BatchRun::Outcome::Failed) &&
        isConnectionError(lastError))
        return ExitConnection;
    const int submitted = run.count(ItemState::Success) + run.count(ItemState::Scheduled) +
                          run.count(ItemState::PendingApproval);
    return submitted == run.total ? ExitOk : ExitItemsFailed;
}

} // namespace dataarts::cli::exitStatus
