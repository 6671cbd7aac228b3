#include "ArchitectureJson.h"

#include "core/Json.h"
#include "core/TimeFormat.h"
#include "world/SandboxWorld.h"

#include <QJsonArray>

namespace dataarts::sandbox::architecture_json {

namespace {

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(timefmt::rfc3339(ms)) : QJsonValue(QJsonValue::Null);
}

QJsonValue id(const SandboxWorld &world, qint64 value)
{
    return json::id(value, world.options.numericIds);
}

} // namespace

QString tenantId(const SandboxWorld &world)
{
    return world.directory.project.id + QStringLiteral("-workspace-") +
           world.directory.workspace().id;
}

QJsonObject allTable(const SandboxWorld &world, const EntityView &e)
{
    QJsonObject o{
        {QStringLiteral("id"), id(world, e.id)},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("code"), e.code},
        {QStringLiteral("biz_type"), e.bizType},
        {QStringLiteral("status"), bizStatusName(e.status)},
        {QStringLiteral("db_name"), json::stringOrNull(e.dbName)},
        {QStringLiteral("dw_type"), json::stringOrNull(e.dwType)},
        {QStringLiteral("queue_name"), e.dwType == QLatin1String("DLI")
                                           ? QJsonValue(QStringLiteral("default"))
                                           : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("schema"), e.dwType == QLatin1String("DWS")
                                       ? QJsonValue(QStringLiteral("public"))
                                       : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("create_by"), e.createBy},
        {QStringLiteral("tenant_id"), tenantId(world)},
        {QStringLiteral("description"), e.description},
        {QStringLiteral("create_time"), timefmt::rfc3339(e.createMs)},
        {QStringLiteral("update_time"), timefmt::rfc3339(e.updateMs)},
        {QStringLiteral("l1"), e.l1},
        {QStringLiteral("l2"), e.l2},
        {QStringLiteral("l3"), e.l3},
        {QStringLiteral("workspace_id"), world.directory.workspace().id},
        {QStringLiteral("workspace_name"), world.directory.workspace().name},
        {QStringLiteral("env_type"), e.envType},
    };
    return o;
}

QJsonObject tableModel(const SandboxWorld &world, const EntityView &e)
{
    return {
        {QStringLiteral("id"), id(world, e.id)},
        {QStringLiteral("model_id"), id(world, e.modelId)},
        {QStringLiteral("tb_name"), e.code},
        {QStringLiteral("logic_tb_name"), e.nameCh},
        {QStringLiteral("code"), e.code},
        {QStringLiteral("description"), e.description},
        {QStringLiteral("status"), bizStatusName(e.status)},
        {QStringLiteral("dw_type"), json::stringOrNull(e.dwType)},
        {QStringLiteral("db_name"), json::stringOrNull(e.dbName)},
        {QStringLiteral("owner"), e.owner},
        {QStringLiteral("env_type"), e.envType},
        {QStringLiteral("create_by"), e.createBy},
        {QStringLiteral("create_time"), timefmt::rfc3339(e.createMs)},
        {QStringLiteral("update_time"), timefmt::rfc3339(e.updateMs)},
        {QStringLiteral("l1"), e.l1},
        {QStringLiteral("l2"), e.l2},
        {QStringLiteral("l3"), e.l3},
        {QStringLiteral("biz_type"), e.bizType},
    };
}

QJsonObject model(const SandboxWorld &world, const Model &m)
{
    return {
        {QStringLiteral("id"), id(world, m.id)},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("description"), m.description},
        {QStringLiteral("is_physical"), m.physical},
        {QStringLiteral("frequent"), false},
        {QStringLiteral("top"), false},
        {QStringLiteral("level"), QJsonValue::Null},
        {QStringLiteral("dw_type"), m.dwType},
        {QStringLiteral("type"), m.type},
        {QStringLiteral("create_by"), m.createBy},
        {QStringLiteral("update_by"), m.createBy},
        {QStringLiteral("create_time"), timefmt::rfc3339(m.createMs)},
        {QStringLiteral("update_time"), timefmt::rfc3339(m.createMs)},
        {QStringLiteral("table_model_prefix"), m.nameEn},
        {QStringLiteral("biz_catalog_ids"), QStringLiteral("[]")},
        {QStringLiteral("databases"), QJsonArray()},
    };
}

