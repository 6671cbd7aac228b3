#include "Approval.h"

#include "JsonFields.h"

namespace dataarts {

bool Approval::decode(JsonStream &stream, Approval *out)
{
    JsonFields f(stream);
    bool has_id = false;
    while (f.next()) {
        if (f.is("id")) {
            out->id = f.id();
            has_id = f.present() && !out->id.isEmpty();
        } else if (f.is("name_ch"))
            out->nameCh = f.string();
        else if (f.is("name_en"))
            out->nameEn = f.string();
        else if (f.is("biz_id"))
            out->bizId = f.id();
        else if (f.is("biz_type"))
            out->bizType = f.string();
        else if (f.is("biz_info"))
            out->bizInfo = f.string();
        else if (f.is("biz_version"))
            out->bizVersion = f.integer();
        else if (f.is("biz_status"))
            out->bizStatus = f.enumeration<BizStatus>();
        else if (f.is("approval_status"))
            out->approvalStatus = f.enumeration<ApprovalStatus>();
        else if (f.is("approval_type"))
            out->approvalType = f.enumeration<ApprovalType>();
        else if (f.is("submit_time"))
            out->submitTime = f.time();
        else if (f.is("create_by"))
            out->createBy = f.string();
        else if (f.is("approval_time"))
            out->approvalTime = f.time();
        else if (f.is("approver"))
            out->approver = f.string();
        else if (f.is("email"))
            out->email = f.string();
        else if (f.is("msg"))
            out->msg = f.string();
        else
            f.skip();
    }
    if (f.entered() && f.ok() && !has_id)
        f.missing("id");
    return f.ok();
}

} // namespace dataarts
