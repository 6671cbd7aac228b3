#include "RunStrategy.h"

#include "ApiActionStrategy.h"
#include "ApplicationReviewStrategy.h"
#include "ApprovalBatchStrategy.h"
#include "ApprovalDecisionStrategy.h"
#include "MessageConfirmStrategy.h"
#include "RepublishStrategy.h"

#include "connection/ConnectionProbeJob.h"

namespace dataarts {

namespace {

// After a failure that proves nothing was sent (no connection, ...): wait before sending
// more of the run.
constexpr int kTransientHoldMs = 2000;

} // namespace

RunStrategy::RunStrategy(RunKind kind, QJsonObject parameters)
    : m_kind(kind)
    , m_parameters(std::move(parameters))
{}

RunStrategy::~RunStrategy() = default;

std::unique_ptr<RunStrategy> RunStrategy::create(RunKind kind, const QJsonObject &parameters)
{
    switch (kind) {
    case RunKind::BatchOffline:
    case RunKind::BatchPublish:
        return std::make_unique<ApprovalBatchStrategy>(kind, parameters);
    case RunKind::ApiAction:
        return std::make_unique<ApiActionStrategy>(parameters);
    case RunKind::ApiRepublish:
        return std::make_unique<RepublishStrategy>(parameters);
    case RunKind::ApprovalResolve:
    case RunKind::ApprovalReject:
    case RunKind::ApprovalWithdraw:
        return std::make_unique<ApprovalDecisionStrategy>(kind, parameters);
    case RunKind::MessageConfirm:
        return std::make_unique<MessageConfirmStrategy>(parameters);
    case RunKind::ApplicationReview:
        return std::make_unique<ApplicationReviewStrategy>(parameters);
    }
    return std::make_unique<ApprovalBatchStrategy>(RunKind::BatchOffline, parameters);
}

QString RunStrategy::validateItem(const RunItem &item) const
{
    if (item.keyId.trimmed().isEmpty())
        return tr("An item has no id.");
    return {};
}

QList<ItemOutcome> RunStrategy::allItems(const QList<RunItem> &items, ItemState state,
                                         const QString &code, const QString &remark)
{
    QList<ItemOutcome> out;
    out.reserve(items.size());
    for (const RunItem &item : items) {
        ItemOutcome o;
        o.itemId = item.id;
        o.state = state;
        o.code = code;
        o.remark = remark;
        out.append(o);
    }
    return out;
}

QString RunStrategy::remarkFor(const ApiError &error)
{
    if (!error.serverMessage.isEmpty())
        return error.serverMessage;
    return error.message();
}

UnitOutcome RunStrategy::commonFailure(const ApiError &error, const QList<RunItem> &items)
{
    using Kind = ApiError::Kind;
    UnitOutcome out;
    out.error = error;
    RequestAnswer &a = out.answer;
    a.requestId = error.requestId;
    a.httpStatus = error.httpStatus;
    a.errorCode = error.code;
    a.remark = remarkFor(error);
    switch (error.kind) {
    case Kind::None:
        break;
    case Kind::UnknownOutcome:
        // It may have been applied: reconcile, never send blindly again.
        a.items = allItems(items, ItemState::Unknown, error.code, a.remark);
        return out;
    case Kind::RateLimited:
        // Refused by the gateway, so not applied: send later. The client's limiter is
        // paused for Retry-After already; keep this run quiet as long.
        a.items = allItems(items, ItemState::Queued);
        out.holdMs = error.retryAfterMs > 0 ? error.retryAfterMs : kTransientHoldMs;
        return out;
    case Kind::Cancelled:
        // Given up before it left.
        a.items = allItems(items, ItemState::Queued);
        return out;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::ServerError:
    case Kind::BadResponse:
        // Not UnknownOutcome: the request provably never reached the server (the client
        // turns every failure after sending into UnknownOutcome for these requests).
        a.items = allItems(items, ItemState::Queued);
        out.holdMs = kTransientHoldMs;
        return out;
    case Kind::Unauthorized:
    case Kind::ClockSkew:
    case Kind::Tls:
        // Every request would fail alike (and bad signatures lock the key): stop.
        a.items = allItems(items, ItemState::Queued);
        out.halt = true;
        return out;
    case Kind::InvalidInput:
    case Kind::BadRequest:
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::ClientError:
    case Kind::TooLarge:
        break;
    }
    a.items = allItems(items, ItemState::Failed, error.code, a.remark);
    return out;
}

QString RunStrategy::unreadableRefusalRemark(const ApiError &error)
{
    QString why;
    switch (error.bodyProblem) {
    case ApiError::BodyProblem::Empty:
        why = tr("it was empty");
        break;
    case ApiError::BodyProblem::Html:
        why = tr("it was an HTML page");
        break;
    case ApiError::BodyProblem::Truncated:
        why = tr("it was cut short");
        break;
    default:
        why = tr("it named no error code");
        break;
    }
    return tr("The server refused the request (HTTP %1), but its answer could not be read (%2).")
        .arg(error.httpStatus)
        .arg(why);
}

UnitOutcome RunStrategy::unreadableRefusal(const ApiError &error, const QList<RunItem> &items)
{
    UnitOutcome out;
    out.error = error;
    RequestAnswer &a = out.answer;
    a.requestId = error.requestId;
    a.httpStatus = error.httpStatus;
    a.remark = unreadableRefusalRemark(error);
    a.items = allItems(items, ItemState::Unknown, QString(), a.remark);
    return out;
}

ApiJob *RunStrategy::createKeyCheck(Session *session) const
{
    return new ConnectionProbeJob(session);
}

} // namespace dataarts
