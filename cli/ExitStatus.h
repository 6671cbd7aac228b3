#pragma once

#include "batch/BatchRun.h"
#include "client/ApiError.h"
#include "journal/JournalRecords.h"

namespace dataarts::cli::exitStatus {

// 3 for connection and authentication failures (no HTTP answer, TLS, timeout, 401, 403,
// clock skew), 2 for refused input (400, invalid input), 1 otherwise.
int forError(const ApiError &error);
// A run's final exit status: 0 when every item is SUCCESS, SCHEDULED or PENDING_APPROVAL
// (submitted); 3 when it stopped on a connection or authentication failure (resumable, or
// ended as Failed when nothing could be sent); 1 when any
// item is FAILED, UNKNOWN, CANCELLED or not done.
int forRun(const RunSummary &run, BatchRun::Outcome outcome, const ApiError &lastError);
bool isConnectionError(const ApiError &error);

} // namespace dataarts::cli::exitStatus