QJsonObject approval(const SandboxWorld &world, const Approval &a)
{
    const EntityView e = world.entities.view(a.entity);
    const QJsonObject info{{QStringLiteral("id"), id(world, e.id)},
                           {QStringLiteral("name_ch"), e.nameCh},
                           {QStringLiteral("name_en"), e.nameEn},
                           {QStringLiteral("biz_type"), e.bizType},
                           {QStringLiteral("status"), bizStatusName(e.status)}};
    return {
        {QStringLiteral("id"), id(world, a.id)},
        {QStringLiteral("name_ch"), e.nameCh},
        {QStringLiteral("name_en"), e.nameEn},
        {QStringLiteral("biz_id"), id(world, e.id)},
        {QStringLiteral("biz_type"), e.bizType},
        {QStringLiteral("biz_info"), QString::fromUtf8(json::bytes(info))},
        {QStringLiteral("biz_info_obj"), info},
        {QStringLiteral("biz_version"), a.bizVersion},
        {QStringLiteral("biz_status"), bizStatusName(e.status)},
        {QStringLiteral("approval_status"), approvalStatusName(a.status)},
        {QStringLiteral("approval_type"), approvalTypeName(a.type)},
        {QStringLiteral("submit_time"), timeOrNull(a.submitMs)},
        {QStringLiteral("create_by"), a.createBy},
        {QStringLiteral("approval_time"), timeOrNull(a.approvalMs)},
        {QStringLiteral("approver"), a.approver},
        {QStringLiteral("email"), json::stringOrNull(a.email)},
        {QStringLiteral("msg"), json::stringOrNull(a.msg)},
    };
}

QJsonObject approver(const SandboxWorld &world, const Approver &a)
{
    return {
        {QStringLiteral("id"), id(world, a.id)},
        {QStringLiteral("approver_name"), a.name},
        {QStringLiteral("user_id"), a.userId},
        {QStringLiteral("user_name"), a.name},
        {QStringLiteral("email"), a.email},
        {QStringLiteral("user_type"), a.userType},
        {QStringLiteral("create_time"), timefmt::rfc3339(a.createMs)},
        {QStringLiteral("project_id"), world.directory.project.id},
    };
}

QJsonObject batchOperation(SandboxWorld &world, const QString &operationType,
                           const QString &createBy, const QList<BatchItem> &items)
{
    const qint64 groupId = world.ids.nextNumeric();
    const QString tenant = tenantId(world);
    int success = 0;
    QJsonArray groups;
    for (const BatchItem &item : items) {
        if (item.success)
            ++success;
        groups.append(QJsonObject{
            {QStringLiteral("id"), id(world, world.ids.nextNumeric())},
            {QStringLiteral("tenant_id"), tenant},
            {QStringLiteral("group_id"), id(world, groupId)},
            {QStringLiteral("biz_name"), json::stringOrNull(item.bizName)},
            {QStringLiteral("biz_id"), item.bizId},
            {QStringLiteral("operation_status"),
             item.success ? QStringLiteral("SUCCESS") : QStringLiteral("FAILED")},
            {QStringLiteral("operation_type"), operationType},
            {QStringLiteral("biz_info"), QStringLiteral("{}")},
            {QStringLiteral("create_by"), createBy},
            {QStringLiteral("remark"), item.remark},
            {QStringLiteral("total"), 0},
            {QStringLiteral("success"), 0},
            {QStringLiteral("failed"), 0},
            {QStringLiteral("rate"), QJsonValue::Null},
            {QStringLiteral("logs"), QJsonValue::Null},
            {QStringLiteral("groups"), QJsonValue::Null},
        });
    }
    const int total = int(items.size());
    const int failed = total - success;
    return {
        {QStringLiteral("id"), QJsonValue::Null},
        {QStringLiteral("tenant_id"), tenant},
        {QStringLiteral("group_id"), id(world, groupId)},
        {QStringLiteral("biz_name"), QJsonValue::Null},
        {QStringLiteral("biz_id"), QJsonValue::Null},
        {QStringLiteral("operation_status"),
         failed == 0 ? QStringLiteral("SUCCESS") : QStringLiteral("FAILED")},
        {QStringLiteral("operation_type"), operationType},
        {QStringLiteral("biz_info"), QJsonValue::Null},
        {QStringLiteral("create_by"), createBy},
        {QStringLiteral("remark"), QJsonValue::Null},
        {QStringLiteral("total"), total},
        {QStringLiteral("success"), success},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("rate"), QStringLiteral("1.00")},
        {QStringLiteral("logs"), QJsonValue::Null},
        {QStringLiteral("groups"), groups},
    };
}

} // namespace dataarts::sandbox::architecture_json
