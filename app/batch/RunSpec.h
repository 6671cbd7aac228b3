#pragma once

#include "dto/ApprovalBatchRequest.h"
#include "dto/Enums.h"
#include "journal/JournalRecords.h"
#include "runmodel/RunKind.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dataarts {

struct ConnectionSettings;

// What a run is asked to do: its kind, its items and the kind's parameters, plus how to
// send them (chunk size, concurrency). BatchEngine::start() records it in the journal and
// runs it; BatchEngine::preview() shows the exact requests it would send.
//
// Items (NewItem): keyId / keyPart are biz_id / biz_type for batch offline and publish,
// api_id / instance_id for API actions, approval id / biz_id (optional) for approval
// decisions and withdrawals, message id or application id for the review centers.
//
// Parameters (kept in the journal with the run, so that a run resumes on its own; never a
// secret): see the keys below and the builders, which are the way to fill them.
struct RunSpec {
    Q_DECLARE_TR_FUNCTIONS(dataarts::RunSpec)
public:
    static constexpr int kDefaultConcurrency = 4;
    static constexpr int kMaxConcurrency = 32;

    RunKind kind = RunKind::BatchOffline;
    QList<NewItem> items;
    QJsonObject parameters;
    int chunkSize = 0;   // items per request; 0: the kind's default (50 where it chunks)
    int concurrency = 0; // requests in flight at most; 0: kDefaultConcurrency
    QString profileId;
    QString profileName;
    QString createdBy; // the user's name (also the approvals' create_by when reconciling)

    // Batch offline / publish of the given entities with the approver, fast approval,
    // schedule time and environment of `options` (its bizInfos are ignored).
    static RunSpec approvalBatch(RunKind kind, const QList<BizInfo> &entities,
                                 const ApprovalBatchRequest &options);
    // One API action (UNPUBLISH, STOP or RECOVER) per (api_id, instance_id) pair, with the
    // effective time (empty: not sent).
    static RunSpec apiAction(const QList<QPair<QString, QString>> &pairs, ApiAction action,
                             const QString &time);
    // Resolve (RunKind::ApprovalResolve) or reject (ApprovalReject) approvals with a
    // message; bizIds (optional, same order) help reconciliation.
    static RunSpec approvalDecision(RunKind kind, const QStringList &approvalIds,
                                    const QString &msg, const QStringList &bizIds = {});
    static RunSpec approvalWithdraw(const QStringList &approvalIds, const QStringList &bizIds = {});
    // Confirm DataService messages now (time empty) or at a time (action 1).
    static RunSpec messageConfirm(const QStringList &messageIds, const QString &time = {});
    // Approve (true) or reject (false) DataService applications.
    static RunSpec applicationReview(const QStringList &applyIds, bool approve);

    // The chunk size and concurrency this spec will use.
    int effectiveChunkSize() const;
    int effectiveConcurrency() const;

    // Empty when the spec can run; otherwise a translated reason (no items, bad chunk size,
    // bad parameters, duplicate items, ...).
    QString validate() const;
};

// The parameter keys of RunSpec::parameters.
namespace runKeys {
inline QString chunkSize()
{
    return QStringLiteral("chunk_size");
}
inline QString concurrency()
{
    return QStringLiteral("concurrency");
}
inline QString connection()
{
    return QStringLiteral("connection");
}
// Batch offline / publish.
inline QString approverUserId()
{
    return QStringLiteral("approver_user_id");
}
inline QString approverUserName()
{
    return QStringLiteral("approver_user_name");
}
inline QString email()
{
    return QStringLiteral("email");
}
inline QString fastApproval()
{
    return QStringLiteral("fast_approval");
}
inline QString scheduleTime()
{
    return QStringLiteral("schedule_time");
}
inline QString envType()
{
    return QStringLiteral("env_type");
}
// API action ("UNPUBLISH", ...) and message confirmation (0 now, 1 at `time`).
inline QString action()
{
    return QStringLiteral("action");
}
inline QString time()
{
    return QStringLiteral("time");
}
// Approval decisions.
inline QString msg()
{
    return QStringLiteral("msg");
}
// Application review.
inline QString approve()
{
    return QStringLiteral("approve");
}
} // namespace runKeys

} // namespace dataarts
