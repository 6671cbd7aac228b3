#include "SandboxClient.h"

#include "SandboxProcess.h"
#include "signing/RequestSigner.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkRequest>
#include <QSslConfiguration>

using namespace dataarts;

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

namespace {

// One field of either Architecture error shape, of DataService / gateway errors, or of
// IAM's {"error":{code, message}}.
QString errorField(const QJsonObject &o, const QString &field, const QString &iamField)
{
    if (o.contains(QStringLiteral("errors")))
        return o.value(QStringLiteral("errors")).toArray().at(0).toObject().value(field).toString();
    if (o.value(QStringLiteral("error")).isObject())
        return o.value(QStringLiteral("error")).toObject().value(iamField).toString();
    return o.value(field).toString();
}

} // namespace

QString HttpResult::errorCode() const
{
    return errorField(json(), QStringLiteral("error_code"), QStringLiteral("code"));
}

QString HttpResult::errorMessage() const
{
    return errorField(json(), QStringLiteral("error_msg"), QStringLiteral("message"));
}

SandboxClient::SandboxClient(const SandboxProcess &sandbox)
    : m_base(sandbox.url())
    , m_projectId(sandbox.projectId())
    , m_workspace(sandbox.workspace())
    , m_credentials{sandbox.accessKey(), sandbox.secretKey(), {}}
    , m_policy(RequestSigner::defaultPolicy())
{
    syncClock();
}

void SandboxClient::syncClock()
{
    m_clockOffsetMs = qint64(controlJson("GET", QStringLiteral("/__sandbox/time"))
                                 .value(QStringLiteral("advanced_ms"))
                                 .toDouble());
}

void SandboxClient::setCredentials(const QString &accessKey, const QByteArray &secretKey)
{
    m_credentials = Credentials{accessKey, secretKey, {}};
}

void SandboxClient::useToken(const QByteArray &token)
{
    m_token = token;
}

void SandboxClient::setWorkspace(const QString &workspace)
{
    m_workspace = workspace;
}

void SandboxClient::setSdkDate(const QByteArray &date)
{
    m_sdkDate = date;
}

void SandboxClient::setExtraHeader(const QByteArray &name, const QByteArray &value)
{
    for (int i = 0; i < m_extra.size(); ++i) {
        if (m_extra.at(i).first.compare(name, Qt::CaseInsensitive) == 0) {
            m_extra.removeAt(i);
            break;
        }
    }
    if (!value.isEmpty())
        m_extra.append({name, value});
}

void SandboxClient::setTrustedCertificates(const QList<QSslCertificate> &certificates)
{
    m_trusted = certificates;
    // A cached connection keeps the TLS configuration it was opened with.
    m_manager.clearConnectionCache();
}

void SandboxClient::setSignedHeaders(const QList<QByteArray> &policy)
{
    m_policy = policy;
}

QString SandboxClient::arch(const QString &suffix) const
{
    return QStringLiteral("/v2/") + m_projectId + QStringLiteral("/design/") + suffix;
}

QString SandboxClient::ds(const QString &suffix) const
{
    return QStringLiteral("/v1/") + m_projectId + QStringLiteral("/service/") + suffix;
}

QString SandboxClient::catalog(const QString &suffix) const
{
    return QStringLiteral("/v3/") + m_projectId + QLatin1Char('/') + suffix;
}

QString SandboxClient::factory(const QString &suffix) const
{
    return QStringLiteral("/v2/") + m_projectId + QStringLiteral("/factory/") + suffix;
}

SignableRequest SandboxClient::prepare(const QByteArray &method, const QString &path,
                                       const QueryItems &query, const QByteArray &body)
{
    SignableRequest r;
    r.method = method;
    r.scheme = m_base.scheme();
    r.host = m_base.host();
    r.port = m_base.port();
    r.path = path;
    r.query = query;
    r.body = body;
    const bool architecture = path.startsWith(QLatin1String("/v2/"));
    const bool service = path.contains(QLatin1String("/service/"));
    // Catalog calls (/v3/{project_id}/...) take the workspace header too; IAM ones do not.
    const bool catalog = path.startsWith(QStringLiteral("/v3/") + m_projectId);
    if (architecture)
        r.setHeader("Content-Type", "application/json;charset=UTF-8");
    else if (service || !body.isEmpty())
        r.setHeader("Content-Type", "application/json");
    if (catalog)
        r.setHeader("Content-Type", "application/json");
    if (!m_workspace.isEmpty() && (architecture || service || catalog))
        r.setHeader("workspace", m_workspace.toUtf8());
    if (architecture)
        r.setHeader("X-Project-Id", m_projectId.toUtf8());
    if (service)
        r.setHeader("Dlm-Type", "EXCLUSIVE");
    for (const auto &h : std::as_const(m_extra))
        r.setHeader(h.first, h.second);
    if (!m_token.isEmpty()) {
        r.setHeader("X-Auth-Token", m_token);
        return r;
    }
    if (!m_sdkDate.isEmpty())
        r.setHeader("X-Sdk-Date", m_sdkDate);
    const qint64 offset = m_clockOffsetMs;
    const RequestSigner signer(
        m_policy, [offset] { return QDateTime::currentDateTimeUtc().addMSecs(offset); });
    return signer.sign(r, m_credentials).request;
}

