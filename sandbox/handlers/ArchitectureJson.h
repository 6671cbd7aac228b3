#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace dataarts::sandbox {

class SandboxWorld;
struct Approval;
struct Approver;
struct EntityView;
struct Model;

// The Architecture records as the API shows them (dataarts-api.md sections 2 and 3).
namespace architecture_json {

QJsonObject allTable(const SandboxWorld &world, const EntityView &entity);
QJsonObject tableModel(const SandboxWorld &world, const EntityView &entity);
QJsonObject model(const SandboxWorld &world, const Model &model);
QJsonObject approval(const SandboxWorld &world, const Approval &approval);
QJsonObject approver(const SandboxWorld &world, const Approver &approver);

// One groups[] entry of a BatchOperationVO.
struct BatchItem {
    QJsonValue bizId; // as the caller sent it
    QString bizName;  // empty: unknown entity
    bool success = false;
    QString remark;
};

// BatchOperationVO with groups[], totals and rate.
QJsonObject batchOperation(SandboxWorld &world, const QString &operationType,
                           const QString &createBy, const QList<BatchItem> &items);

QString tenantId(const SandboxWorld &world);

} // namespace architecture_json
} // namespace dataarts::sandbox
