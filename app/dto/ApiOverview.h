#pragma once

#include "ApiPublishInfo.h"
#include "DecodeError.h"
#include "Enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace dataarts {

// A DataService API: a record of GET /v1/{pid}/service/apis (ApiOverview), also the common
// part of GET .../apis/{api_id}. Shared-edition APIs carry status/debugStatus; exclusive ones
// carry publishMessages, one per cluster.
struct ApiOverview {
    QString id;
    QString name;
    QString description;
    KnownEnum<ApiType> type;
    QString manager; // the reviewer
    QString createUser;
    QDateTime createTime; // epoch ms on the wire
    QString authorizationStatus;
    QString groupId;
    KnownEnum<ApiStatus> status;
    KnownEnum<ApiDebugStatus> debugStatus;
    QList<ApiPublishInfo> publishMessages;

    static bool decode(const QJsonValue &value, const QString &path, ApiOverview *out,
                       DecodeError *error);
};

} // namespace dataarts
