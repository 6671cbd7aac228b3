#include "Approver.h"

#include "JsonReader.h"

namespace dataarts {

bool Approver::decode(const QJsonValue &value, const QString &path, Approver *out,
                      DecodeError *error) {
    if (!value.isObject()) {
        error->path = path;
        error->reason = QStringLiteral("expected an object");
        return false;
    }
    JsonReader r(value.toObject(), path, error);
    out->id = r.id(QLatin1String("id"), JsonReader::Required);
    out->approverName = r.string(QLatin1String("approver_name"), JsonReader::Optional);
    out->userId = r.id(QLatin1String("user_id"), JsonReader::Optional);
    out->userName = r.string(QLatin1String("user_name"), JsonReader::Optional);
    out->email = r.string(QLatin1String("email"), JsonReader::Optional);
    out->userType =
        r.enumeration<ApproverUserType>(QLatin1String("user_type"), JsonReader::Optional);
    out->createTime = r.time(QLatin1String("create_time"), JsonReader::Optional);
    out->projectId = r.string(QLatin1String("project_id"), JsonReader::Optional);
    return r.ok();
}

} // namespace dataarts
