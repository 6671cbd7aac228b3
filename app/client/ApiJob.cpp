#include "ApiJob.h"

#include "ErrorMapper.h"
#include "HttpDate.h"
#include "HttpLog.h"
#include "IamTokenProvider.h"
#include "OneShotBody.h"
#include "RateLimiter.h"
#include "Redaction.h"
#include "Session.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>

namespace dataarts {

namespace {

QByteArray lower(const QByteArray &name)
{
    return name.toLower();
}

} // namespace

ApiJob::ApiJob(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_connectTimer.setSingleShot(true);
    m_transferTimer.setSingleShot(true);
    m_backoffTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this,
            [this] { abortReply(ReplyFacts::Abort::ConnectTimeout); });
    connect(&m_transferTimer, &QTimer::timeout, this,
            [this] { abortReply(ReplyFacts::Abort::TransferTimeout); });
    connect(&m_backoffTimer, &QTimer::timeout, this, &ApiJob::proceed);
    // The session going (quit, profile switch) ends a running job as cancelled, at once:
    // nothing of the session is touched after this (m_session is already null here). A job
    // not started yet finds the session gone when it starts.
    if (session) {
        connect(session, &QObject::destroyed, this, [this] {
            if (m_state != State::Idle)
                abort();
        });
    }
}

