#include "DataArtsInstance.h"

#include "JsonFields.h"

namespace dataarts {

bool DataArtsInstance::decode(JsonStream &stream, DataArtsInstance *out)
{
    JsonFields f(stream);
    bool has_id = false;
    while (f.next()) {
        if (f.is("resource_id")) {
            out->id = f.id();
            has_id = f.present() && !out->id.isEmpty();
        } else if (f.is("resource_name"))
            out->name = f.string();
        else if (f.is("status"))
            out->status = f.integer();
        else if (f.is("region_id"))
            out->regionId = f.string();
        else if (f.is("create_time"))
            out->createTime = f.time();
        else
            f.skip();
    }
    if (f.entered() && f.ok() && !has_id)
        f.missing("resource_id");
    return f.ok();
}

} // namespace dataarts
