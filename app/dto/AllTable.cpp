#include "AllTable.h"

#include "JsonFields.h"

namespace dataarts {

bool AllTable::decode(JsonStream &stream, AllTable *out)
{
    JsonFields f(stream);
    bool has_id = false;
    while (f.next()) {
        if (f.is("id")) {
            out->id = f.id();
            has_id = f.present() && !out->id.isEmpty();
        } else if (f.is("name"))
            out->name = f.string();
        else if (f.is("code"))
            out->code = f.string();
        else if (f.is("biz_type"))
            out->bizType = f.string();
        else if (f.is("status"))
            out->status = f.enumeration<BizStatus>();
        else if (f.is("db_name"))
            out->dbName = f.string();
        else if (f.is("dw_type"))
            out->dwType = f.string();
        else if (f.is("workspace_id"))
            out->workspaceId = f.id();
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
