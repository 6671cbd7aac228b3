#include "ApiDetail.h"

namespace dataarts {

bool ApiDetail::decode(const QJsonValue &value, const QString &path, ApiDetail *out,
                       DecodeError *error) {
    if (!ApiOverview::decode(value, path, &out->overview, error))
        return false;
    out->raw = value.toObject();
    return true;
}

} // namespace dataarts
