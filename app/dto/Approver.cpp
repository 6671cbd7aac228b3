#include "Approver.h"

#include "JsonFields.h"

namespace dataarts {

bool Approver::decode(JsonStream &stream, Approver *out)
{
    JsonFields f(stream);
    bool has_id = false;
    while (f.next()) {
        if (f.is("id")) {
            out->id = f.id();
            has_id = f.present() && !out->id.isEmpty();
        } else if (f.is("approver_name"))
            out->approverName = f.string();
        else if (f.is("user_id"))
            out->userId = f.id();
        else if (f.is("user_name"))
            out->userName = f.string();
        else if (f.is("email"))
            out->email = f.string();
        else if (f.is("user_type"))
            out->userType = f.enumeration<ApproverUserType>();
        else if (f.is("create_time"))
            out->createTime = f.time();
        else if (f.is("project_id"))
            out->projectId = f.string();
        else
            f.skip();
    }
    if (f.entered() && f.ok() && !has_id)
        f.missing("id");
    return f.ok();
}

} // namespace dataarts
