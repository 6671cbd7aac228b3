#pragma once

#include "signing/Credentials.h"
#include "signing/SignableRequest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

class SandboxProcess;

// One answer, read to the end.
struct HttpResult {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int readyReads = 0; // how many pieces the body arrived in

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    // Architecture success envelope: data.value.
    QJsonValue value() const
    {
        return json().value(QStringLiteral("data")).toObject().value(QStringLiteral("value"));
    }
    // error_code of either error shape.
    QString errorCode() const;
    QString errorMessage() const;
};

// Signed requests against a running sandbox, for tests: QNetworkAccessManager plus
// RequestSigner (the SDK-HMAC-SHA256 signer of app/signing), waited for synchronously.
// X-Sdk-Date follows the sandbox clock (read once at construction, moved by advance()).
class SandboxClient
{
public:
    explicit SandboxClient(const SandboxProcess &sandbox);

    void setCredentials(const QString &accessKey, const QByteArray &secretKey);
    void useToken(const QByteArray &token);      // X-Auth-Token instead of signing; empty: sign
    void setWorkspace(const QString &workspace); // empty: no workspace header
    void setSdkDate(const QByteArray &date);     // a fixed X-Sdk-Date; empty: now
    void setExtraHeader(const QByteArray &name, const QByteArray &value); // empty value: remove
    void setTrustedCertificates(const QList<QSslCertificate> &certificates);
    void setSignedHeaders(const QList<QByteArray> &policy); // default: RequestSigner's

    HttpResult get(const QString &path, const dataarts::QueryItems &query = {});
    HttpResult post(const QString &path, const QByteArray &body,
                    const dataarts::QueryItems &query = {});
    HttpResult put(const QString &path, const QByteArray &body,
                   const dataarts::QueryItems &query = {});
    HttpResult send(const QByteArray &method, const QString &path,
                    const dataarts::QueryItems &query, const QByteArray &body);
    // The signed request as it would be sent (for tampering tests).
    dataarts::SignableRequest prepare(const QByteArray &method, const QString &path,
                                      const dataarts::QueryItems &query, const QByteArray &body);
    HttpResult sendPrepared(const dataarts::SignableRequest &request);
    // Starts the request without waiting (several in flight at once).
    QNetworkReply *start(const dataarts::SignableRequest &request);
    static HttpResult collect(QNetworkReply *finishedReply);

    // Unsigned request to /__sandbox/... (the control surface).
    HttpResult control(const QByteArray &method, const QString &path, const QByteArray &body = {});
    QJsonObject controlJson(const QByteArray &method, const QString &path,
                            const QByteArray &body = {});

    // Paths: /v2/{project_id}/design/<suffix> and /v1/{project_id}/service/<suffix>.
    QString arch(const QString &suffix) const;
    QString ds(const QString &suffix) const;
    // /v3/{project_id}/<suffix> (Catalog) and /v2/{project_id}/factory/<suffix>.
    QString catalog(const QString &suffix) const;
    QString factory(const QString &suffix) const;
    QString projectId() const { return m_projectId; }
    QUrl baseUrl() const { return m_base; }

    // As a reviewer (this client's key): resolves or rejects ("resolve" / "reject") the
    // pending (DEVELOPING) Architecture approval of an entity, with a message; the status.
    int decidePendingApproval(const QString &bizId, const QString &action, const QString &msg);

    // Control helpers.
    QJsonObject entity(const QString &id);
    QJsonArray findEntities(const QString &query);
    QJsonObject pair(const QString &api, const QString &instance);
    QJsonArray findPairs(const QString &query);
    QJsonObject stats();
    // Moves the sandbox clock; this client signs with the moved clock from then on (as a
    // client that follows the server's Date would).
    void advance(qint64 seconds);
    void syncClock(); // follows the advances reported by /__sandbox/time
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs); }
    void queueFault(const QString &mode, const QString &pathPattern, int count = 1, int ms = 0);

    QNetworkAccessManager &manager() { return m_manager; }

private:
    HttpResult run(QNetworkReply *reply);
    // Timeout, and the trusted certificates for https.
    QNetworkRequest networkRequest(const QUrl &url) const;

    QUrl m_base;
    QString m_projectId;
    QString m_workspace;
    dataarts::Credentials m_credentials;
    QByteArray m_token;
    QByteArray m_sdkDate;
    qint64 m_clockOffsetMs = 0;
    QList<QPair<QByteArray, QByteArray>> m_extra;
    QList<QByteArray> m_policy;
    QList<QSslCertificate> m_trusted;
    QNetworkAccessManager m_manager;
};
