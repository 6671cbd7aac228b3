#include "DesignModel.h"

#include "JsonReader.h"

namespace dataarts {

bool DesignModel::decode(const QJsonValue &value, const QString &path, DesignModel *out,
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
    out->type = r.enumeration<ModelType>(QLatin1String("type"), JsonReader::Optional);
    out->dwType = r.string(QLatin1String("dw_type"), JsonReader::Optional);
    return r.ok();
}

} // namespace dataarts
