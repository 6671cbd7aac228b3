#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

// The sandbox's test control surface (/__sandbox/..., see sandbox/README.md): queue faults,
// read the request log, the statistics and the true state of entities and pairs, move the
// clock. Waits in a local event loop: tests only.
class SandboxControl
{
public:
    explicit SandboxControl(const QUrl &base);

    // POST /__sandbox/faults {"mode","path","count"[,"ms"]}; false when refused.
    bool queueFault(const QString &mode, const QString &pathRegex, int count = 1, int ms = -1);
    bool clearFaults();
    QJsonObject stats();
    // The last `limit` requests whose path matches, oldest first.
    QJsonArray requests(const QString &pathRegex, int limit = 50);
    QJsonObject entity(const QString &id);
    // Ids of entities in that state.
    QStringList entityIds(const QString &bizType, const QString &status, int limit = 10);
    QJsonObject pair(const QString &apiId, const QString &instanceId);
    // Pairs matching the query (e.g. "status=PUBLISHED&apps=no&manager=sandbox_admin").
    QJsonArray pairs(const QString &query);
    QJsonObject advanceTime(int seconds);

    QJsonValue get(const QString &pathAndQuery);
    QJsonValue post(const QString &path, const QJsonObject &body);
    int lastStatus() const { return m_lastStatus; }

private:
    QJsonValue send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body);

    QUrl m_base;
    QNetworkAccessManager m_network;
    int m_lastStatus = 0;
};
