#include "ServiceCluster.h"

#include "JsonFields.h"

namespace dataarts {

bool ServiceCluster::decode(JsonStream &stream, ServiceCluster *out)
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
        else if (f.is("intranet_address"))
            out->intranetAddress = f.string();
        else if (f.is("external_address"))
            out->externalAddress = f.string();
        else if (f.is("instance_status"))
            out->instanceStatus = f.string();
        else if (f.is("node_num"))
            out->nodeNum = f.integer();
        else if (f.is("current_namespace_publish_api_num"))
            out->publishedApiCount = f.integer();
        else if (f.is("api_publishable_num"))
            out->publishableApiCount = f.integer();
        else
            f.skip();
    }
    if (f.entered() && f.ok() && !has_id)
        f.missing("id");
    return f.ok();
}

} // namespace dataarts
