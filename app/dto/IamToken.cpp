#include "IamToken.h"

#include "JsonFields.h"

namespace dataarts {

namespace {

void readName(JsonStream &stream, QString *id, QString *name)
{
    JsonFields f(stream);
    while (f.next()) {
        if (id && f.is("id"))
            *id = f.id();
        else if (f.is("name"))
            *name = f.string();
        else
            f.skip();
    }
}

} // namespace

bool IamToken::decode(JsonStream &stream, IamToken *out)
{
    JsonFields top(stream);
    bool haveToken = false;
    while (top.next()) {
        if (!top.is("token")) {
            top.skip();
            continue;
        }
        haveToken = true;
        JsonFields f(stream);
        bool haveExpiry = false;
        while (f.next()) {
            if (f.is("expires_at")) {
                out->expiresAt = f.time();
                haveExpiry = f.present();
            } else if (f.is("issued_at")) {
                out->issuedAt = f.time();
            } else if (f.is("user")) {
                if (f.takeNull())
                    continue;
                JsonFields user(stream);
                while (user.next()) {
                    if (user.is("id"))
                        out->userId = user.id();
                    else if (user.is("name"))
                        out->userName = user.string();
                    else if (user.is("domain")) {
                        if (!user.takeNull())
                            readName(stream, nullptr, &out->domainName);
                    } else
                        user.skip();
                }
            } else if (f.is("project")) {
                if (!f.takeNull())
                    readName(stream, &out->projectId, &out->projectName);
            } else {
                f.skip();
            }
        }
        if (f.entered() && f.ok() && !haveExpiry)
            f.missing("expires_at");
    }
    if (top.entered() && top.ok() && !haveToken)
        top.missing("token");
    return top.ok();
}

} // namespace dataarts
