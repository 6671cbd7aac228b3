#pragma once

#include "ApiError.h"
#include "ConnectionSettings.h"
#include "RetryPolicy.h"
#include "Service.h"

#include "signing/RequestSigner.h"

#include <QDateTime>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <array>
#include <functional>

class QNetworkAccessManager;

namespace dataarts {

class IamTokenProvider;
class RateLimiter;

// One per profile: the network access manager, proxy and TLS configuration, the signer and
// its clock (with the measured offset to the server's clock), the rate-limit buckets and the
// IAM token. Every job of the profile goes through it.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~Session() override;

    const ConnectionSettings &settings() const { return m_settings; }
    QNetworkAccessManager *network() const { return m_network; }

    // A problem with the settings themselves (unreadable CA bundle, no endpoint ...):
    // every job fails with it before sending anything. None when usable.
    const ApiError &setupError() const { return m_setupError; }

    // Base URLs: the DataArts endpoint and the IAM endpoint (iam.<region> by default).
    QUrl dataArtsBaseUrl() const { return m_settings.endpoint; }
    QUrl iamBaseUrl() const { return m_iamBase; }

    // The clock: local time (or the testing clock) plus the measured offset.
    QDateTime now() const;
    QDateTime localNow() const;
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    void setClockOffsetMs(qint64 offsetMs);
    void setClockForTesting(std::function<QDateTime()> clock);
    // The server's clock as the latest answer's Date header gave it (whole seconds; the
    // follow-up of deferred effects dates what it sees by it); invalid before any answer.
    QDateTime lastServerDate() const { return m_lastServerDate; }
    void noteServerDate(const QDateTime &serverDate);

    // Signs with the session's keys and corrected clock (a fresh X-Sdk-Date per call unless
    // the request carries one).
    SignedRequest sign(const SignableRequest &request) const;

    // nullptr for Service::Iam (not limited).
    RateLimiter *rateLimiter(Service service) const;
    void setRateLimits(const RateLimits &limits);

    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }

    IamTokenProvider *tokens() const { return m_tokens; }

    QSslConfiguration sslConfiguration() const { return m_ssl; }

signals:
    void clockOffsetChanged(qint64 offsetMs);

private:
    void setUpNetwork();

    ConnectionSettings m_settings;
    QNetworkAccessManager *m_network = nullptr;
    QUrl m_iamBase;
    ApiError m_setupError;
    qint64 m_clockOffsetMs = 0;
    QDateTime m_lastServerDate;
    std::function<QDateTime()> m_testClock;
    RequestSigner m_signer;
    std::array<RateLimiter *, 6> m_limiters{};
    RetryPolicy m_retryPolicy;
    IamTokenProvider *m_tokens = nullptr;
    QSslConfiguration m_ssl;
};

} // namespace dataarts
