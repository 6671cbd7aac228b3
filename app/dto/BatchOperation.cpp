#include "BatchOperation.h"

#include "JsonFields.h"

namespace dataarts {

bool BatchOperation::decode(JsonStream &stream, BatchOperation *out)
{
    return decodeAt(stream, out, 0);
}

bool BatchOperation::decodeAt(JsonStream &stream, BatchOperation *out, int depth)
{
    if (depth > kMaxDepth) {
        stream.failShape(QStringLiteral("groups nested too deeply"));
        return false;
    }
    JsonFields f(stream);
    while (f.next()) {
        if (f.is("id"))
            out->id = f.id();
        else if (f.is("tenant_id"))
            out->tenantId = f.id();
        else if (f.is("group_id"))
            out->groupId = f.id();
        else if (f.is("biz_name"))
            out->bizName = f.string();
        else if (f.is("biz_id"))
            out->bizId = f.id();
        else if (f.is("operation_status"))
            out->operationStatus = f.enumeration<OperationStatus>();
        else if (f.is("operation_type"))
            out->operationType = f.string();
        else if (f.is("biz_info"))
            out->bizInfo = f.string();
        else if (f.is("create_by"))
            out->createBy = f.string();
        else if (f.is("remark"))
            out->remark = f.string();
        else if (f.is("total"))
            out->total = f.integer();
        else if (f.is("success"))
            out->success = f.integer();
        else if (f.is("failed"))
            out->failed = f.integer();
        else if (f.is("rate")) {
            // Documented as a string; a number is accepted and kept as its text.
            if (stream.peek() == JsonStream::Token::Number)
                out->rate = QString::fromLatin1(stream.readNumber());
            else
                out->rate = f.string();
        } else if (f.is("logs"))
            out->logs = f.string();
        else if (f.is("groups")) {
            if (f.takeNull())
                continue;
            JsonItems items(stream);
            while (items.next()) {
                BatchOperation child;
                if (!decodeAt(stream, &child, depth + 1))
                    return false;
                out->groups.append(std::move(child));
            }
        } else
            f.skip();
    }
    return f.ok();
}

} // namespace dataarts
