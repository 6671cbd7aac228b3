#include "ApiActionInstance.h"

#include "JsonReader.h"

namespace dataarts {

bool ApiActionInstance::decode(const QJsonValue &value, const QString &path, ApiActionInstance *out,
                               DecodeError *error) {
    if (!value.isObject()) {
        error->path = path;
        error->reason = QStringLiteral("expected an object");
        return false;
    }
    JsonReader r(value.toObject(), path, error);
    out->instanceId = r.id(QLatin1String("instance_id"), JsonReader::Required);
    out->instanceType = r.string(QLatin1String("instance_type"), JsonReader::Optional);
    out->name = r.string(QLatin1String("name"), JsonReader::Optional);
    out->action = r.enumeration<ApiAction>(QLatin1String("action"), JsonReader::Optional);
    out->result = r.boolean(QLatin1String("result"), JsonReader::Optional);
    out->cause = r.string(QLatin1String("cause"), JsonReader::Optional);
    out->apiStatus = r.enumeration<ApiStatus>(QLatin1String("api_status"), JsonReader::Optional);
    out->apiDebug = r.enumeration<ApiDebugStatus>(QLatin1String("api_debug"), JsonReader::Optional);
    return r.ok();
}

} // namespace dataarts
