#include "ApiPublishInfo.h"

#include "JsonReader.h"

namespace dataarts {

bool ApiPublishInfo::decode(const QJsonValue &value, const QString &path, ApiPublishInfo *out,
                            DecodeError *error) {
    if (!value.isObject()) {
        error->path = path;
        error->reason = QStringLiteral("expected an object");
        return false;
    }
    JsonReader r(value.toObject(), path, error);
    out->id = r.id(QLatin1String("id"), JsonReader::Optional);
    out->apiId = r.id(QLatin1String("api_id"), JsonReader::Optional);
    out->instanceId = r.id(QLatin1String("instance_id"), JsonReader::Required);
    out->instanceName = r.string(QLatin1String("instance_name"), JsonReader::Optional);
    out->apiStatus = r.enumeration<ApiStatus>(QLatin1String("api_status"), JsonReader::Optional);
    out->apiDebug = r.enumeration<ApiDebugStatus>(QLatin1String("api_debug"), JsonReader::Optional);
    return r.ok();
}

} // namespace dataarts
