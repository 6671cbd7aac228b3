#include "ApplyRecord.h"

#include "JsonReader.h"

namespace dataarts {

bool ApplyRecord::decode(const QJsonValue &value, const QString &path, ApplyRecord *out,
                         DecodeError *error) {
    if (!value.isObject()) {
        error->path = path;
        error->reason = QStringLiteral("expected an object");
        return false;
    }
    JsonReader r(value.toObject(), path, error);
    out->id = r.id(QLatin1String("id"), JsonReader::Required);
    out->status =
        r.enumeration<ApplyStatus>(QLatin1String("api_apply_status"), JsonReader::Optional);
    out->type = r.enumeration<ApplyType>(QLatin1String("api_apply_type"), JsonReader::Optional);
    out->apiId = r.id(QLatin1String("api_id"), JsonReader::Optional);
    out->apiName = r.string(QLatin1String("api_name"), JsonReader::Optional);
    out->apiUsingTime = r.epochMs(QLatin1String("api_using_time"), JsonReader::Optional);
    out->appId = r.id(QLatin1String("app_id"), JsonReader::Optional);
    out->appName = r.string(QLatin1String("app_name"), JsonReader::Optional);
    out->applyTime = r.epochMs(QLatin1String("apply_time"), JsonReader::Optional);
    out->approvalTime = r.epochMs(QLatin1String("approval_time"), JsonReader::Optional);
    out->approverName = r.string(QLatin1String("approver_name"), JsonReader::Optional);
    out->comment = r.string(QLatin1String("comment"), JsonReader::Optional);
    out->userName = r.string(QLatin1String("user_name"), JsonReader::Optional);
    return r.ok();
}

} // namespace dataarts