HttpResult SandboxClient::send(const QByteArray &method, const QString &path,
                               const QueryItems &query, const QByteArray &body)
{
    return sendPrepared(prepare(method, path, query, body));
}

HttpResult SandboxClient::sendPrepared(const SignableRequest &r)
{
    return run(start(r));
}

QNetworkReply *SandboxClient::start(const SignableRequest &r)
{
    QNetworkRequest request = networkRequest(r.url());
    for (const auto &h : r.headers) {
        if (h.first.compare("Host", Qt::CaseInsensitive) != 0)
            request.setRawHeader(h.first, h.second);
    }
    return m_manager.sendCustomRequest(request, r.method, r.body);
}

QNetworkRequest SandboxClient::networkRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(60000);
    if (!m_trusted.isEmpty()) {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.addCaCertificates(m_trusted);
        request.setSslConfiguration(conf);
    }
    return request;
}

HttpResult SandboxClient::collect(QNetworkReply *reply)
{
    HttpResult result;
    result.body = reply->readAll();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    reply->deleteLater();
    return result;
}

HttpResult SandboxClient::get(const QString &path, const QueryItems &query)
{
    return send("GET", path, query, {});
}

HttpResult SandboxClient::post(const QString &path, const QByteArray &body, const QueryItems &query)
{
    return send("POST", path, query, body);
}

HttpResult SandboxClient::put(const QString &path, const QByteArray &body, const QueryItems &query)
{
    return send("PUT", path, query, body);
}

HttpResult SandboxClient::control(const QByteArray &method, const QString &path,
                                  const QByteArray &body)
{
    QUrl url = m_base;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request = networkRequest(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    return run(m_manager.sendCustomRequest(request, method, body));
}

QJsonObject SandboxClient::controlJson(const QByteArray &method, const QString &path,
                                       const QByteArray &body)
{
    return control(method, path, body).json();
}

HttpResult SandboxClient::run(QNetworkReply *reply)
{
    QByteArray early;
    int pieces = 0;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        ++pieces;
        early += reply->readAll();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result = collect(reply);
    result.body.prepend(early);
    result.readyReads = pieces;
    return result;
}

QJsonObject SandboxClient::entity(const QString &id)
{
    return controlJson("GET", QStringLiteral("/__sandbox/entities/") + id);
}

int SandboxClient::decidePendingApproval(const QString &bizId, const QString &action,
                                         const QString &msg)
{
    const HttpResult list =
        get(arch(QStringLiteral("approvals")),
            {{QStringLiteral("biz_id"), bizId},
             {QStringLiteral("approval_status"), QStringLiteral("DEVELOPING")}});
    const QString approval = list.value()
                                 .toObject()
                                 .value(QStringLiteral("records"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toString();
    const QJsonObject body{{QStringLiteral("ids"), QJsonArray{approval}},
                           {QStringLiteral("msg"), msg}};
    return put(arch(QStringLiteral("approvals/action")), QJsonDocument(body).toJson(),
               {{QStringLiteral("action-id"), action}})
        .status;
}

QJsonArray SandboxClient::findEntities(const QString &query)
{
    return controlJson("GET", QStringLiteral("/__sandbox/entities?") + query)
        .value(QStringLiteral("entities"))
        .toArray();
}

QJsonObject SandboxClient::pair(const QString &api, const QString &instance)
{
    return controlJson("GET",
                       QStringLiteral("/__sandbox/pairs/") + api + QLatin1Char('/') + instance);
}

QJsonArray SandboxClient::findPairs(const QString &query)
{
    return controlJson("GET", QStringLiteral("/__sandbox/pairs?") + query)
        .value(QStringLiteral("pairs"))
        .toArray();
}

QJsonObject SandboxClient::stats()
{
    return controlJson("GET", QStringLiteral("/__sandbox/stats"));
}

void SandboxClient::advance(qint64 seconds)
{
    control("POST", QStringLiteral("/__sandbox/time"),
            QJsonDocument(QJsonObject{{QStringLiteral("advance_s"), seconds}}).toJson());
    m_clockOffsetMs += seconds * 1000;
}

void SandboxClient::queueFault(const QString &mode, const QString &pathPattern, int count, int ms)
{
    control("POST", QStringLiteral("/__sandbox/faults"),
            QJsonDocument(QJsonObject{{QStringLiteral("mode"), mode},
                                      {QStringLiteral("path"), pathPattern},
                                      {QStringLiteral("count"), count},
                                      {QStringLiteral("ms"), ms}})
                .toJson());
}
