#include "ApiWorkflow.h"

#include "core/IdFactory.h"
#include "core/SandboxClock.h"
#include "core/TimeFormat.h"
#include "data/Scheduler.h"
#include "data/Stats.h"
#include "data/UserDirectory.h"

namespace dataarts::sandbox {

namespace {

QString required(ApiAction action)
{
    switch (action) {
    case ApiAction::Stop:
        return QStringLiteral("API_STATUS_PUBLISHED");
    case ApiAction::Unpublish:
        return QStringLiteral("API_STATUS_PUBLISHED or API_STATUS_STOPPED");
    case ApiAction::Recover:
        return QStringLiteral("API_STATUS_STOPPED");
    case ApiAction::Publish:
        break;
    }
    return QString();
}

bool processed(ApplyStatus status)
{
    return status == ApplyStatus::SynchronousExecute || status == ApplyStatus::Passed;
}

} // namespace

bool ApiWorkflow::allowed(ApiStatus status, ApiAction action)
{
    switch (action) {
    case ApiAction::Stop:
        return status == ApiStatus::Published;
    case ApiAction::Unpublish:
        return status == ApiStatus::Published || status == ApiStatus::Stopped;
    case ApiAction::Recover:
        return status == ApiStatus::Stopped;
    case ApiAction::Publish:
        break; // not an action of this endpoint
    }
    return false;
}

void ApiWorkflow::setStatus(Pair &pair, ApiStatus status, qint64 atMs)
{
    const ApiStatus from = pair.status;
    pair.status = status;
    pair.changedMs = atMs >= 0 ? atMs : m_clock.nowMs();
    m_stats.pairTransition(m_apis.pairKey(pair), apiStatusName(from), apiStatusName(status),
                           pair.changedMs);
}

std::optional<ApiWorkflow::Failure>
ApiWorkflow::act(int pairIndex, ApiAction action, std::optional<qint64> timeMs, const User &caller)
{
    Pair &pair = m_apis.pairs[size_t(pairIndex)];
    const Api &api = m_apis.apis[size_t(pair.api)];
    if (pair.status == ApiStatus::Created) {
        return Failure{QString::fromLatin1(IllegalActionCode),
                       {QStringLiteral("The API has not been published on this cluster."),
                        QStringLiteral("API未发布到该集群。")}};
    }
    const bool reviewer = caller.name == api.manager;
    if (action != ApiAction::Recover && !reviewer) {
        return Failure{
            QString::fromLatin1(NotReviewerCode),
            {QStringLiteral("Only the reviewer of the API (%1) can unpublish or stop "
                            "it; you are %2.")
                 .arg(api.manager, caller.name),
             QStringLiteral("下线/停用请求的发起者必须为API的审核人（%1），当前用户为%2。")
                 .arg(api.manager, caller.name)}};
    }
    if (!allowed(pair.status, action)) {
        return Failure{
            QString::fromLatin1(IllegalActionCode),
            {QStringLiteral("Illegal action %1: the API is %2 on this cluster; %1 "
                            "needs %3.")
                 .arg(apiActionName(action), apiStatusName(pair.status), required(action)),
             QStringLiteral("非法操作%1：API在该集群的状态为%2，%1要求状态为%3。")
                 .arg(apiActionName(action), apiStatusName(pair.status), required(action))}};
    }

    const qint64 now = m_clock.nowMs();
    if (action == ApiAction::Recover) {
        if (reviewer) {
            setStatus(pair, ApiStatus::Published);
        } else {
            createApplication(pairIndex, ApplyType::Recover, caller.name, now);
            setStatus(pair, ApiStatus::RecoverWaitReview);
        }
        return std::nullopt;
    }

    const bool stop = action == ApiAction::Stop;
    if (!pair.apps.isEmpty() && timeMs && *timeMs > now) {
        setStatus(pair, stop ? ApiStatus::WaitingStop : ApiStatus::WaitingOffline);
        createNotice(pairIndex, action, *timeMs, caller.name, now);
        return std::nullopt;
    }
    setStatus(pair, stop ? ApiStatus::Stopped : ApiStatus::Offline);
    if (!stop)
        pair.apps.clear(); // UNPUBLISH removes the authorizations
    return std::nullopt;
}

void ApiWorkflow::createNotice(int pairIndex, ApiAction action, qint64 effectiveMs,
                               const QString &requestedBy, qint64 nowMs)
{
    Pair &pair = m_apis.pairs[size_t(pairIndex)];
    const int pendingIndex = int(m_apis.pending.size());
    PendingAction pending;
    pending.pair = pairIndex;
    pending.action = action;
    pending.effectiveMs = effectiveMs;
    pending.requestedBy = requestedBy;
    for (const int app : std::as_const(pair.apps)) {
        ReviewRecord r;
        r.id = m_ids.nextHex();
        r.kind = RecordKind::Message;
        r.status = ApplyStatus::PendingCheck;
        r.type = action == ApiAction::Stop ? ApplyType::Stop : ApplyType::Offline;
        r.api = pair.api;
        r.cluster = pair.cluster;
        r.app = app;
        r.usingMs = effectiveMs;
        r.applyMs = nowMs;
        r.approverName = m_apis.apps[size_t(app)].owner;
        r.userName = requestedBy;
        r.comment = action == ApiAction::Stop ? QStringLiteral("API将于%1停用，请提前做好准备。")
                                                    .arg(timefmt::isoMillis(effectiveMs))
                                              : QStringLiteral("API将于%1下线，授权关系将被解除。")
                                                    .arg(timefmt::isoMillis(effectiveMs));
        r.pending = pendingIndex;
        m_reviews.add(r);
        pending.records.append(r.id);
    }
    pending.task = m_scheduler.at(effectiveMs, [this, pendingIndex, effectiveMs] {
        complete(pendingIndex, true, effectiveMs);
    });
    m_apis.pending.push_back(pending);
    pair.pending = pendingIndex;
}

QString ApiWorkflow::createApplication(int pairIndex, ApplyType type, const QString &requestedBy,
                                       qint64 nowMs)
{
    Pair &pair = m_apis.pairs[size_t(pairIndex)];
    const Api &api = m_apis.apis[size_t(pair.api)];
    const int pendingIndex = int(m_apis.pending.size());
    ReviewRecord r;
    r.id = m_ids.nextHex();
    r.kind = RecordKind::Application;
    r.status = ApplyStatus::PendingApproval;
    r.type = type;
    r.api = pair.api;
    r.cluster = pair.cluster;
    r.applyMs = nowMs;
    r.usingMs = nowMs + 365LL * 86400 * 1000;
    r.approverName = api.manager;
    r.userName = requestedBy;
    r.comment = type == ApplyType::Recover ? QStringLiteral("申请恢复已停用的API")
                                           : QStringLiteral("申请发布API到集群 ") +
                                                 m_apis.clusters[size_t(pair.cluster)].name;
    r.pending = pendingIndex;
    m_reviews.add(r);

    PendingAction pending;
    pending.pair = pairIndex;
    pending.action = type == ApplyType::Publish ? ApiAction::Publish : ApiAction::Recover;
    pending.requestedBy = requestedBy;
    pending.records = {r.id};
    m_apis.pending.push_back(pending);
    pair.pending = pendingIndex;
    return r.id;
}

void ApiWorkflow::complete(int pendingIndex, bool byDeadline, qint64 atMs)
{
    PendingAction &pending = m_apis.pending[size_t(pendingIndex)];
    if (!pending.open)
        return;
    pending.open = false;
    if (!byDeadline)
        m_scheduler.cancel(pending.task);
    for (const QString &id : std::as_const(pending.records)) {
        ReviewRecord *r = m_reviews.find(id);
        if (!r)
            continue;
        m_scheduler.cancel(r->task);
        if (!processed(r->status)) {
            r->status = ApplyStatus::ForcedCancel;
            r->approvalMs = atMs;
        }
    }
    Pair &pair = m_apis.pairs[size_t(pending.pair)];
    pair.pending = -1;
    const bool stop = pending.action == ApiAction::Stop;
    setStatus(pair, stop ? ApiStatus::Stopped : ApiStatus::Offline, atMs);
    if (!stop)
        pair.apps.clear();
}

void ApiWorkflow::checkConfirmed(int pendingIndex, qint64 atMs)
{
    const PendingAction &pending = m_apis.pending[size_t(pendingIndex)];
    if (!pending.open)
        return;
    for (const QString &id : pending.records) {
        const ReviewRecord *r = m_reviews.find(id);
        if (r && !processed(r->status))
            return;
    }
    complete(pendingIndex, false, atMs);
}

std::optional<ApiWorkflow::Failure> ApiWorkflow::confirmMessage(const QString &id, int action,
                                                                std::optional<qint64> timeMs,
                                                                const User &caller)
{
    ReviewRecord *r = m_reviews.find(id);
    if (!r || r->kind != RecordKind::Message) {
        return Failure{QString::fromLatin1(RecordNotFoundCode),
                       {QStringLiteral("The message %1 does not exist.").arg(id),
                        QStringLiteral("消息%1不存在。").arg(id)}};
    }
    if (r->approverName != caller.name) {
        return Failure{QString::fromLatin1(NotReviewerCode),
                       {QStringLiteral("Only the receiver of the message (%1) can process it; you "
                                       "are %2.")
                            .arg(r->approverName, caller.name),
                        QStringLiteral("只有消息的接收人（%1）可以处理该消息，当前用户为%2。")
                            .arg(r->approverName, caller.name)}};
    }
    const bool open = r->status == ApplyStatus::PendingCheck ||
                      (r->status == ApplyStatus::PendingExecute && action == 0);
    if (!open) {
        return Failure{QString::fromLatin1(IllegalActionCode),
                       {QStringLiteral("The message has already been processed (%1).")
                            .arg(applyStatusName(r->status)),
                        QStringLiteral("该消息已处理（%1）。").arg(applyStatusName(r->status))}};
    }
    const qint64 now = m_clock.nowMs();
    const int pendingIndex = r->pending;
    m_scheduler.cancel(r->task);
    r->approvalMs = now;
    if (action == 0) {
        r->status = ApplyStatus::SynchronousExecute;
    } else {
        r->status = ApplyStatus::PendingExecute;
        r->scheduledMs = *timeMs;
        const QString recordId = r->id;
        const qint64 dueMs = *timeMs;
        r->task = m_scheduler.at(dueMs, [this, recordId, pendingIndex, dueMs] {
            ReviewRecord *record = m_reviews.find(recordId);
            if (!record || record->status != ApplyStatus::PendingExecute)
                return;
            record->status = ApplyStatus::Passed;
            record->approvalMs = dueMs;
            if (pendingIndex >= 0)
                checkConfirmed(pendingIndex, dueMs);
        });
    }
    if (pendingIndex >= 0)
        checkConfirmed(pendingIndex, now);
    return std::nullopt;
}

std::optional<ApiWorkflow::Failure> ApiWorkflow::review(const QStringList &ids, bool approve,
                                                        const User &caller)
{
    for (const QString &id : ids) {
        const ReviewRecord *r = m_reviews.find(id);
        if (!r || r->kind != RecordKind::Application) {
            return Failure{QString::fromLatin1(RecordNotFoundCode),
                           {QStringLiteral("The application %1 does not exist.").arg(id),
                            QStringLiteral("申请%1不存在。").arg(id)}};
        }
        if (r->approverName != caller.name) {
            return Failure{QString::fromLatin1(NotReviewerCode),
                           {QStringLiteral("Only the reviewer (%1) can review the application %2; "
                                           "you are %3.")
                                .arg(r->approverName, id, caller.name),
                            QStringLiteral("只有审核人（%1）可以审核申请%2，当前用户为%3。")
                                .arg(r->approverName, id, caller.name)}};
        }
        if (r->status != ApplyStatus::PendingApproval) {
            return Failure{
                QString::fromLatin1(IllegalActionCode),
                {QStringLiteral("The application %1 has already been reviewed (%2).")
                     .arg(id, applyStatusName(r->status)),
                 QStringLiteral("申请%1已审核（%2）。").arg(id, applyStatusName(r->status))}};
        }
    }
    const qint64 now = m_clock.nowMs();
    for (const QString &id : ids) {
        ReviewRecord *r = m_reviews.find(id);
        if (r->status != ApplyStatus::PendingApproval)
            continue; // listed twice
        r->status = approve ? ApplyStatus::Passed : ApplyStatus::Rejected;
        r->approvalMs = now;
        if (r->pending < 0)
            continue;
        PendingAction &pending = m_apis.pending[size_t(r->pending)];
        if (!pending.open)
            continue;
        pending.open = false;
        Pair &pair = m_apis.pairs[size_t(pending.pair)];
        pair.pending = -1;
        if (pending.action == ApiAction::Publish)
            setStatus(pair, approve ? ApiStatus::Published : ApiStatus::PublishReject);
        else
            setStatus(pair, approve ? ApiStatus::Published : ApiStatus::Stopped);
    }
    return std::nullopt;
}

} // namespace dataarts::sandbox
