#include "ApiOverview.h"

#include "JsonFields.h"

namespace dataarts {

bool ApiOverview::decode(JsonStream &stream, ApiOverview *out)
{
    JsonFields f(stream);
    bool hasId = false;
    while (f.next()) {
        if (f.is("id")) {
            out->id = f.id();
            hasId = f.present() && !out->id.isEmpty();
        } else if (f.is("name"))
            out->name = f.string();
        else if (f.is("description"))
            out->description = f.string();
        else if (f.is("type"))
            out->type = f.enumeration<ApiType>();
        else if (f.is("manager"))
            out->manager = f.string();
        else if (f.is("create_user"))
            out->createUser = f.string();
        else if (f.is("create_time"))
            out->createTime = f.time();
        else if (f.is("authorization_status"))
            out->authorizationStatus = f.string();
        else if (f.is("group_id"))
            out->groupId = f.id();
        else if (f.is("status"))
            out->status = f.enumeration<ApiStatus>();
        else if (f.is("debug_status"))
            out->debugStatus = f.enumeration<ApiDebugStatus>();
        else if (f.is("publish_messages")) {
            if (f.takeNull())
                continue;
            JsonItems items(stream);
            while (items.next()) {
                ApiPublishInfo info;
                if (!ApiPublishInfo::decode(stream, &info))
                    return false;
                out->publishMessages.append(std::move(info));
            }
        } else
            f.skip();
    }
    if (f.entered() && f.ok() && !hasId)
        f.missing("id");
    return f.ok();
}

} // namespace dataarts
