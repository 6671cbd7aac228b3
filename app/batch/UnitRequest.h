#pragma once

#include "journal/JournalRecords.h"

#include "client/ApiError.h"
#include "client/RequestSpec.h"

#include <QObject>

namespace dataarts {

// How the scheduler goes on after a request's answer.
struct UnitOutcome {
    // The answer to record: request id, HTTP status, error code, remark, result body, and
    // one ItemOutcome per item carried (QUEUED: not applied, send again).
    RequestAnswer answer;
    // The error of the whole request, if any (for signals and the run's last error).
    ApiError error;
    // Stop sending: the error concerns every request (401, clock skew, TLS, ...). The
    // items of this request are QUEUED again and the run stops, resumable later.
    bool halt = false;
    // Wait this long before sending anything more of the run (a transient failure).
    int holdMs = 0;
};

// One request of a run: the scheduler starts it after the journal has marked its items
// SENDING, and records its outcome() once finished(). Kind strategies wrap a client job
// (JobUnitRequest); unit tests of the scheduler use fakes.
class UnitRequest : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    // Gives up a request that has not left yet (waiting for a token or the rate limiter):
    // finished() follows with an outcome that puts the items back to QUEUED. Does nothing
    // once an attempt has started: in-flight requests finish and are recorded.
    virtual void abortIfNotSent() = 0;
    // Whether an attempt has started (the request may have left).
    virtual bool hasLeft() const = 0;
    // After finished().
    virtual UnitOutcome outcome() const = 0;
    // What it sends.
    virtual RequestSpec describe() const = 0;

signals:
    void attemptStarted(int attempt);
    void finished();
};

} // namespace dataarts
