#pragma once

#include "Enums.h"
#include "JsonStream.h"

#include <QList>
#include <QString>

namespace dataarts {

// BatchOperationVO: the answer of batch-offline, batch-publish and approvals/action
// (data.value), with one entry per entity in groups[] (dataarts-api.md section 2.1).
struct BatchOperation {
    QString id;
    QString tenantId;
    QString groupId; // the batch id terraform keeps
    QString bizName;
    QString bizId;
    KnownEnum<OperationStatus> operationStatus;
    QString operationType;
    QString bizInfo;
    QString createBy;
    QString remark; // why an entity failed, verbatim
    qint64 total = 0;
    qint64 success = 0;
    qint64 failed = 0;
    QString rate;
    QString logs;
    QList<BatchOperation> groups;

    // groups[] nest at most this deep (the API nests one level).
    static constexpr int kMaxDepth = 8;

    static bool decode(JsonStream &stream, BatchOperation *out);

private:
    static bool decodeAt(JsonStream &stream, BatchOperation *out, int depth);
};

} // namespace dataarts
