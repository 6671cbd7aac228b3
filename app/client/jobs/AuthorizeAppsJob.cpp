#include "AuthorizeAppsJob.h"

#include "client/JobPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dataarts {

using namespace jobs;

AuthorizeAppsJob::AuthorizeAppsJob(Session *session, QString apiId, QString instanceId,
                                   QStringList appIds, QDateTime until, QObject *parent)
    : ApiJob(session, parent)
    , m_apiId(std::move(apiId))
    , m_instanceId(std::move(instanceId))
    , m_appIds(std::move(appIds))
    , m_until(std::move(until))
{}

QString AuthorizeAppsJob::formatTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString AuthorizeAppsJob::validate() const
{
    if (!isPathId(m_apiId))
        return tr("The API id is missing or not valid.");
    if (!isPathId(m_instanceId))
        return tr("The cluster id is missing or not valid.");
    if (m_appIds.isEmpty())
        return tr("No app to authorize.");
    for (const QString &id : m_appIds) {
        if (id.trimmed().isEmpty())
            return tr("An app id is empty.");
    }
    return {};
}

RequestSpec AuthorizeAppsJob::request() const
{
    RequestSpec spec = dataService(
        "POST", servicePath(projectId(), QStringLiteral("apis/") + m_apiId +
                                             QStringLiteral("/instances/") + m_instanceId +
                                             QStringLiteral("/authorize")));
    QJsonObject body{{QStringLiteral("app_ids"), QJsonArray::fromStringList(m_appIds)}};
    if (m_until.isValid())
        body.insert(QStringLiteral("time"), formatTime(m_until));
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.expectJson = false;
    return spec;
}

} // namespace dataarts
