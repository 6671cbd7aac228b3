#pragma once

#include "JsonStream.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace dataarts {

// An app authorized to call an API on one cluster (RecordForGetAuthApp, dataarts-api.md
// section 7.2.1): its authorization's expiry and link state, and its static parameters.
struct AuthorizedApp {
    struct StaticParam {
        QString name;
        QString value;
    };

    QString appId;
    QString appName;
    QString instanceId; // the cluster
    QString instanceName;
    QDateTime expires;  // api_using_time
    QDateTime approved; // approval_time (or approve_time, as Terraform reads it)
    QString
        relationshipType; // LINKED, LINK_WAITING_CHECK, OFFLINE_WAITING_CHECK, RENEW_WAITING_CHECK
    QList<StaticParam> staticParams;

    static bool decode(JsonStream &stream, AuthorizedApp *out);
};

} // namespace dataarts
