#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace dataarts {

// The body of POST /v1/{pid}/service/applys (BatchApproveApply, dataarts-api.md section
// 5b.1): {"apply_result":true,"apply_ids":["..."]}; true approves, false rejects.
struct ReviewAppliesRequest {
    Q_DECLARE_TR_FUNCTIONS(dataarts::ReviewAppliesRequest)
public:
    bool applyResult = true;
    QStringList applyIds;

    QByteArray body() const;
    QString validate() const;
};

} // namespace dataarts
