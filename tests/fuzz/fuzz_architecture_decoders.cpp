// Every Architecture decoder: the data.value envelopes, all-tables, table-model, models,
// approvals, approvers and the BatchOperationVO of batch offline / publish / approval action.
#include "FuzzSupport.h"

#include "dto/AllTable.h"
#include "dto/Approval.h"
#include "dto/Approver.h"
#include "dto/BatchOperation.h"
#include "dto/DesignModel.h"
#include "dto/Envelopes.h"
#include "dto/TableModel.h"

using namespace dataarts;

template <typename T>
static void page(const QByteArray &input)
{
    Page<T> p;
    DecodeError error;
    const bool ok = envelope::architecturePageOf(input, &p, &error);
    fuzz::checkConsistent(ok, error);
    fuzz::checkNotLaxer(input, ok);
    if (ok && p.total < 0)
        std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    page<AllTable>(input);
    page<TableModel>(input);
    page<DesignModel>(input);
    page<Approval>(input);
    page<Approver>(input);
    BatchOperation op;
    DecodeError error;
    const bool ok = envelope::architectureValue(
        input, [&op](JsonStream &s) { BatchOperation::decode(s, &op); }, &error);
    fuzz::checkConsistent(ok, error);
    fuzz::checkNotLaxer(input, ok);
    return 0;
}
