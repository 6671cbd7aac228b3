#include "SandboxControl.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

SandboxControl::SandboxControl(const QUrl &base)
    : m_base(base)
{
    m_network.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
}

QJsonValue SandboxControl::send(const QByteArray &method, const QString &pathAndQuery,
                                const QByteArray &body)
{
    QUrl url = m_base;
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(15000);
    if (m_base.scheme() == QLatin1String("https")) {
        // The control surface of a TLS sandbox in tests: its own throw-away certificate.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    m_lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    if (doc.isArray())
        return doc.array();
    return doc.object();
}

QJsonValue SandboxControl::get(const QString &pathAndQuery)
{
    return send("GET", pathAndQuery, {});
}

QJsonValue SandboxControl::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

bool SandboxControl::queueFault(const QString &mode, const QString &pathRegex, int count, int ms)
{
    QJsonObject body{{QStringLiteral("mode"), mode},
                     {QStringLiteral("path"), pathRegex},
                     {QStringLiteral("count"), count}};
    if (ms >= 0)
        body.insert(QStringLiteral("ms"), ms);
    post(QStringLiteral("/__sandbox/faults"), body);
    return m_lastStatus >= 200 && m_lastStatus < 300;
}

bool SandboxControl::clearFaults()
{
    send("DELETE", QStringLiteral("/__sandbox/faults"), {});
    return m_lastStatus >= 200 && m_lastStatus < 300;
}

QJsonObject SandboxControl::stats()
{
    return get(QStringLiteral("/__sandbox/stats")).toObject();
}

QJsonArray SandboxControl::requests(const QString &pathRegex, int limit)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("path"), pathRegex);
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    const QJsonValue v =
        get(QStringLiteral("/__sandbox/requests?") + q.toString(QUrl::FullyEncoded));
    if (v.isArray())
        return v.toArray();
    return v.toObject().value(QLatin1String("requests")).toArray();
}

QJsonObject SandboxControl::entity(const QString &id)
{
    return get(QStringLiteral("/__sandbox/entities/") + id).toObject();
}

QStringList SandboxControl::entityIds(const QString &bizType, const QString &status, int limit)
{
    const QJsonValue v = get(QStringLiteral("/__sandbox/entities?biz_type=%1&status=%2&limit=%3")
                                 .arg(bizType, status)
                                 .arg(limit));
    QStringList out;
    for (const QJsonValue &e : v.toObject().value(QLatin1String("entities")).toArray())
        out << e.toObject().value(QLatin1String("id")).toString();
    return out;
}

QJsonObject SandboxControl::pair(const QString &apiId, const QString &instanceId)
{
    return get(QStringLiteral("/__sandbox/pairs/") + apiId + QLatin1Char('/') + instanceId)
        .toObject();
}

QJsonArray SandboxControl::pairs(const QString &query)
{
    const QJsonValue v = get(QStringLiteral("/__sandbox/pairs?") + query);
    return v.isArray() ? v.toArray() : v.toObject().value(QLatin1String("pairs")).toArray();
}

QJsonObject SandboxControl::advanceTime(int seconds)
{
    return post(QStringLiteral("/__sandbox/time"), {{QStringLiteral("advance_s"), seconds}})
        .toObject();
}
