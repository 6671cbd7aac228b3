#include "ApiActionInstance.h"

#include "JsonFields.h"

namespace dataarts {

bool ApiActionInstance::decode(JsonStream &stream, ApiActionInstance *out)
{
    JsonFields f(stream);
    bool has_instanceId = false;
    while (f.next()) {
        if (f.is("instance_id")) {
            out->instanceId = f.id();
            has_instanceId = f.present() && !out->instanceId.isEmpty();
        } else if (f.is("instance_type"))
            out->instanceType = f.string();
        else if (f.is("name"))
            out->name = f.string();
        else if (f.is("action"))
            out->action = f.enumeration<ApiAction>();
        else if (f.is("result"))
            out->result = f.boolean();
        else if (f.is("cause"))
            out->cause = f.string();
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
