#pragma once

#include "ApiOverview.h"
#include "DecodeError.h"

#include <QByteArray>
#include <QJsonObject>

namespace dataarts {

// GET /v1/{pid}/service/apis/{api_id}: the documented overview fields, decoded strictly,
// plus the whole object for the fields the spec leaves undescribed (parameters, backend,
// ...), shown as they are.
struct ApiDetail {
    ApiOverview overview;
    QJsonObject raw;

    // Decodes a whole answer body.
    static bool decodeDocument(const QByteArray &body, ApiDetail *out, DecodeError *error);
};

} // namespace dataarts
