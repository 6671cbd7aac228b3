#pragma once

#include "HandlerBase.h"

#include <QStringList>

namespace dataarts::sandbox {

// The inverse calls of DataService (dataarts-api.md section 7.3): publish an API to a
// cluster again (PublishApiToInstance) and authorize apps to it (AuthorizeApiToInstance,
// AuthorizeActionApiToInstance).
class ApiPublishHandler : public HandlerBase
{
public:
    using HandlerBase::HandlerBase;
    void addRoutes(Router &router) override;

private:
    void publish(Exchange &ex);
    void authorize(Exchange &ex);
    void authorizeAction(Exchange &ex);

    // The pair of api_id x instance_id, or -1 with the 400 answered (DLM.4018 / DLM.4215).
    int findPair(Exchange &ex, const QString &apiId, const QString &clusterId) const;
    // Reads the optional `time` (end of the authorization); empty with the 400 answered.
    // Missing: now + 48 h rounded up to the hour (what TF sends).
    std::optional<qint64> authorizationEnd(Exchange &ex, const QJsonObject &body) const;
    // Authorizes `apps` (indexes) on a PUBLISHED pair until `untilMs`: new links, or
    // extensions of existing ones. False with the 400 answered.
    bool grant(Exchange &ex, int pairIndex, const QList<int> &apps, qint64 untilMs) const;
};

} // namespace dataarts::sandbox
