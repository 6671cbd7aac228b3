#include "Session.h"

#include "HttpLog.h"
#include "IamTokenProvider.h"
#include "RateLimiter.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSslCertificate>

namespace dataarts {

namespace {

// The system's proxy settings, asked per request (PAC files and environment variables
// included), without changing the application-wide default.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
};

} // namespace

Session::Session(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_signer(RequestSigner::defaultPolicy(), [this] { return now(); })
{
    m_iamBase = m_settings.iamEndpoint;
    if (!m_iamBase.isValid() || m_iamBase.host().isEmpty()) {
        m_iamBase =
            QUrl(m_settings.region.isEmpty()
                     ? QStringLiteral("https://iam.myhuaweicloud.com")
                     : QStringLiteral("https://iam.%1.myhuaweicloud.com").arg(m_settings.region));
    }
    const RateLimits &r = m_settings.rateLimits;
    m_limiters[size_t(Service::ArchitectureRead)] =
        new RateLimiter(r.architectureReadsPerMinute, 60000, this);
    m_limiters[size_t(Service::ArchitectureWrite)] =
        new RateLimiter(r.architectureWritesPerMinute, 60000, this);
    m_limiters[size_t(Service::DataService)] =
        new RateLimiter(r.dataServicePerWindow, r.dataServiceWindowSeconds * 1000, this);
    m_limiters[size_t(Service::Catalog)] = new RateLimiter(r.catalogReadsPerMinute, 60000, this);
    m_limiters[size_t(Service::Factory)] = new RateLimiter(r.factoryReadsPerMinute, 60000, this);
    m_tokens = new IamTokenProvider(this);
    setUpNetwork();
}

Session::~Session() = default;

void Session::setUpNetwork()
{
    m_network = new QNetworkAccessManager(this);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setStrictTransportSecurityEnabled(false);

    switch (m_settings.proxyMode) {
    case ProxyMode::System:
        m_network->setProxyFactory(new SystemProxyFactory);
        break;
    case ProxyMode::None:
        m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case ProxyMode::Manual: {
        QNetworkProxy proxy(QNetworkProxy::HttpProxy, m_settings.proxyHost, m_settings.proxyPort,
                            m_settings.proxyUser, QString::fromUtf8(m_settings.proxyPassword));
        m_network->setProxy(proxy);
        if (m_settings.proxyHost.isEmpty() || m_settings.proxyPort == 0)
            m_setupError = ApiError::invalidInput(tr("The manual proxy needs a host and a port."));
        break;
    }
    }

    m_ssl = QSslConfiguration::defaultConfiguration();
    if (!m_settings.caBundlePath.isEmpty()) {
        QFile file(m_settings.caBundlePath);
        QList<QSslCertificate> certificates;
        if (file.open(QIODevice::ReadOnly))
            certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (certificates.isEmpty()) {
            m_setupError = ApiError::invalidInput(
                tr("The CA bundle “%1” cannot be read or holds no PEM certificate.")
                    .arg(m_settings.caBundlePath));
        } else {
            // addCaCertificates() alone would switch off the on-demand loading of the
            // system's roots: add the bundle to them explicitly.
            m_ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + certificates);
            qCInfo(lcDataArtsHttp) << "added" << certificates.size() << "CA certificate(s) from"
                                   << m_settings.caBundlePath;
        }
    }

    if (m_settings.auth == AuthMethod::AkSk && !m_settings.akSk.isValid())
        m_setupError = ApiError::invalidInput(tr("The access key or the secret key is missing."));
    if (m_settings.auth == AuthMethod::IamPassword &&
        (m_settings.iamUserName.isEmpty() || m_settings.iamPassword.isEmpty()))
        m_setupError = ApiError::invalidInput(tr("The IAM user name or password is missing."));
    if (!m_settings.endpoint.isValid() || m_settings.endpoint.host().isEmpty() ||
        (m_settings.endpoint.scheme() != QLatin1String("https") &&
         m_settings.endpoint.scheme() != QLatin1String("http")))
        m_setupError = ApiError::invalidInput(tr("The endpoint URL is not a valid http(s) URL."));
}

QDateTime Session::localNow() const
{
    return m_testClock ? m_testClock().toUTC() : QDateTime::currentDateTimeUtc();
}

QDateTime Session::now() const
{
    return localNow().addMSecs(m_clockOffsetMs);
}

void Session::setClockOffsetMs(qint64 offsetMs)
{
    if (offsetMs == m_clockOffsetMs)
        return;
    m_clockOffsetMs = offsetMs;
    qCInfo(lcDataArtsHttp) << "clock offset to the server is now" << offsetMs << "ms";
    emit clockOffsetChanged(offsetMs);
}

void Session::noteServerDate(const QDateTime &serverDate)
{
    if (serverDate.isValid())
        m_lastServerDate = serverDate.toUTC();
}

void Session::setClockForTesting(std::function<QDateTime()> clock)
{
    m_testClock = std::move(clock);
}

SignedRequest Session::sign(const SignableRequest &request) const
{
    return m_signer.sign(request, m_settings.akSk);
}

RateLimiter *Session::rateLimiter(Service service) const
{
    return m_limiters[size_t(service)];
}

void Session::setRateLimits(const RateLimits &r)
{
    m_settings.rateLimits = r;
    rateLimiter(Service::ArchitectureRead)->setRate(r.architectureReadsPerMinute, 60000);
    rateLimiter(Service::ArchitectureWrite)->setRate(r.architectureWritesPerMinute, 60000);
    rateLimiter(Service::DataService)
        ->setRate(r.dataServicePerWindow, r.dataServiceWindowSeconds * 1000);
    rateLimiter(Service::Catalog)->setRate(r.catalogReadsPerMinute, 60000);
    rateLimiter(Service::Factory)->setRate(r.factoryReadsPerMinute, 60000);
}

} // namespace dataarts
