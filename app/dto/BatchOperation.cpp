#include "BatchOperation.h"

#include "JsonReader.h"

#include <QJsonArray>

namespace dataarts {

bool BatchOperation::decode(const QJsonValue &value, const QString &path, BatchOperation *out,
                            DecodeError *error) {
    return decodeAt(value, path, out, error, 0);
}

bool BatchOperation::decodeAt(const QJsonValue &value, const QString &path, BatchOperation *out,
                              DecodeError *error, int depth) {
    if (!value.isObject()) {
        error->path = path;
        error->reason = QStringLiteral("expected an object");
        return false;
    }
    if (depth > kMaxDepth) {
        error->path = path;
        error->reason = QStringLiteral("groups nested too deeply");
        return false;
    }
    JsonReader r(value.toObject(), path, error);
    out->id = r.id(QLatin1String("id"));
    out->tenantId = r.id(QLatin1String("tenant_id"));
    out->groupId = r.id(QLatin1String("group_id"));
    out->bizName = r.string(QLatin1String("biz_name"));
    out->bizId = r.id(QLatin1String("biz_id"));
    out->operationStatus = r.enumeration<OperationStatus>(QLatin1String("operation_status"));
    out->operationType = r.string(QLatin1String("operation_type"));
    out->bizInfo = r.string(QLatin1String("biz_info"));
    out->createBy = r.string(QLatin1String("create_by"));
    out->remark = r.string(QLatin1String("remark"));
    out->total = r.integer(QLatin1String("total"));
    out->success = r.integer(QLatin1String("success"));
    out->failed = r.integer(QLatin1String("failed"));
    // rate is documented as a string; accept a number too and keep its text.
    const QJsonValue rate = r.object().value(QLatin1String("rate"));
    if (rate.isDouble())
        out->rate = QString::number(rate.toDouble());
    else
        out->rate = r.string(QLatin1String("rate"));
    out->logs = r.string(QLatin1String("logs"));
    const QJsonArray groups = r.array(QLatin1String("groups"));
    if (!r.ok())
        return false;
    out->groups.reserve(groups.size());
    qsizetype index = 0;
    for (const QJsonValue &g : groups) {
        BatchOperation child;
        if (!decodeAt(g,
                      r.childPath(QLatin1String("groups")) + QLatin1Char('[') +
                          QString::number(index) + QLatin1Char(']'),
                      &child, error, depth + 1))
            return false;
        out->groups.append(std::move(child));
        ++index;
    }
    return true;
}

} // namespace dataarts
