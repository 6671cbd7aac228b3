#pragma once

#include <QString>
#include <QStringList>

namespace dataarts {

// BizTypeEnum of ApprovalBatchParam.biz_infos[] (dataarts-api.md section 2.1): the 40 kinds
// of Architecture business entity.
namespace bizTypes {

const QStringList &all();
bool isKnown(const QString &name);

// The five kinds the all-tables listing returns.
const QStringList &tableTypes();

} // namespace bizTypes
} // namespace dataarts
