#pragma once

#include "ApiOverview.h"

#include <QJsonObject>

namespace dataarts {

// GET /v1/{pid}/service/apis/{api_id}: the documented overview fields, decoded strictly,
// plus the whole object for the fields the spec leaves undescribed (parameters, backend,
// ...), shown as they are.
struct ApiDetail {
    ApiOverview overview;
    QJsonObject raw;

    static bool decode(const QJsonValue &value, const QString &path, ApiDetail *out,
                       DecodeError *error);
};

} // namespace dataarts
