#include "ServiceCluster.h"

#include "JsonReader.h"

namespace dataarts {

bool ServiceCluster::decode(const QJsonValue &value, const QString &path, ServiceCluster *out,
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
    out->intranetAddress = r.string(QLatin1String("intranet_address"), JsonReader::Optional);
    out->externalAddress = r.string(QLatin1String("external_address"), JsonReader::Optional);
    out->instanceStatus = r.string(QLatin1String("instance_status"), JsonReader::Optional);
    out->nodeNum = r.integer(QLatin1String("node_num"), JsonReader::Optional);
    out->publishedApiCount =
        r.integer(QLatin1String("current_namespace_publish_api_num"), JsonReader::Optional);
    out->publishableApiCount =
        r.integer(QLatin1String("api_publishable_num"), JsonReader::Optional);
    return r.ok();
}

} // namespace dataarts
