#include "DataArtsWorkspace.h"

#include "JsonReader.h"

namespace dataarts {

bool DataArtsWorkspace::decode(const QJsonValue &value, const QString &path, DataArtsWorkspace *out,
                               DecodeError *error) {
    if (!value.isObject()) {
        error->path = path;
        error->reason = QStringLiteral("expected an object");
        return false;
    }
    JsonReader r(value.toObject(), path, error);
    out->id = r.id(QLatin1String("id"), JsonReader::Required);
    out->name = r.string(QLatin1String("name"), JsonReader::Optional);
    out->description = r.string(QLatin1String("description"), JsonReader::Optional);
    // Documented as a flag; seen both as 0/1 and as true/false.
    const QJsonValue isDefault = r.object().value(QLatin1String("is_default"));
    if (isDefault.isBool())
        out->isDefault = isDefault.toBool() ? 1 : 0;
    else
        out->isDefault = r.integer(QLatin1String("is_default"), JsonReader::Optional);
    out->instanceId = r.id(QLatin1String("instance_id"), JsonReader::Optional);
    return r.ok();
}

} // namespace dataarts
