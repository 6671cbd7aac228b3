#include "BatchResultBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dataarts::batchResultBody {

QByteArray encode(const BatchOperation &op)
{
    QJsonArray groups;
    for (const BatchOperation &g : op.groups) {
        groups.append(QJsonObject{
            {QStringLiteral("biz_id"), g.bizId},
            {QStringLiteral("biz_name"), g.bizName},
            {QStringLiteral("operation_status"), g.operationStatus.raw},
            {QStringLiteral("remark"), g.remark},
        });
    }
    const QJsonObject o{
        {QStringLiteral("group_id"), op.groupId},
        {QStringLiteral("operation_status"), op.operationStatus.raw},
        {QStringLiteral("total"), op.total},
        {QStringLiteral("success"), op.success},
        {QStringLiteral("failed"), op.failed},
        {QStringLiteral("rate"), op.rate},
        {QStringLiteral("remark"), op.remark},
        {QStringLiteral("groups"), groups},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QList<Group> groups(const QByteArray &body)
{
    QList<Group> out;
    if (body.isEmpty())
        return out;
    const QJsonArray array =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("groups")).toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject g = v.toObject();
        out.append({g.value(QStringLiteral("biz_id")).toString(),
                    g.value(QStringLiteral("biz_name")).toString(),
                    g.value(QStringLiteral("operation_status")).toString(),
                    g.value(QStringLiteral("remark")).toString()});
    }
    return out;
}

bool groupOf(const QByteArray &body, const QString &bizId, Group *group)
{
    const QList<Group> all = groups(body);
    for (const Group &g : all) {
        if (g.bizId == bizId) {
            *group = g;
            return true;
        }
    }
    return false;
}

} // namespace dataarts::batchResultBody
