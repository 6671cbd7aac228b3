#include "AuthorizedApp.h"

#include "JsonFields.h"

namespace dataarts {

namespace {

// [{para_name, para_value}] (or param_name / param_value, which Terraform reads here).
bool readStaticParams(JsonStream &s, QList<AuthorizedApp::StaticParam> *out)
{
    JsonItems items(s);
    while (items.next()) {
        AuthorizedApp::StaticParam p;
        JsonFields f(s);
        while (f.next()) {
            if (f.is("para_name") || f.is("param_name"))
                p.name = f.string();
            else if (f.is("para_value") || f.is("param_value"))
                p.value = f.string();
            else
                f.skip();
        }
        if (!f.ok())
            return false;
        out->append(p);
    }
    return s.ok();
}

} // namespace

bool AuthorizedApp::decode(JsonStream &stream, AuthorizedApp *out)
{
    JsonFields f(stream);
    while (f.next()) {
        if (f.is("app_id"))
            out->appId = f.id();
        else if (f.is("app_name"))
            out->appName = f.string();
        else if (f.is("instance_id"))
            out->instanceId = f.id();
        else if (f.is("instance_name"))
            out->instanceName = f.string();
        else if (f.is("api_using_time"))
            out->expires = f.epochMs();
        else if (f.is("approval_time") || f.is("approve_time"))
            out->approved = f.epochMs();
        else if (f.is("relationship_type"))
            out->relationshipType = f.string();
        else if (f.is("static_params")) {
            if (!f.takeNull() && !readStaticParams(stream, &out->staticParams))
                return false;
        } else
            f.skip();
    }
    if (f.entered() && f.ok() && out->appId.isEmpty())
        f.missing("app_id");
    return f.ok();
}

} // namespace dataarts
