#include "ApplyRecord.h"

#include "JsonFields.h"

namespace dataarts {

bool ApplyRecord::decode(JsonStream &stream, ApplyRecord *out)
{
    JsonFields f(stream);
    bool has_id = false;
    while (f.next()) {
        if (f.is("id")) {
            out->id = f.id();
            has_id = f.present() && !out->id.isEmpty();
        } else if (f.is("api_apply_status"))
            out->status = f.enumeration<ApplyStatus>();
        else if (f.is("api_apply_type"))
            out->type = f.enumeration<ApplyType>();
        else if (f.is("api_id"))
            out->apiId = f.id();
        else if (f.is("api_name"))
            out->apiName = f.string();
        else if (f.is("api_using_time"))
            out->apiUsingTime = f.epochMs();
        else if (f.is("app_id"))
            out->appId = f.id();
        else if (f.is("app_name"))
            out->appName = f.string();
        else if (f.is("apply_time"))
            out->applyTime = f.epochMs();
        else if (f.is("approval_time"))
            out->approvalTime = f.epochMs();
        else if (f.is("approver_name"))
            out->approverName = f.string();
        else if (f.is("comment"))
            out->comment = f.string();
        else if (f.is("user_name"))
            out->userName = f.string();
        else
            f.skip();
    }
    if (f.entered() && f.ok() && !has_id)
        f.missing("id");
    return f.ok();
}

} // namespace dataarts
