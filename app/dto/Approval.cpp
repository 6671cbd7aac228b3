#include "Approval.h"

#include "JsonReader.h"

namespace dataarts {

bool Approval::decode(const QJsonValue &value, const QString &path, Approval *out,
                      DecodeError *error) {
    if (!value.isObject()) {
        error->path = path;
        error->reason = QStringLiteral("expected an object");
        return false;
    }
    JsonReader r(value.toObject(), path, error);
    out->id = r.id(QLatin1String("id"), JsonReader::Required);
    out->nameCh = r.string(QLatin1String("name_ch"), JsonReader::Optional);
    out->nameEn = r.string(QLatin1String("name_en"), JsonReader::Optional);
    out->bizId = r.id(QLatin1String("biz_id"), JsonReader::Optional);
    out->bizType = r.string(QLatin1String("biz_type"), JsonReader::Optional);
    out->bizInfo = r.string(QLatin1String("biz_info"), JsonReader::Optional);
    out->bizVersion = r.integer(QLatin1String("biz_version"), JsonReader::Optional);
    out->bizStatus = r.enumeration<BizStatus>(QLatin1String("biz_status"), JsonReader::Optional);
    out->approvalStatus =
        r.enumeration<ApprovalStatus>(QLatin1String("approval_status"), JsonReader::Optional);
    out->approvalType =
        r.enumeration<ApprovalType>(QLatin1String("approval_type"), JsonReader::Optional);
    out->submitTime = r.time(QLatin1String("submit_time"), JsonReader::Optional);
    out->createBy = r.string(QLatin1String("create_by"), JsonReader::Optional);
    out->approvalTime = r.time(QLatin1String("approval_time"), JsonReader::Optional);
    out->approver = r.string(QLatin1String("approver"), JsonReader::Optional);
    out->email = r.string(QLatin1String("email"), JsonReader::Optional);
    out->msg = r.string(QLatin1String("msg"), JsonReader::Optional);
    return r.ok();
}

} // namespace dataarts
