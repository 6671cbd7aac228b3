#include "DataArtsInstance.h"

#include "JsonReader.h"

namespace dataarts {

bool DataArtsInstance::decode(const QJsonValue &value, const QString &path, DataArtsInstance *out,
                              DecodeError *error) {
    if (!value.isObject()) {
        error->path = path;
        error->reason = QStringLiteral("expected an object");
        return false;
    }
    JsonReader r(value.toObject(), path, error);
    out->id = r.id(QLatin1String("resource_id"), JsonReader::Required);
    out->name = r.string(QLatin1String("resource_name"), JsonReader::Optional);
    out->status = r.integer(QLatin1String("status"), JsonReader::Optional);
    out->regionId = r.string(QLatin1String("region_id"), JsonReader::Optional);
    out->createTime = r.time(QLatin1String("create_time"), JsonReader::Optional);
    return r.ok();
}

} // namespace dataarts
