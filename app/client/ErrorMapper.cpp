#include "ErrorMapper.h"

#include "HttpDate.h"
#include "ServiceErrorBody.h"

namespace dataarts::errorMapper {

namespace {

using Kind = ApiError::Kind;
using Problem = ApiError::BodyProblem;

bool looksLikeHtml(const ReplyFacts &f)
{
    if (f.contentType.toLower().contains("html"))
        return true;
    for (const char c : f.body) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '<';
    }
    return false;
}

bool isJsonContentType(const QByteArray &contentType)
{
    return contentType.toLower().contains("json");
}

bool bodyCutShort(const ReplyFacts &f)
{
    return f.contentLength >= 0 && f.body.size() < f.contentLength;
}

// A failure after the request left: for a request that is not safe to repeat the outcome is
// unknown; otherwise the failure as it is.
ApiError afterSend(const ReplyFacts &f, ApiError e)
{
    if (f.idempotent || !f.requestSent)
        return e;
    e.cause = e.kind;
    e.kind = Kind::UnknownOutcome;
    return e;
}

// Checks what can be checked of a 2xx body without decoding it; None when it may be decoded.
Problem checkBody(const ReplyFacts &f, QString *detail)
{
    if (bodyCutShort(f))
        return Problem::Truncated;
    if (f.body.trimmed().isEmpty())
        return Problem::Empty;
    if (looksLikeHtml(f))
        return Problem::Html;
    if (!f.contentType.isEmpty() && !isJsonContentType(f.contentType)) {
        *detail = QString::fromLatin1(f.contentType.left(100));
        return Problem::WrongContentType;
    }
    return Problem::None;
}

void fillServerTime(const ReplyFacts &f, ApiError *e)
{
    e->serverTime = httpDate::parse(f.dateHeader);
    if (e->serverTime.isValid() && f.localTime.isValid())
        e->clockOffsetMs = f.localTime.msecsTo(e->serverTime);
}

} // namespace

bool saysSignatureExpired(const QString &message)
{
    return message.contains(QLatin1String("expired"), Qt::CaseInsensitive) ||
           message.contains(QStringLiteral("过期"));
}

ApiError fromDecodeError(const DecodeError &error, bool idempotent, int httpStatus)
{
    ApiError e;
    if (!error.isError())
        return e;
    e.kind = idempotent ? Kind::BadResponse : Kind::UnknownOutcome;
    e.cause = idempotent ? Kind::None : Kind::BadResponse;
    switch (error.problem) {
    case DecodeError::Problem::Truncated:
        e.bodyProblem = Problem::Truncated;
        break;
    case DecodeError::Problem::Malformed:
        e.bodyProblem = Problem::Malformed;
        break;
    default:
        e.bodyProblem = Problem::UnexpectedShape;
    }
    e.detail = error.toString();
    e.httpStatus = httpStatus;
    return e;
}

ApiError map(const ReplyFacts &f)
{
    ApiError e;
    e.httpStatus = f.httpStatus;
    e.requestId = QString::fromLatin1(f.requestId.left(128));

    // Our own aborts first: they explain the network error Qt reports.
    switch (f.abort) {
    case ReplyFacts::Abort::None:
        break;
    case ReplyFacts::Abort::Cancelled:
        e.kind = Kind::Cancelled;
        return afterSend(f, e);
    case ReplyFacts::Abort::ConnectTimeout:
    case ReplyFacts::Abort::TransferTimeout:
        e.kind = Kind::Timeout;
        e.timeoutPhase = f.abort == ReplyFacts::Abort::ConnectTimeout
                             ? ApiError::TimeoutPhase::Connect
                             : ApiError::TimeoutPhase::Transfer;
        return afterSend(f, e);
    case ReplyFacts::Abort::TooLarge:
        e.kind = Kind::TooLarge;
        e.sizeLimit = f.sizeLimit;
        return afterSend(f, e);
    }

    if (!f.tlsErrors.isEmpty() || f.networkError == QNetworkReply::SslHandshakeFailedError) {
        e.kind = Kind::Tls;
        e.tlsErrors = f.tlsErrors;
        e.certificates = f.certificates;
        e.detail = f.networkErrorString;
        return e; // the handshake failed: nothing was sent
    }

    if (f.httpStatus == 0) {
        e.kind = Kind::Network;
        e.detail = f.networkErrorString;
        if (f.networkError == QNetworkReply::NoError && e.detail.isEmpty())
            e.detail = QStringLiteral("no HTTP status");
        ReplyFacts sent = f;
        // Qt gives up with ContentReSendError only after the body went out once.
        if (f.networkError == QNetworkReply::ContentReSendError)
            sent.requestSent = true;
        return afterSend(sent, e);
    }

    const int status = f.httpStatus;
    if (status >= 200 && status < 300) {
        // A transport error after a 2xx status: the body was cut.
        if (f.networkError != QNetworkReply::NoError || bodyCutShort(f)) {
            e.kind = Kind::BadResponse;
            e.bodyProblem = Problem::Truncated;
            e.detail = f.networkErrorString;
            return afterSend(f, e);
        }
        if (!f.expectJson || (f.allowEmptyBody && f.body.trimmed().isEmpty()))
            return {};
        QString detail;
        const Problem problem = checkBody(f, &detail);
        if (problem == Problem::None)
            return {};
        e.kind = Kind::BadResponse;
        e.bodyProblem = problem;
        e.detail = detail;
        return afterSend(f, e);
    }

    // An error status: its body names the service error, when it is one.
    const ServiceErrorBody body = ServiceErrorBody::parse(f.body);
    e.code = body.code.left(128);
    e.serverMessage = body.message.left(10240);
    if (!body.found) {
        // What made the body unreadable, so that callers can tell a refusal they can read
        // (a code) from one they cannot.
        if (bodyCutShort(f))
            e.bodyProblem = Problem::Truncated;
        else if (f.body.trimmed().isEmpty())
            e.bodyProblem = Problem::Empty;
        else if (looksLikeHtml(f))
            e.bodyProblem = Problem::Html;
        else if (!f.contentType.isEmpty() && !isJsonContentType(f.contentType))
            e.bodyProblem = Problem::WrongContentType;
        else
            e.bodyProblem = Problem::Malformed;
    }

    if (status >= 300 && status < 400) {
        e.kind = Kind::ClientError;
        e.detail = QStringLiteral("redirect to ") + QString::fromLatin1(f.location.left(512));
        return e;
    }
    if (status == 429 || e.code == QLatin1String("APIGW.0308")) {
        e.kind = Kind::RateLimited;
        e.retryAfterMs = int(qMin<qint64>(
            httpDate::retryAfterMs(f.retryAfter, httpDate::parse(f.dateHeader).isValid()
                                                     ? httpDate::parse(f.dateHeader)
                                                     : f.localTime),
            24 * 3600 * 1000));
        return e;
    }
    if (status == 401) {
        fillServerTime(f, &e);
        const bool skewed = e.serverTime.isValid() && qAbs(e.clockOffsetMs) > kSkewThresholdMs;
        e.kind = (skewed || saysSignatureExpired(e.serverMessage)) ? Kind::ClockSkew
                                                                   : Kind::Unauthorized;
        return e;
    }
    if (status >= 500) {
        e.kind = Kind::ServerError;
        return afterSend(f, e);
    }
    switch (status) {
    case 400:
        e.kind = Kind::BadRequest;
        break;
    case 403:
        e.kind = Kind::Forbidden;
        break;
    case 404:
        e.kind = Kind::NotFound;
        break;
    default:
        e.kind = Kind::ClientError;
    }
    return e;
}

} // namespace dataarts::errorMapper
