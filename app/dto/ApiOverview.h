#pragma once

#include "ApiPublishInfo.h"
#include "Enums.h"
#include "JsonStream.h"

#include <QDateTime>
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

    static bool decode(JsonStream &stream, ApiOverview *out);
};

} // namespace dataarts
