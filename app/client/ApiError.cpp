#include "ApiError.h"

#include <QLocale>

namespace dataarts {

ApiError ApiError::invalidInput(const QString &reason)
{
    ApiError e;
    e.kind = Kind::InvalidInput;
    e.detail = reason;
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.kind = Kind::Cancelled;
    return e;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidInput:
        return QStringLiteral("invalid_input");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::BadRequest:
        return QStringLiteral("bad_request");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::ClientError:
        return QStringLiteral("client_error");
    case Kind::ServerError:
        return QStringLiteral("server_error");
    case Kind::BadResponse:
        return QStringLiteral("bad_response");
    case Kind::TooLarge:
        return QStringLiteral("too_large");
    case Kind::ClockSkew:
        return QStringLiteral("clock_skew");
    case Kind::UnknownOutcome:
        return QStringLiteral("unknown_outcome");
    }
    return QStringLiteral("?");
}

QString ApiError::bodyProblemName(BodyProblem problem)
{
    switch (problem) {
    case BodyProblem::None:
        return QStringLiteral("none");
    case BodyProblem::Empty:
        return QStringLiteral("empty");
    case BodyProblem::Html:
        return QStringLiteral("html");
    case BodyProblem::WrongContentType:
        return QStringLiteral("wrong_content_type");
    case BodyProblem::Malformed:
        return QStringLiteral("malformed");
    case BodyProblem::Truncated:
        return QStringLiteral("truncated");
    case BodyProblem::UnexpectedShape:
        return QStringLiteral("unexpected_shape");
    }
    return QStringLiteral("?");
}

QString ApiError::describeCode(const QString &code)
{
    if (code == QLatin1String("APIGW.0301"))
        return tr("The gateway refused the credentials: wrong signature, unknown access key "
                  "or invalid token. After five failures in a row a key is locked for five "
                  "minutes.");
    if (code == QLatin1String("APIGW.0308"))
        return tr("The throttling threshold has been reached.");
    if (code == QLatin1String("DLG.0818"))
        return tr("The workspace does not exist.");
    if (code == QLatin1String("DLG.3902"))
        return tr("The resource id is not valid.");
    if (code == QLatin1String("DLG.3903") || code == QLatin1String("DLG.6007") ||
        code == QLatin1String("DLG.6018") || code == QLatin1String("DLG.6019") ||
        code == QLatin1String("DLG.6022") || code == QLatin1String("DLG.6026"))
        return tr("The entity does not exist.");
    if (code == QLatin1String("DLM.4001"))
        return tr("The workspace or the instance does not exist.");
    if (code == QLatin1String("DLM.4018"))
        return tr("The API does not exist.");
    if (code == QLatin1String("DLM.4063"))
        return tr("The app does not exist.");
    if (code == QLatin1String("DLM.4182"))
        return tr("The action is not allowed in the API's current state (for example, the API "
                  "is already offline).");
    if (code == QLatin1String("DLM.4093"))
        return tr("Only the API's reviewer can do this (unpublish or stop it, or decide its "
                  "message).");
    if (code == QLatin1String("DLM.4215"))
        return tr("The cluster does not exist.");
    if (code == QLatin1String("DLM.4197") || code == QLatin1String("DLM.4205") ||
        code == QLatin1String("DLM.4292"))
        return tr("The object does not exist.");
    if (code == QLatin1String("DS.6000") || code == QLatin1String("DLS.1000"))
        return tr("The request failed.");
    return {};
}

QString ApiError::bodyProblemText() const
{
    switch (bodyProblem) {
    case BodyProblem::None:
        return {};
    case BodyProblem::Empty:
        return tr("The server's answer was empty.");
    case BodyProblem::Html:
        return tr("The server answered with an HTML page instead of data (a proxy or gateway "
                  "error page?).");
    case BodyProblem::WrongContentType:
        return tr("The server's answer is not JSON (content type “%1”).").arg(detail);
    case BodyProblem::Malformed:
        return tr("The server's answer is not valid JSON (%1).").arg(detail);
    case BodyProblem::Truncated:
        return tr("The server's answer was cut short.");
    case BodyProblem::UnexpectedShape:
        return tr("The server's answer does not have the expected structure (%1).").arg(detail);
    }
    return {};
}

