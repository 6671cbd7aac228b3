#include "IamProject.h"

#include "JsonReader.h"

namespace dataarts {

bool IamProject::decode(const QJsonValue &value, const QString &path, IamProject *out,
                        DecodeError *error) {
    if (!value.isObject()) {
        error->path = path;
        error->reason = QStringLiteral("expected an object");
        return false;
    }
    JsonReader r(value.toObject(), path, error);
    out->id = r.id(QLatin1String("id"), JsonReader::Required);
    out->name = r.string(QLatin1String("name"), JsonReader::Optional);
    out->domainId = r.id(QLatin1String("domain_id"), JsonReader::Optional);
    out->enabled = r.boolean(QLatin1String("enabled"), JsonReader::Optional);
    return r.ok();
}

} // namespace dataarts
