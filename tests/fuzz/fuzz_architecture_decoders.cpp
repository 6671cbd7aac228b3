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
static void page(const QJsonDocument &doc) {
    Page<T> p;
    DecodeError error;
    const bool ok = envelope::architecturePageOf(doc, &p, &error);
    if (ok == error.isError())
        std::abort(); // success and error must agree
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QJsonDocument doc = fuzz::parse(data, size);
    page<AllTable>(doc);
    page<TableModel>(doc);
    page<DesignModel>(doc);
    page<Approval>(doc);
    page<Approver>(doc);
    QJsonValue value;
    DecodeError error;
    if (envelope::architectureValue(doc, &value, &error)) {
        BatchOperation op;
        BatchOperation::decode(value, QStringLiteral("data.value"), &op, &error);
    }
    return 0;
}
