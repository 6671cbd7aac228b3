#include "ApiOverview.h"

#include "Envelopes.h"
#include "JsonReader.h"

namespace dataarts {

bool ApiOverview::decode(const QJsonValue &value, const QString &path, ApiOverview *out,
                         DecodeError *error) {
    if (!value.isObject()) {
        error->path = path;
        error->reason = QStringLiteral("expected an object");
        return false;
    }
    JsonReader r(value.toObject(), path, error);
    out->id = r.id(QLatin1String("id"), JsonReader::Required);
    out->name = r.string(QLatin1String("name"));
    out->description = r.string(QLatin1String("description"));
    out->type = r.enumeration<ApiType>(QLatin1String("type"));
    out->manager = r.string(QLatin1String("manager"));
    out->createUser = r.string(QLatin1String("create_user"));
    out->createTime = r.time(QLatin1String("create_time"));
    out->authorizationStatus = r.string(QLatin1String("authorization_status"));
    out->groupId = r.id(QLatin1String("group_id"));
    out->status = r.enumeration<ApiStatus>(QLatin1String("status"));
    out->debugStatus = r.enumeration<ApiDebugStatus>(QLatin1String("debug_status"));
    const QJsonArray messages = r.array(QLatin1String("publish_messages"));
    if (!r.ok())
        return false;
    return envelope::records(messages, r.childPath(QLatin1String("publish_messages")),
                             &out->publishMessages, error);
}

} // namespace dataarts
