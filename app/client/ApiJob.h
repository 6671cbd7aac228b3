#pragma once

#include "ApiError.h"
#include "ReplyFacts.h"
#include "RequestSpec.h"

#include "dto/DecodeError.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace dataarts {

class Session;

// One remote call (style.md "One class per remote call"). start() builds the request,
// waits for an IAM token and a rate-limit token, signs it (a fresh X-Sdk-Date on every
// attempt) or adds X-Auth-Token, sends it, retries what is safe to retry, decodes the answer
// and emits finished() once with either a typed result (in the subclass) or error(). No
// nested event loops: everything is driven by signals and timers.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    explicit ApiJob(Session *session, QObject *parent = nullptr);
    ~ApiJob() override;

    // Runs the call; finished() always comes later from the event loop, never from start().
    // A job runs once.
    void start();
    // Cancels: error().kind is Cancelled (or UnknownOutcome when a request that is not safe
    // to repeat had already left), never Timeout.
    void abort();

    bool isRunning() const { return m_state != State::Idle && m_state != State::Finished; }
    bool isFinished() const { return m_state == State::Finished; }
    bool ok() const { return isFinished() && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    QString requestId() const { return m_requestId; }
    int attempts() const { return m_attempts; }
    int httpStatus() const { return m_httpStatus; }

    // Delete the job (deleteLater) right after finished() was emitted. Off by default so
    // callers can read the result afterwards.
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

    Session *session() const;

    // This job's timeouts instead of the profile's (0: the profile's). Connect: until the
    // request has left; transfer: the longest silence after that.
    void setTimeouts(int connectMs, int transferMs)
    {
        m_connectTimeoutMs = connectMs;
        m_transferTimeoutMs = transferMs;
    }

    // The request of the last attempt, as sent (for review pages and tests).
    QByteArray sentMethod() const { return m_sentMethod; }
    QUrl sentUrl() const { return m_sentUrl; }
    QByteArray sentBody() const { return m_spec.body; }

    // The request this job will send (method, path, query, body), without sending it.
    RequestSpec describe() const { return request(); }

signals:
    void finished();
    // Each time a request leaves (attempt counts from 1).
    void attemptStarted(int attempt);

protected:
    // The request to send. Called once per run.
    virtual RequestSpec request() const = 0;
    // Input checks before anything is sent; a translated reason, or empty.
    virtual QString validate() const { return {}; }
    // Reads a 2xx answer body into the typed result (empty when the call allows no body).
    // A decode error becomes BadResponse (or UnknownOutcome for a request that is not safe
    // to repeat).
    virtual DecodeError decode(const QByteArray &body) = 0;
    // Clears the typed result before an attempt is decoded.
    virtual void resetResult() {}

    // Response headers of the last attempt (lower-case names).
    QByteArray responseHeader(const QByteArray &lowerName) const;
    // The session's project id, for paths.
    QString projectId() const;

private:
    enum class State {
        Idle,
        Starting,
        WaitingForToken,
        WaitingForRate,
        Sending,
        Backoff,
        Finished
    };

    void begin();
    void proceed();
    void waitForRateToken();
    void send();
    void onFinished();
    void onActivity();
    void handleFailure(ApiError error);
    void retryAfter(int delayMs);
    void finish(ApiError error);
    void abortReply(ReplyFacts::Abort reason);
    void logRequest(const QNetworkRequest &request,
                    const QList<QPair<QByteArray, QByteArray>> &headers) const;
    int backoffMs() const;

    QPointer<Session> m_session;
    State m_state = State::Idle;
    RequestSpec m_spec;
    ApiError m_error;
    QString m_requestId;
    int m_attempts = 0;
    int m_failedAttempts = 0;    // network / 5xx / bad body retries used
    int m_throttledAttempts = 0; // 429s
    bool m_skewRetried = false;
    bool m_autoDelete = false;
    int m_httpStatus = 0;
    int m_connectTimeoutMs = 0;
    int m_transferTimeoutMs = 0;

    // The attempt in flight.
    // (Guarded: the session's network manager deletes its replies when the session goes.)
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    bool m_requestSent = false;
    ReplyFacts::Abort m_abort = ReplyFacts::Abort::None;
    QStringList m_tlsErrors;
    QList<CertificateInfo> m_certificates;
    QList<QPair<QByteArray, QByteArray>> m_responseHeaders;
    QTimer m_connectTimer;
    QTimer m_transferTimer;
    QTimer m_backoffTimer;
    QElapsedTimer m_attemptClock;
    QByteArray m_sentMethod;
    QUrl m_sentUrl;
};

} // namespace dataarts
