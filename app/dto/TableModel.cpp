#include "TableModel.h"

#include "JsonFields.h"

namespace dataarts {

bool TableModel::decode(JsonStream &stream, TableModel *out)
{
    JsonFields f(stream);
    bool has_id = false;
    while (f.next()) {
        if (f.is("id")) {
            out->id = f.id();
            has_id = f.present() && !out->id.isEmpty();
        } else if (f.is("model_id"))
            out->modelId = f.id();
        else if (f.is("tb_name"))
            out->tbName = f.string();
        else if (f.is("logic_tb_name"))
            out->logicTbName = f.string();
        else if (f.is("code"))
            out->code = f.string();
        else if (f.is("status"))
            out->status = f.enumeration<BizStatus>();
        else if (f.is("dw_type"))
            out->dwType = f.string();
        else if (f.is("db_name"))
            out->dbName = f.string();
        else if (f.is("owner"))
            out->owner = f.string();
        else if (f.is("env_type"))
            out->envType = f.enumeration<EnvType>();
        else if (f.is("create_time"))
            out->createTime = f.time();
        else if (f.is("update_time"))
            out->updateTime = f.time();
        else
            f.skip();
    }
    if (f.entered() && f.ok() && !has_id)
        f.missing("id");
    return f.ok();
}

} // namespace dataarts
