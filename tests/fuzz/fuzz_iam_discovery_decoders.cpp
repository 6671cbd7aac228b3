// IAM and discovery decoders: the token body, projects, instances and workspaces.
#include "FuzzSupport.h"

#include "dto/DataArtsInstance.h"
#include "dto/DataArtsWorkspace.h"
#include "dto/Envelopes.h"
#include "dto/IamProject.h"
#include "dto/IamToken.h"

using namespace dataarts;

template <typename T>
static void page(const QByteArray &input, const char *records, const char *total)
{
    Page<T> p;
    DecodeError error;
    const bool ok = envelope::topLevelPageOf(input, records, total, &p, &error);
    fuzz::checkConsistent(ok, error);
    fuzz::checkNotLaxer(input, ok);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    IamToken token;
    DecodeError error;
    const bool ok = envelope::documentOf(input, &token, &error);
    fuzz::checkConsistent(ok, error);
    fuzz::checkNotLaxer(input, ok);
    if (ok && !token.expiresAt.isValid())
        std::abort(); // required
    page<IamProject>(input, "projects", "");
    page<DataArtsInstance>(input, "commodity_order_lists", "count");
    page<DataArtsWorkspace>(input, "data", "count");
    return 0;
}
