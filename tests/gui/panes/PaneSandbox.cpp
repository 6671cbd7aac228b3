#include "PaneSandbox.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace dataarts;

PaneSandbox::PaneSandbox(QStringList extraArguments)
    : m_process(QStringList{QStringLiteral("--rate-limit"), QStringLiteral("off")} + extraArguments)
{}

bool PaneSandbox::start()
{
    if (!m_process.start())
        return false;
    m_client = std::make_unique<SandboxClient>(m_process);
    return true;
}

std::unique_ptr<Session> PaneSandbox::newSession() const
{
    auto session = std::make_unique<Session>(m_process.settings());
    RateLimits limits;
    limits.dataServicePerWindow = 1000000;
    limits.architectureReadsPerMinute = 1000000;
    limits.architectureWritesPerMinute = 1000000;
    limits.catalogReadsPerMinute = 1000000;
    limits.factoryReadsPerMinute = 1000000;
    session->setRateLimits(limits);
    RetryPolicy retry;
    retry.maxAttempts = 2;
    retry.baseBackoffMs = 10;
    retry.maxBackoffMs = 20;
    session->setRetryPolicy(retry);
    return session;
}

void PaneSandbox::queueFaults(const QString &mode, const QString &pathPattern, int count)
{
    m_client->queueFault(mode, pathPattern, count);
}

void PaneSandbox::clearFaults()
{
    m_client->control("DELETE", QStringLiteral("/__sandbox/faults"));
}

QList<QUrlQuery> PaneSandbox::requests(const QString &pathPattern, int limit)
{
    const QJsonObject answer = m_client->controlJson(
        "GET", QStringLiteral("/__sandbox/requests?limit=%1&path=%2")
                   .arg(limit)
                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(pathPattern))));
    QList<QUrlQuery> queries;
    const QJsonArray found = answer.value(QStringLiteral("requests")).toArray();
    for (const QJsonValue &request : found)
        queries.append(QUrlQuery(request.toObject().value(QStringLiteral("query")).toString()));
    return queries;
}

void PaneSandbox::markRequests(const QString &pathPattern)
{
    m_marks.insert(pathPattern, requests(pathPattern).size());
}

QList<QUrlQuery> PaneSandbox::requestsSinceMark(const QString &pathPattern)
{
    return requests(pathPattern).mid(m_marks.value(pathPattern));
}
