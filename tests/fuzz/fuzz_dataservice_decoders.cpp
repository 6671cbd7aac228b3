// Every DataService decoder: the top-level listings (APIs, clusters for an action, publish
// info, clusters) and the API detail.
#include "FuzzSupport.h"

#include "dto/ApiActionInstance.h"
#include "dto/ApiDetail.h"
#include "dto/ApiOverview.h"
#include "dto/ApiPublishInfo.h"
#include "dto/Envelopes.h"
#include "dto/ServiceCluster.h"

using namespace dataarts;

template <typename T>
static void page(const QByteArray &input, const char *records, const char *total)
{
    Page<T> p;
    DecodeError error;
    const bool ok = envelope::topLevelPageOf(input, records, total, &p, &error);
    fuzz::checkConsistent(ok, error);
    fuzz::checkNotLaxer(input, ok);
    if (ok && total[0] != '\0' && p.total < 0)
        std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    page<ApiOverview>(input, "records", "total");
    page<ApiActionInstance>(input, "instances", "");
    page<ApiPublishInfo>(input, "publish_messages", "total");
    page<ServiceCluster>(input, "instances", "total");
    ApiDetail detail;
    DecodeError error;
    const bool ok = ApiDetail::decodeDocument(input, &detail, &error);
    fuzz::checkConsistent(ok, error);
    fuzz::checkNotLaxer(input, ok);
    if (ok && detail.overview.id.isEmpty())
        std::abort(); // required
    return 0;
}
