#include "IamProject.h"

#include "JsonFields.h"

namespace dataarts {

bool IamProject::decode(JsonStream &stream, IamProject *out)
{
    JsonFields f(stream);
    bool has_id = false;
    while (f.next()) {
        if (f.is("id")) {
            out->id = f.id();
            has_id = f.present() && !out->id.isEmpty();
        } else if (f.is("name"))
            out->name = f.string();
        else if (f.is("domain_id"))
            out->domainId = f.id();
        else if (f.is("enabled"))
            out->enabled = f.boolean();
        else
            f.skip();
    }
    if (f.entered() && f.ok() && !has_id)
        f.missing("id");
    return f.ok();
}

} // namespace dataarts
