#pragma once

#include "CertificateInfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace dataarts {

// The outcome of a failed call, typed so that callers decide without parsing text, and
// with a translated message() for people. A default-constructed ApiError is "no error".
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(dataarts::ApiError)
public:
    enum class Kind {
        None,
        InvalidInput,   // refused before sending (validate(), configuration)
        Network,        // no HTTP answer: refused, reset, DNS, proxy ...
        Timeout,        // connect or transfer timeout (see timeoutPhase)
        Cancelled,      // abort() before anything could have been applied
        Tls,            // certificate or handshake refused (see certificates, tlsErrors)
        BadRequest,     // 400
        Unauthorized,   // 401 (never retried)
        Forbidden,      // 403
        NotFound,       // 404
        RateLimited,    // 429 / APIGW.0308, after the retries the policy allows
        ClientError,    // other 3xx / 4xx
        ServerError,    // 5xx on a request that is safe to repeat, after the retries
        BadResponse,    // a 2xx whose body is unusable (see bodyProblem)
        TooLarge,       // the answer exceeded the size cap and was aborted
        ClockSkew,      // the signature expired: the clocks differ (see clockOffsetMs)
        UnknownOutcome, // a non-idempotent request may have been applied (see cause)
    };

    enum class BodyProblem {
        None,
        Empty,
        Html,             // an HTML page (proxy or gateway error page)
        WrongContentType, // not JSON
        Malformed,        // JSON syntax error
        Truncated,        // cut short
        UnexpectedShape,  // valid JSON, not the documented structure (detail has the path)
    };

    enum class TimeoutPhase { None, Connect, Transfer };

    Kind kind = Kind::None;
    // For UnknownOutcome: what happened after the request left (ServerError, Network,
    // Timeout, Cancelled, BadResponse, TooLarge).
    Kind cause = Kind::None;
    int httpStatus = 0;
    QString code;          // service error code: APIGW.0301, DLM.4182, DS.6000, ...
    QString serverMessage; // the server's error_msg, verbatim
    QString requestId;     // X-Request-Id of the answer
    QString detail;        // technical detail: network error text, decode path, ...
    BodyProblem bodyProblem = BodyProblem::None;
    TimeoutPhase timeoutPhase = TimeoutPhase::None;
    QStringList tlsErrors;
    QList<CertificateInfo> certificates; // the server's chain, leaf first
    qint64 clockOffsetMs = 0;            // server minus local clock (ClockSkew)
    QDateTime serverTime;                // from the answer's Date header
    int retryAfterMs = -1;               // RateLimited: the server's Retry-After
    qint64 sizeLimit = 0;                // TooLarge: the cap that was hit

    bool isError() const { return kind != Kind::None; }
    // The request may have changed state on the server: reconcile, never re-send blindly.
    bool mayHaveBeenApplied() const { return kind == Kind::UnknownOutcome; }
    // A 4xx refusal (not 401 or 429) whose body names no service error: empty, HTML, cut
    // short or not the documented shape. Why it was refused is unknown.
    bool isUnreadableRefusal() const
    {
        return (kind == Kind::BadRequest || kind == Kind::Forbidden || kind == Kind::NotFound ||
                kind == Kind::ClientError) &&
               httpStatus >= 400 && httpStatus < 500 && code.isEmpty();
    }

    // Translated, for people: what happened, the known meaning of the code, the server's
    // own words and the code.
    QString message() const;
    // Translated meaning of a service error code; empty for an unknown code.
    static QString describeCode(const QString &code);
    // Stable names for logs, the journal and the CLI's JSON ("unknown_outcome", ...).
    static QString kindName(Kind kind);
    static QString bodyProblemName(BodyProblem problem);

    static ApiError invalidInput(const QString &reason);
    static ApiError cancelled();

private:
    QString summary() const;
    QString causeText() const;
    QString bodyProblemText() const;
};

} // namespace dataarts
