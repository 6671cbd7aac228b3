#pragma once

#include <QDateTime>
#include <QString>

namespace dataarts {
struct Approval;
struct ApplyRecord;
} // namespace dataarts

namespace dataarts::ui {

// One row of the Approvals pane, whatever it came from: an Architecture approval, a
// DataService notification message, or a DataService application. The wire values are kept
// as sent (typeRaw, statusRaw); action and status are the pane's common reading of them.
struct ApprovalRow {
    enum class Source { Architecture, Message, Application };
    // What the request asks for.
    enum class Action {
        Unknown,
        Offline,   // Architecture: take an entity offline
        Publish,   // Architecture or DataService: publish
        Unpublish, // DataService APPLY_TYPE_OFFLINE
        Stop,
        Recover,
        Authorize,
        Apply,
        Renew,
        CancelAuthorize,
    };
    // Where the request stands.
    enum class Status {
        Unknown,
        Waiting,   // DEVELOPING, PENDING_APPROVAL, PENDING_CHECK: a decision is due
        Scheduled, // PENDING_EXECUTE: confirmed for a later time
        Approved,  // APPROVED, PASSED, SYNCHRONOUS_EXECUTE
        Rejected,  // REJECT, REJECTED
        Withdrawn, // WITHDREW
        Cancelled, // FORCED_CANCEL
        Finished,  // FINISHED (decided, detail unknown)
    };

    Source source = Source::Architecture;
    QString id;      // approval, message or application id
    QString name;    // entity name (Chinese, else English) or API name
    QString bizId;   // Architecture: the entity; DataService: the API id
    QString bizType; // Architecture: the entity kind; DataService: empty
    QString typeRaw; // approval_type or api_apply_type as sent
    QString statusRaw;
    Action action = Action::Unknown;
    Status status = Status::Unknown;
    QString submitter;
    QDateTime submitted; // UTC
    // When the decision took effect (Architecture approval_time) or the notice's deadline
    // (DataService api_using_time); invalid when none.
    QDateTime effective;
    QString approver;
    QString message; // the reviewer's message (Architecture msg, DataService comment)
    QString appName; // DataService: the app concerned
    QString search;  // folded: name, id, entity or API id, submitter ('\n'-separated)

    // The key that identifies the row across reads ("A:", "M:" or "P:" + id).
    QString key() const;
    bool isWaiting() const { return status == Status::Waiting; }

    static ApprovalRow fromApproval(const Approval &approval);
    static ApprovalRow fromApplyRecord(const ApplyRecord &record, Source source);
};

} // namespace dataarts::ui
