#include "AllTable.h"

#include "JsonReader.h"

namespace dataarts {

bool AllTable::decode(const QJsonValue &value, const QString &path, AllTable *out,
                      DecodeError *error) {
    if (!value.isObject()) {
        error->path = path;
        error->reason = QStringLiteral("expected an object");
        return false;
    }
    JsonReader r(value.toObject(), path, error);
    out->id = r.id(QLatin1String("id"), JsonReader::Required);
    out->name = r.string(QLatin1String("name"), JsonReader::Optional);
    out->code = r.string(QLatin1String("code"), JsonReader::Optional);
    out->bizType = r.string(QLatin1String("biz_type"), JsonReader::Optional);
    out->status = r.enumeration<BizStatus>(QLatin1String("status"), JsonReader::Optional);
    out->dbName = r.string(QLatin1String("db_name"), JsonReader::Optional);
    out->dwType = r.string(QLatin1String("dw_type"), JsonReader::Optional);
    out->workspaceId = r.id(QLatin1String("workspace_id"), JsonReader::Optional);
    out->updateTime = r.time(QLatin1String("update_time"), JsonReader::Optional);
    return r.ok();
}

} // namespace dataarts
