// The review-center decoders: message and application lists and single records.
#include "FuzzSupport.h"

#include "dto/ApplyRecord.h"
#include "dto/Envelopes.h"

using namespace dataarts;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QJsonDocument doc = fuzz::parse(data, size);
    Page<ApplyRecord> p;
    DecodeError error;
    const bool ok =
        envelope::topLevelPageOf(doc, QLatin1String("records"), QLatin1String("total"), &p, &error);
    if (ok == error.isError())
        std::abort();
    for (const ApplyRecord &r : p.records) {
        if (r.id.isEmpty())
            std::abort(); // required
    }
    QJsonObject top;
    error = {};
    if (envelope::topObject(doc, &top, &error)) {
        ApplyRecord record;
        ApplyRecord::decode(top, QString(), &record, &error);
    }
    return 0;
}
