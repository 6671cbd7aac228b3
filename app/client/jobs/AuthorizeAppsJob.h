#pragma once

#include "client/ApiJob.h"

#include <QDateTime>
#include <QStringList>

namespace dataarts {

// POST /v1/{pid}/service/apis/{api_id}/instances/{instance_id}/authorize with
// {app_ids, time} (AuthorizeApiToInstance, dataarts-api.md section 7.3.2): authorizes apps
// to call a published API on one cluster until `until` (omitted when invalid: the server's
// default). 204 without a body. Authorizing an app that is authorized already only moves
// its end, so a repeat changes nothing when `until` is the same.
class AuthorizeAppsJob : public ApiJob
{
    Q_OBJECT
public:
    AuthorizeAppsJob(Session *session, QString apiId, QString instanceId, QStringList appIds,
                     QDateTime until, QObject *parent = nullptr);

    QString apiId() const { return m_apiId; }
    QString instanceId() const { return m_instanceId; }
    const QStringList &appIds() const { return m_appIds; }

    // "2021-01-01T10:00:00.000Z"
    static QString formatTime(const QDateTime &time);

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &) override { return {}; }

private:
    QString m_apiId;
    QString m_instanceId;
    QStringList m_appIds;
    QDateTime m_until;
};

} // namespace dataarts
