#include "ApiPublishInfo.h"

#include "JsonFields.h"

namespace dataarts {

bool ApiPublishInfo::decode(JsonStream &stream, ApiPublishInfo *out)
{
    JsonFields f(stream);
    bool has_instanceId = false;
    while (f.next()) {
        if (f.is("id"))
            out->id = f.id();
        else if (f.is("api_id"))
            out->apiId = f.id();
        else if (f.is("instance_id")) {
            out->instanceId = f.id();
            has_instanceId = f.present() && !out->instanceId.isEmpty();
        } else if (f.is("instance_name"))
            out->instanceName = f.string();
        else if (f.is("api_status"))
            out->apiStatus = f.enumeration<ApiStatus>();
        else if (f.is("api_debug"))
            out->apiDebug = f.enumeration<ApiDebugStatus>();
        else
            f.skip();
    }
    if (f.entered() && f.ok() && !has_instanceId)
        f.missing("instance_id");
    return f.ok();
}

} // namespace dataarts