ApiJob::~ApiJob()
{
    if (m_session) {
        if (RateLimiter *limiter = m_session->rateLimiter(m_spec.service))
            limiter->cancel(this);
        m_session->tokens()->cancel(this);
    }
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

Session *ApiJob::session() const
{
    return m_session;
}

QString ApiJob::projectId() const
{
    return m_session ? m_session->settings().projectId : QString();
}

QByteArray ApiJob::responseHeader(const QByteArray &lowerName) const
{
    for (const auto &h : m_responseHeaders) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

void ApiJob::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Starting;
    QMetaObject::invokeMethod(this, &ApiJob::begin, Qt::QueuedConnection);
}

void ApiJob::begin()
{
    if (m_state != State::Starting)
        return; // aborted in the meantime
    if (!m_session) {
        finish(ApiError::invalidInput(tr("The connection was closed.")));
        return;
    }
    if (m_session->setupError().isError()) {
        finish(m_session->setupError());
        return;
    }
    const QString problem = validate();
    if (!problem.isEmpty()) {
        finish(ApiError::invalidInput(problem));
        return;
    }
    m_spec = request();
    const ConnectionSettings &cs = m_session->settings();
    if (m_spec.base == RequestSpec::Base::DataArts && cs.projectId.isEmpty()) {
        finish(ApiError::invalidInput(tr("The profile has no project id.")));
        return;
    }
    if (m_spec.headers == RequestSpec::Headers::Workspace && cs.workspace.isEmpty()) {
        finish(ApiError::invalidInput(tr("The profile has no workspace.")));
        return;
    }
    proceed();
}

void ApiJob::proceed()
{
    if (!m_session) {
        finish(ApiError::invalidInput(tr("The connection was closed.")));
        return;
    }
    if (m_spec.authenticate && m_session->settings().auth == AuthMethod::IamPassword) {
        m_state = State::WaitingForToken;
        m_session->tokens()->acquire(this, [this](const ApiError &error) {
            if (error.isError())
                finish(error);
            else
                waitForRateToken();
        });
        return;
    }
    waitForRateToken();
}

void ApiJob::waitForRateToken()
{
    RateLimiter *limiter = m_session->rateLimiter(m_spec.service);
    if (!limiter) {
        send();
        return;
    }
    m_state = State::WaitingForRate;
    limiter->acquire(this, [this] { send(); });
}

void ApiJob::send()
{
    Session *s = m_session;
    if (!s) {
        finish(ApiError::invalidInput(tr("The connection was closed.")));
        return;
    }
    m_state = State::Sending;
    ++m_attempts;
    m_body.clear();
    m_requestSent = false;
    m_abort = ReplyFacts::Abort::None;
    m_tlsErrors.clear();
    m_certificates.clear();
    m_responseHeaders.clear();
    m_httpStatus = 0;

    const ConnectionSettings &cs = s->settings();
    const QUrl base =
        m_spec.base == RequestSpec::Base::Iam ? s->iamBaseUrl() : s->dataArtsBaseUrl();
    SignableRequest req;
    req.method = m_spec.method;
    req.scheme = base.scheme();
    req.host = base.host();
    req.port = base.port(-1);
    QString basePath = base.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    req.path = basePath + m_spec.path;
    req.query = m_spec.query;
    req.body = m_spec.body;
    if (!m_spec.contentType.isEmpty())
        req.setHeader("Content-Type", m_spec.contentType);
    if (m_spec.headers == RequestSpec::Headers::Workspace)
        req.setHeader("workspace", cs.workspace.toUtf8());
    if (m_spec.headers != RequestSpec::Headers::None && !cs.projectId.isEmpty())
        req.setHeader("X-Project-Id", cs.projectId.toUtf8());
    if (m_spec.sendDlmType && !cs.dlmType.isEmpty())
        req.setHeader("Dlm-Type", cs.dlmType.toUtf8());
    for (const HeaderItem &h : m_spec.extraHeaders)
        req.setHeader(h.first, h.second);
    if (m_spec.authenticate) {
        if (cs.auth == AuthMethod::AkSk)
            req = s->sign(req).request; // X-Sdk-Date from the corrected clock, every attempt
        else
            req.setHeader("X-Auth-Token", s->tokens()->token());
    }

    QNetworkRequest nr(req.url());
    for (const HeaderItem &h : req.headers)
        nr.setRawHeader(h.first, h.second);
    nr.setRawHeader("Accept", "application/json");
    nr.setHeader(QNetworkRequest::UserAgentHeader,
                 QByteArrayLiteral("dataarts-desk/" DESK_VERSION));
    // HTTP/1.1 only: the resend protection below is what we test, on the protocol we test.
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (req.scheme == QLatin1String("https"))
        nr.setSslConfiguration(s->sslConfiguration());

    m_sentMethod = req.method;
    m_sentUrl = nr.url();
    if (lcDataArtsHttp().isInfoEnabled())
        logRequest(nr, req.headers);

    QNetworkAccessManager *nam = s->network();
    if (m_spec.method == "GET") {
        m_reply = nam->get(nr);
    } else if (!m_spec.idempotent) {
        // Never re-sent by Qt: see OneShotBody.
        nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        nr.setHeader(QNetworkRequest::ContentLengthHeader, m_spec.body.size());
        auto *device = new OneShotBody(m_spec.body);
        m_reply = nam->sendCustomRequest(nr, m_spec.method, device);
        device->setParent(m_reply);
    } else {
        m_reply = nam->sendCustomRequest(nr, m_spec.method, m_spec.body);
    }
    m_attemptClock.start();

    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        m_requestSent = true;
        onActivity();
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0)
            onActivity();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        m_requestSent = true; // an answer came: the request had arrived
        onActivity();
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        const qint64 cap = m_session ? m_session->settings().maxResponseBytes : 0;
        if (cap > 0 && length.isValid() && length.toLongLong() > cap)
            abortReply(ReplyFacts::Abort::TooLarge);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this] {
        onActivity();
        if (!m_reply)
            return;
        m_body += m_reply->readAll();
        const qint64 cap = m_session ? m_session->settings().maxResponseBytes : 0;
        if (cap > 0 && m_body.size() > cap)
            abortReply(ReplyFacts::Abort::TooLarge);
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded, never ignored: the handshake then fails and the job reports them.
        for (const QSslError &e : errors)
            m_tlsErrors << e.errorString();
        if (m_reply)
            m_certificates =
                CertificateInfo::fromChain(m_reply->sslConfiguration().peerCertificateChain());
        if (m_certificates.isEmpty() && !errors.isEmpty())
            m_certificates << CertificateInfo::from(errors.first().certificate());
    });
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onFinished);
    m_connectTimer.start(m_connectTimeoutMs > 0 ? m_connectTimeoutMs : cs.connectTimeoutMs);
    emit attemptStarted(m_attempts);
}

void ApiJob::onActivity()
{
    m_connectTimer.stop();
    if (m_reply && m_session)
        m_transferTimer.start(m_transferTimeoutMs > 0 ? m_transferTimeoutMs
                                                      : m_session->settings().transferTimeoutMs);
}

void ApiJob::abortReply(ReplyFacts::Abort reason)
{
    if (!m_reply)
        return;
    if (m_abort == ReplyFacts::Abort::None)
        m_abort = reason;
    m_connectTimer.stop();
    m_transferTimer.stop();
    m_reply->abort(); // finished() follows (at once, in Qt 6)
}

void ApiJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_connectTimer.stop();
    m_transferTimer.stop();
    reply->deleteLater();
    disconnect(reply, nullptr, this, nullptr);
    if (m_abort == ReplyFacts::Abort::None && reply->isOpen())
        m_body += reply->readAll();

    ReplyFacts f;
    f.idempotent = m_spec.idempotent;
    f.expectJson = m_spec.expectJson;
    f.allowEmptyBody = m_spec.allowEmptyBody;
    f.requestSent = m_requestSent;
    f.networkError = reply->error();
    f.networkErrorString = reply->errorString();
    f.abort = m_abort;
    f.sizeLimit = m_session ? m_session->settings().maxResponseBytes : 0;
    f.tlsErrors = m_tlsErrors;
    f.certificates = m_certificates;
    f.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &h : reply->rawHeaderPairs())
        m_responseHeaders.append({lower(h.first), h.second});
    f.contentType = responseHeader("content-type");
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    f.contentLength = length.isValid() ? length.toLongLong() : -1;
    f.body = m_body;
    f.requestId = responseHeader("x-request-id");
    f.dateHeader = responseHeader("date");
    f.retryAfter = responseHeader("retry-after");
    f.location = responseHeader("location");
    f.localTime = m_session ? m_session->localNow() : QDateTime::currentDateTimeUtc();
    m_httpStatus = f.httpStatus;
    if (m_session && !f.dateHeader.isEmpty())
        m_session->noteServerDate(httpDate::parse(f.dateHeader));
    if (!f.requestId.isEmpty())
        m_requestId = QString::fromLatin1(f.requestId.left(128));

    if (lcDataArtsHttp().isInfoEnabled()) {
        qCInfo(lcDataArtsHttp).noquote()
            << QStringLiteral("<- %1 %2 %3: %4 bytes, %5 ms, request id %6%7")
                   .arg(f.httpStatus)
                   .arg(QString::fromLatin1(m_sentMethod), m_sentUrl.path())
                   .arg(m_body.size())
                   .arg(m_attemptClock.elapsed())
                   .arg(m_requestId.isEmpty() ? QStringLiteral("-") : m_requestId,
                        f.networkError == QNetworkReply::NoError
                            ? QString()
                            : QStringLiteral(" (") + f.networkErrorString + QLatin1Char(')'));
        if (lcDataArtsHttp().isDebugEnabled()) {
            qCDebug(lcDataArtsHttp).noquote()
                << "response headers:\n"
                << QString::fromUtf8(redact::headers(m_responseHeaders));
            qCDebug(lcDataArtsHttp).noquote()
                << "response body:" << QString::fromUtf8(redact::body(m_body));
        }
    }

    ApiError error = errorMapper::map(f);
    if (!error.isError()) {
        resetResult();
        const DecodeError decodeError = m_spec.expectJson ? decode(m_body) : DecodeError();
        if (!decodeError.isError()) {
            finish(ApiError());
            return;
        }
        error = errorMapper::fromDecodeError(decodeError, m_spec.idempotent, f.httpStatus);
        error.requestId = m_requestId;
    }
    handleFailure(error);
}

int ApiJob::backoffMs() const
{
    const RetryPolicy &p = m_session->retryPolicy();
    const int exponent = qBound(0, m_failedAttempts - 1, 16);
    const qint64 full = qMin<qint64>(p.maxBackoffMs, qint64(p.baseBackoffMs) << exponent);
    const qint64 low = full / 2;
    return int(low + QRandomGenerator::global()->bounded(qMax<qint64>(1, full - low + 1)));
}

