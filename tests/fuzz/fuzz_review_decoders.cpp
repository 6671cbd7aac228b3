// The review-center decoders: message and application lists and single records.
#include "FuzzSupport.h"

#include "dto/ApplyRecord.h"
#include "dto/Envelopes.h"

using namespace dataarts;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    Page<ApplyRecord> p;
    DecodeError error;
    bool ok = envelope::topLevelPageOf(input, "records", "total", &p, &error);
    fuzz::checkConsistent(ok, error);
    fuzz::checkNotLaxer(input, ok);
    for (const ApplyRecord &r : p.records) {
        if (ok && r.id.isEmpty())
            std::abort(); // required
    }
    ApplyRecord record;
    ok = envelope::documentOf(input, &record, &error);
    fuzz::checkConsistent(ok, error);
    fuzz::checkNotLaxer(input, ok);
    return 0;
}