QString ApiError::causeText() const
{
    switch (cause) {
    case Kind::ServerError:
        return tr("the server failed with HTTP %1").arg(httpStatus);
    case Kind::Network:
        return tr("the connection broke (%1)").arg(detail);
    case Kind::Timeout:
        return tr("no answer came in time");
    case Kind::Cancelled:
        return tr("it was cancelled");
    case Kind::BadResponse:
        return tr("the answer could not be read");
    case Kind::TooLarge:
        return tr("the answer was too large");
    default:
        return tr("the answer was lost");
    }
}

QString ApiError::summary() const
{
    const QLocale locale;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InvalidInput:
        return tr("The request is not valid: %1").arg(detail);
    case Kind::Network:
        return tr("Could not reach the server: %1").arg(detail);
    case Kind::Timeout:
        return timeoutPhase == TimeoutPhase::Connect
                   ? tr("Connecting to the server timed out.")
                   : tr("The server stopped answering (transfer timed out).");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Tls: {
        QString text = tr("The server's certificate was not accepted: %1")
                           .arg(tlsErrors.isEmpty() ? detail : tlsErrors.join(QLatin1String("; ")));
        if (!certificates.isEmpty()) {
            const CertificateInfo &leaf = certificates.first();
            text += QLatin1Char(' ') +
                    tr("Certificate: %1, issued by %2, valid until %3, SHA-256 %4.")
                        .arg(leaf.subject, leaf.issuer,
                             locale.toString(leaf.notAfter.toLocalTime(), QLocale::ShortFormat),
                             leaf.sha256Fingerprint);
        }
        return text;
    }
    case Kind::BadRequest:
        return tr("The server refused the request (HTTP 400).");
    case Kind::Unauthorized:
        return tr("Authentication failed (HTTP 401). Check the access key and secret key, or the "
                  "user name and password. The request was not repeated.");
    case Kind::Forbidden:
        return tr("Permission denied (HTTP 403).");
    case Kind::NotFound:
        return tr("Not found (HTTP 404).");
    case Kind::RateLimited:
        return tr("The service is throttling requests (HTTP 429) and kept doing so; try again "
                  "later.");
    case Kind::ClientError:
        return tr("The server refused the request (HTTP %1).").arg(httpStatus);
    case Kind::ServerError: {
        QString text = tr("The server failed (HTTP %1).").arg(httpStatus);
        if (bodyProblem == BodyProblem::Html)
            text += QLatin1Char(' ') + bodyProblemText();
        return text;
    }
    case Kind::BadResponse: {
        const QString text = bodyProblemText();
        return text.isEmpty() ? tr("The server's answer could not be used.") : text;
    }
    case Kind::TooLarge:
        return tr("The answer is larger than the limit of %1 and was aborted.")
            .arg(locale.formattedDataSize(sizeLimit));
    case Kind::ClockSkew: {
        // clockOffsetMs is server minus local: positive means this computer is behind.
        const qint64 seconds = qAbs(clockOffsetMs) / 1000;
        const QString amount = seconds < 120 ? tr("%n second(s)", nullptr, int(seconds))
                                             : tr("%n minute(s)", nullptr, int(seconds / 60));
        const QString server = serverTime.isValid()
                                   ? locale.toString(serverTime.toLocalTime(), QLocale::LongFormat)
                                   : tr("unknown");
        return clockOffsetMs >= 0
                   ? tr("The request signature expired: this computer's clock is %1 behind the "
                        "server's (server time %2). Correct the system clock.")
                         .arg(amount, server)
                   : tr("The request signature expired: this computer's clock is %1 ahead of the "
                        "server's (server time %2). Correct the system clock.")
                         .arg(amount, server);
    }
    case Kind::UnknownOutcome:
        return tr("The request may or may not have been applied: %1 after it was sent. It was "
                  "not sent again; check the current state.")
            .arg(causeText());
    }
    return {};
}

QString ApiError::message() const
{
    if (kind == Kind::None)
        return {};
    QString text = summary();
    const QString meaning = describeCode(code);
    if (!meaning.isEmpty())
        text += QLatin1Char(' ') + meaning;
    if (!serverMessage.isEmpty())
        text += QLatin1Char(' ') + tr("Server message: “%1”").arg(serverMessage);
    if (!code.isEmpty())
        text += QStringLiteral(" [") + code + QLatin1Char(']');
    return text;
}

} // namespace dataarts
