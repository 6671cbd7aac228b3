#include "DesignModel.h"

#include "JsonFields.h"

namespace dataarts {

bool DesignModel::decode(JsonStream &stream, DesignModel *out)
{
    JsonFields f(stream);
    bool has_id = false;
    while (f.next()) {
        if (f.is("id")) {
            out->id = f.id();
            has_id = f.present() && !out->id.isEmpty();
        } else if (f.is("name"))
            out->name = f.string();
        else if (f.is("description"))
            out->description = f.string();
        else if (f.is("type"))
            out->type = f.enumeration<ModelType>();
        else if (f.is("dw_type"))
            out->dwType = f.string();
        else
            f.skip();
    }
    if (f.entered() && f.ok() && !has_id)
        f.missing("id");
    return f.ok();
}

} // namespace dataarts
