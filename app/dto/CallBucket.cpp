#include "CallBucket.h"

#include "JsonFields.h"

namespace dataarts {

bool CallBucket::decode(JsonStream &stream, CallBucket *out)
{
    JsonFields f(stream);
    bool haveTime = false;
    while (f.next()) {
        if (f.is("log_time")) {
            out->logTime = f.epochMs();
            haveTime = f.present();
        } else if (f.is("call_num"))
            out->calls = f.integer();
        else if (f.is("success_num"))
            out->succeeded = f.integer();
        else if (f.is("fail_num"))
            out->failed = f.integer();
        else
            f.skip();
    }
    if (f.entered() && f.ok() && !haveTime)
        f.missing("log_time");
    return f.ok();
}

} // namespace dataarts
