#pragma once

#include "dto/BatchOperation.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dataarts {

// The result of a batch request as the journal keeps it (RequestAnswer::resultBody) and the
// Progress view shows it: a compact JSON of the BatchOperationVO's totals and its groups
// (biz_id, biz_name, operation_status, remark verbatim).
namespace batchResultBody {

struct Group {
    QString bizId;
    QString bizName;
    QString status; // RUNNING, SUCCESS, FAILED (as the server sent it)
    QString remark;
};

QByteArray encode(const BatchOperation &operation);
// The groups of an encoded result; empty for anything else.
QList<Group> groups(const QByteArray &body);
// The group of one biz id; false when the body has none.
bool groupOf(const QByteArray &body, const QString &bizId, Group *group);

} // namespace batchResultBody
} // namespace dataarts
