#pragma once

#include <QCoreApplication>
#include <QString>

namespace dataarts {

// What a run of the batch engine does (spec/product.md "Batch engine", "Approvals pane").
// Each bulk action is one run; the journal records its kind by stable name.
enum class RunKind {
    BatchOffline,      // POST .../design/approvals/batch-offline
    BatchPublish,      // POST .../design/approvals/batch-publish
    ApiAction,         // UNPUBLISH / STOP / RECOVER per API x cluster (action in the parameters)
    ApprovalResolve,   // PUT .../design/approvals/action?action-id=resolve
    ApprovalReject,    // PUT .../design/approvals/action?action-id=reject
    ApprovalWithdraw,  // PUT .../design/approvals?ids=
    MessageConfirm,    // POST .../service/messages (DataService notification messages)
    ApplicationReview, // POST .../service/applys (DataService applications)
    ApiRepublish,      // the undo of UNPUBLISH: publish again per API x cluster, re-authorize
};

namespace runKinds {

// Every kind, in declaration order.
const QList<RunKind> &all();
// Stable names for the journal, exports and the CLI: "BATCH_OFFLINE", "API_ACTION", ...
QString name(RunKind kind);
// False for an unknown name (kind left unchanged).
bool fromName(const QString &name, RunKind *kind);
// Translated label for views ("Batch offline", ...).
QString label(RunKind kind);

} // namespace runKinds

// The translation context of the labels.
class RunKindText
{
    Q_DECLARE_TR_FUNCTIONS(RunKindText)
};

} // namespace dataarts