void ApiJob::handleFailure(ApiError error)
{
    if (!m_session) {
        finish(error);
        return;
    }
    const RetryPolicy &p = m_session->retryPolicy();
    RateLimiter *limiter = m_session->rateLimiter(m_spec.service);
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::ClockSkew:
        if (m_spec.authenticate && m_session->settings().auth == AuthMethod::AkSk &&
            !m_skewRetried && error.serverTime.isValid()) {
            // Once: store the measured offset and sign again with the corrected clock.
            m_skewRetried = true;
            qCInfo(lcDataArtsHttp) << "signature expired; clock offset to the server"
                                   << error.clockOffsetMs << "ms; retrying once";
            m_session->setClockOffsetMs(error.clockOffsetMs);
            proceed();
            return;
        }
        break;
    case Kind::Unauthorized:
        // Never retried: five bad signatures lock the key for five minutes.
        if (m_session->settings().auth == AuthMethod::IamPassword && m_spec.authenticate)
            m_session->tokens()->invalidate();
        break;
    case Kind::RateLimited: {
        // The gateway did not process the request: safe to repeat, whatever the method.
        const int delay = error.retryAfterMs >= 0
                              ? qMin(error.retryAfterMs, p.maxRetryAfterMs)
                              : int(p.throttleFallbackMinMs +
                                    QRandomGenerator::global()->bounded(qMax(
                                        1, p.throttleFallbackMaxMs - p.throttleFallbackMinMs + 1)));
        if (limiter) {
            // Everyone of this service waits out the server's delay, new jobs included...
            limiter->noteThrottled();
            limiter->pause(delay);
        }
        if (++m_throttledAttempts < p.maxRateLimitedAttempts) {
            // ... and the throttled ones come back spread over a window that widens each
            // time they are throttled again, so that they do not all return at once.
            const int window = qMax(delay, 100) * qMin(m_throttledAttempts, 4);
            retryAfter(delay + int(QRandomGenerator::global()->bounded(window + 1)));
            return;
        }
        break;
    }
    case Kind::Network:
    case Kind::Timeout:
    case Kind::ServerError:
        // Non-idempotent requests that had left were turned into UnknownOutcome by the
        // mapper; what reaches here is safe to repeat.
        if (++m_failedAttempts < p.maxAttempts) {
            retryAfter(backoffMs());
            return;
        }
        break;
    case Kind::BadResponse:
        if (error.bodyProblem != ApiError::BodyProblem::UnexpectedShape &&
            ++m_failedAttempts < p.maxAttempts) {
            retryAfter(backoffMs());
            return;
        }
        break;
    default:
        break;
    }
    finish(error);
}

void ApiJob::retryAfter(int delayMs)
{
    m_state = State::Backoff;
    qCInfo(lcDataArtsHttp).noquote()
        << QStringLiteral("retrying %1 %2 in %3 ms")
               .arg(QString::fromLatin1(m_sentMethod), m_sentUrl.path())
               .arg(delayMs);
    m_backoffTimer.start(delayMs);
}

void ApiJob::abort()
{
    switch (m_state) {
    case State::Finished:
        return;
    case State::Sending:
        abortReply(ReplyFacts::Abort::Cancelled);
        if (m_state != State::Finished) // finished() was queued rather than immediate
            finish(m_spec.idempotent || !m_requestSent ? ApiError::cancelled() : [] {
                ApiError e;
                e.kind = ApiError::Kind::UnknownOutcome;
                e.cause = ApiError::Kind::Cancelled;
                return e;
            }());
        return;
    default:
        finish(ApiError::cancelled());
    }
}

void ApiJob::finish(ApiError error)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_connectTimer.stop();
    m_transferTimer.stop();
    m_backoffTimer.stop();
    if (m_session) {
        if (RateLimiter *limiter = m_session->rateLimiter(m_spec.service))
            limiter->cancel(this);
        m_session->tokens()->cancel(this);
    }
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    m_error = std::move(error);
    if (m_error.isError()) {
        if (m_error.requestId.isEmpty())
            m_error.requestId = m_requestId;
        qCInfo(lcDataArtsHttp).noquote()
            << QStringLiteral("%1 %2 failed after %3 attempt(s): %4 %5 %6")
                   .arg(QString::fromLatin1(m_spec.method), m_spec.path)
                   .arg(m_attempts)
                   .arg(ApiError::kindName(m_error.kind), m_error.code, m_error.detail.left(200));
    }
    emit finished();
    if (m_autoDelete)
        deleteLater();
}

void ApiJob::logRequest(const QNetworkRequest &request,
                        const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    qCInfo(lcDataArtsHttp).noquote()
        << QStringLiteral("-> %1 %2 (attempt %3)")
               .arg(QString::fromLatin1(m_spec.method), request.url().toDisplayString())
               .arg(m_attempts);
    if (lcDataArtsHttp().isDebugEnabled()) {
        qCDebug(lcDataArtsHttp).noquote() << "request headers:\n"
                                          << QString::fromUtf8(redact::headers(headers));
        if (!m_spec.body.isEmpty())
            qCDebug(lcDataArtsHttp).noquote()
                << "request body:" << QString::fromUtf8(redact::body(m_spec.body));
    }
}

} // namespace dataarts
