#include "TableModel.h"

#include "JsonReader.h"

namespace dataarts {

bool TableModel::decode(const QJsonValue &value, const QString &path, TableModel *out,
                        DecodeError *error) {
    if (!value.isObject()) {
        error->path = path;
        error->reason = QStringLiteral("expected an object");
        return false;
    }
    JsonReader r(value.toObject(), path, error);
    out->id = r.id(QLatin1String("id"), JsonReader::Required);
    out->modelId = r.id(QLatin1String("model_id"), JsonReader::Optional);
    out->tbName = r.string(QLatin1String("tb_name"), JsonReader::Optional);
    out->logicTbName = r.string(QLatin1String("logic_tb_name"), JsonReader::Optional);
    out->code = r.string(QLatin1String("code"), JsonReader::Optional);
    out->status = r.enumeration<BizStatus>(QLatin1String("status"), JsonReader::Optional);
    out->dwType = r.string(QLatin1String("dw_type"), JsonReader::Optional);
    out->dbName = r.string(QLatin1String("db_name"), JsonReader::Optional);
    out->owner = r.string(QLatin1String("owner"), JsonReader::Optional);
    out->envType = r.enumeration<EnvType>(QLatin1String("env_type"), JsonReader::Optional);
    out->createTime = r.time(QLatin1String("create_time"), JsonReader::Optional);
    out->updateTime = r.time(QLatin1String("update_time"), JsonReader::Optional);
    return r.ok();
}

} // namespace dataarts
