#pragma once

#include "runmodel/ItemState.h"
#include "runmodel/RunKind.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace dataarts {

// What the journal records, and what it gives back. Times are UTC, to the millisecond.

// An item to record with a new run. The key names the thing the item acts on: biz_id and
// biz_type for batch offline/publish, api_id and instance_id for API actions, the approval
// (message, application) id for the review actions.
struct NewItem {
    QString keyId;   // biz_id, api_id, approval / message / application id
    QString keyPart; // biz_type, instance_id, or empty
    QString displayName;
};

struct NewRun {
    RunKind kind = RunKind::BatchOffline;
    QString profileId;
    QString profileName;
    // What the run was asked to do (approver, schedule, action, effective time,
    // runParameters::connectionFacts(), ...). Never a secret: Journal::createRun refuses a
    // field named like one.
    QJsonObject parameters;
    QString createdBy; // the user's name, never a key
    QList<NewItem> items;
};

// The ids the journal gave a new run and its items (in the order given).
struct CreatedRun {
    qint64 runId = 0;
    QList<qint64> itemIds;

    bool isValid() const { return runId > 0; }
};

// A new state for one item: in a request's answer, or later (reconciliation, approvals).
struct ItemOutcome {
    qint64 itemId = 0;
    ItemState state = ItemState::Success;
    QString code;          // the server's error code, if any
    QString remark;        // the server's remark, verbatim
    QString approvalId;    // the approval the item waits on; empty: keep the one recorded
    QDateTime effectiveAt; // when it takes effect; invalid: keep the one recorded
};

// The answer to one request (Journal::markSending gave its requestRef).
struct RequestAnswer {
    qint64 requestRef = 0;
    QString requestId;     // X-Request-Id
    int httpStatus = 0;    // 0: no HTTP answer (timeout, reset, ...)
    QString errorCode;     // error_code of the body, or a local code
    QString remark;        // error_msg or the group remark, verbatim
    QByteArray resultBody; // e.g. batch offline's data.value with groups[]
    // One outcome for every item the request carried.
    QList<ItemOutcome> items;
    // How many times it went out: the client's own retries (429, 5xx before any change)
    // included. Every one counts in the items' attempts (markSending counted the first).
    int attempts = 1;
};

enum class RunStatus {
    Running,   // some item is QUEUED, SENDING or UNKNOWN
    Finished,  // every item is in a final state
    Cancelled, // finished after a cancel
};

struct RunSummary {
    qint64 id = 0;
    RunKind kind = RunKind::BatchOffline;
    QString profileId;
    QString profileName;
    QJsonObject parameters;
    QString createdBy;
    QDateTime createdAt;
    QDateTime finishedAt; // invalid while running
    bool cancelled = false;
    qint64 retryOf = 0; // the run whose failed items this one retries, or 0
    // Undo links (issue 23): the run this one undoes (its parameter undo_of), or 0; and the
    // runs that undo this one, oldest first.
    qint64 undoOf = 0;
    QList<qint64> undoneBy;
    QMap<ItemState, int> counts;
    int total = 0;

    RunStatus status() const;
    int count(ItemState state) const { return counts.value(state); }
};

struct JournalRequest {
    qint64 ref = 0; // the journal's id for the request
    qint64 runId = 0;
    QList<qint64> itemIds; // the items it carried
    QString requestId;     // X-Request-Id, once answered
    int httpStatus = 0;
    QString errorCode;
    QString remark;
    QByteArray resultBody;
    QDateTime sentAt;
    QDateTime answeredAt; // invalid: no answer (yet, or ever)
};

// One change of an item's state (Journal records every one, from journal version 2).
struct ItemEvent {
    ItemState from = ItemState::Queued;
    ItemState to = ItemState::Queued;
    QDateTime at;          // when the journal recorded it (local clock, UTC)
    QDateTime effectiveAt; // when the new state took or takes effect on the server; invalid:
                           // at once, or not known
    QString source;        // itemEvents::sourceName(): "response", "refresh", ...
};

// An app authorized to call an API on one cluster, as read just before a run sent an
// UNPUBLISH to that pair (which removes every authorization): what its undo gives back.
struct AppAuthorization {
    QString appId;
    QString appName;
    QDateTime expiresAt; // api_using_time; invalid: the server gave none
    QString relationshipType;
};

struct JournalItem {
    qint64 id = 0;
    qint64 runId = 0;
    QString keyId;
    QString keyPart;
    QString displayName;
    ItemState state = ItemState::Queued;
    QString code;
    QString remark;
    qint64 requestRef = 0; // the last request that carried it, or 0
    QString requestId;     // that request's X-Request-Id
    int attempts = 0;      // how many requests carried it, the client's retries included
    QString approvalId;
    QDateTime effectiveAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<ItemEvent> events; // loadRun(): every change of its state, oldest first
    // loadRun(): the apps authorized on the pair before it was sent (UNPUBLISH runs);
    // nullopt: not read (other kinds, or journals before version 3).
    std::optional<QList<AppAuthorization>> authorizedBefore;

    // When a SUCCESS item really took effect: the effect time its final change recorded
    // (a scheduled change: its time, or earlier when the server showed it earlier; an
    // approval: the approval's time), else the time that change was recorded. Journals of
    // version 1 have no events: the item's effective time, else its last change. Invalid
    // for every other state.
    QDateTime tookEffectAt() const;
};

struct RunRecord {
    RunSummary run;
    QList<JournalRequest> requests; // in the order sent
    QList<JournalItem> items;       // in the order given to createRun
};

// A History search. Empty fields do not filter.
struct JournalQuery {
    QString id;   // an item's keyId or keyPart, exactly (entity, API, cluster id)
    QString text; // an item's id exactly, or part of its display name (any case); runs only
    std::optional<ItemState> state; // runs with such an item / items in that state
    std::optional<RunKind> kind;
    QDateTime from; // runs created at or after
    QDateTime to;   // runs created before
    int offset = 0;
    int limit = 100;
};

struct RunPage {
    QList<RunSummary> runs; // newest first
    int total = 0;          // matches without paging
};

struct ItemHit {
    qint64 runId = 0;
    RunKind kind = RunKind::BatchOffline;
    QDateTime runCreatedAt;
    JournalItem item;
};

struct ItemPage {
    QList<ItemHit> items; // newest run first, then in item order
    int total = 0;
};

} // namespace dataarts
