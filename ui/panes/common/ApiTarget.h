#pragma once

#include "dto/Enums.h"

#include <QList>
#include <QString>

namespace dataarts::ui {

// One API x cluster pair picked in the APIs pane: what ApisPane::apiActionRequested
// carries to the API-action wizard (UNPUBLISH / STOP / RECOVER of `apiId` on
// `instanceId`).
struct ApiTarget {
    QString apiId;
    QString apiName;
    QString instanceId;  // the exclusive cluster
    QString clusterName; // as the clusters list (or the publish message) names it
    // The API's reviewer (its record's `manager`); UNPUBLISH and STOP are theirs alone
    // (dataarts-api.md section 7.5). Empty when not known (pasted ids).
    QString reviewer;
    // The pair's status when it was picked. published is false when the API has no
    // publish message for the cluster ("not published"; status is then Unknown and empty).
    KnownEnum<ApiStatus> status;
    bool published = false;

    bool operator==(const ApiTarget &o) const
    {
        return apiId == o.apiId && instanceId == o.instanceId && apiName == o.apiName &&
               clusterName == o.clusterName && reviewer == o.reviewer &&
               status.value == o.status.value && status.raw == o.status.raw &&
               published == o.published;
    }
    bool operator!=(const ApiTarget &o) const { return !(*this == o); }
};

} // namespace dataarts::ui
