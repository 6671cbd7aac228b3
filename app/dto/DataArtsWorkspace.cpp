#include "DataArtsWorkspace.h"

#include "JsonFields.h"

namespace dataarts {

bool DataArtsWorkspace::decode(JsonStream &stream, DataArtsWorkspace *out)
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
        else if (f.is("is_default")) {
            // Documented as a flag; seen both as 0/1 and as true/false.
            const JsonStream::Token t = stream.peek();
            if (t == JsonStream::Token::True || t == JsonStream::Token::False)
                out->isDefault = f.boolean() ? 1 : 0;
            else
                out->isDefault = f.integer();
        } else if (f.is("instance_id"))
            out->instanceId = f.id();
        else
            f.skip();
    }
    if (f.entered() && f.ok() && !has_id)
        f.missing("id");
    return f.ok();
}

} // namespace dataarts
