#include "CatalogEntity.h"

#include "JsonFields.h"

namespace dataarts {

namespace {

// attributes is a free-form map: keep the two names the client uses, skip the rest.
void readAttributes(JsonStream &stream, CatalogEntity *out)
{
    JsonFields a(stream);
    while (a.next()) {
        if (a.is("database"))
            out->database = a.string();
        else if (a.is("qualifiedName") || a.is("qualified_name"))
            out->qualifiedName = a.string();
        else
            a.skip();
    }
}

void readConnection(JsonStream &stream, CatalogEntity *out)
{
    JsonFields c(stream);
    while (c.next()) {
        if (c.is("display_text"))
            out->connectionName = c.string();
        else
            c.skip();
    }
}

} // namespace

bool CatalogEntity::decode(JsonStream &stream, CatalogEntity *out)
{
    JsonFields f(stream);
    while (f.next()) {
        if (f.is("guid"))
            out->guid = f.id();
        else if (f.is("type_name"))
            out->typeName = f.string();
        else if (f.is("display_text"))
            out->displayText = f.string();
        else if (f.is("attributes")) {
            if (!f.takeNull())
                readAttributes(stream, out);
        } else if (f.is("connection")) {
            if (!f.takeNull())
                readConnection(stream, out);
        } else
            f.skip();
    }
    return f.ok();
}

} // namespace dataarts
