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
static void page(const QJsonDocument &doc, const char *records, const char *total) {
    Page<T> p;
    DecodeError error;
    const bool ok =
        envelope::topLevelPageOf(doc, QLatin1String(records), QLatin1String(total), &p, &error);
    if (ok == error.isError())
        std::abort();
    if (ok && total[0] != '\0' && p.total < 0)
        std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QJsonDocument doc = fuzz::parse(data, size);
    page<ApiOverview>(doc, "records", "total");
    page<ApiActionInstance>(doc, "instances", "");
    page<ApiPublishInfo>(doc, "publish_messages", "total");
    page<ServiceCluster>(doc, "instances", "total");
    QJsonObject top;
    DecodeError error;
    if (envelope::topObject(doc, &top, &error)) {
        ApiDetail detail;
        ApiDetail::decode(top, QString(), &detail, &error);
    }
    return 0;
}
