#pragma once

#include "client/ApiError.h"
#include "client/Service.h"
#include "runmodel/ItemState.h"
#include "signing/SignableRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace dataarts {

// The values BatchRun's signals carry to the Progress view and the CLI.

// A request of a run: when it starts (the items are SENDING) and when its answer has been
// recorded.
struct RequestEvent {
    qint64 runId = 0;
    qint64 requestRef = 0; // the journal's id of the request
    QList<qint64> itemIds;
    QByteArray method;
    QString path;
    // Once finished:
    QString requestId; // X-Request-Id
    int httpStatus = 0;
    QString errorCode;
    QString remark;        // the server's message or remark, verbatim
    QByteArray resultBody; // the group results (BatchResultBody), when the kind has them
    ApiError::Kind errorKind = ApiError::Kind::None;
    int attempts = 0;
};

// A new state of one item.
struct ItemChange {
    qint64 itemId = 0;
    ItemState state = ItemState::Queued;
    QString code;
    QString remark;
    QString approvalId;
    QDateTime effectiveAt;
};

// Counts of a run's items by state, and how fast it goes.
struct RunTotals {
    int total = 0;
    int queued = 0;
    int sending = 0;
    int success = 0;
    int failed = 0;
    int pending = 0; // PENDING_APPROVAL
    int scheduled = 0;
    int unknown = 0;
    int cancelled = 0;
    int requests = 0;            // requests answered
    double itemsPerSecond = 0.0; // items reaching a final state per second since the start

    int finalCount() const { return success + failed + pending + scheduled + cancelled; }
    // Share of items in a final state, 0..1 (BatchOperationVO's "rate").
    double progress() const { return total > 0 ? double(finalCount()) / total : 1.0; }
    int count(ItemState state) const;
    void add(ItemState state, int delta);
};

// What the rate limiting does to a run.
struct ThrottleState {
    Service service = Service::DataService;
    int waitingRequests = 0;   // this run's requests waiting for a rate-limit token
    bool paused = false;       // the bucket is paused after a 429 (Retry-After)
    qint64 throttledCount = 0; // 429 answers seen on the bucket since the run started
    int lastRetryAfterMs = -1; // the last Retry-After the run was told, if known

    bool operator==(const ThrottleState &o) const
    {
        return service == o.service && waitingRequests == o.waitingRequests && paused == o.paused &&
               throttledCount == o.throttledCount && lastRetryAfterMs == o.lastRetryAfterMs;
    }
    bool operator!=(const ThrottleState &o) const { return !(*this == o); }
};

// One request a spec would send, exactly as it would be sent (BatchEngine::preview).
struct RequestPreview {
    QByteArray method;
    QString path; // decoded path, without the endpoint's base
    QueryItems query;
    QByteArray body;
    QList<int> itemIndexes; // indexes into RunSpec::items
};

} // namespace dataarts

Q_DECLARE_METATYPE(dataarts::RequestEvent)
Q_DECLARE_METATYPE(dataarts::ItemChange)
Q_DECLARE_METATYPE(dataarts::RunTotals)
Q_DECLARE_METATYPE(dataarts::ThrottleState)
