#include "ApprovalsHandler.h"

#include "ArchitectureJson.h"
#include "core/Json.h"
#include "core/TimeFormat.h"
#include "dto/BizType.h"
#include "http/Router.h"
#include "world/SandboxWorld.h"

#include <QJsonArray>
#include <QSet>

namespace dataarts::sandbox {

void ApprovalsHandler::addRoutes(Router &router)
{
    router.add("GET", "/v2/{project_id}/design/approvals", "architecture.approvals",
               Service::Architecture, [this](Exchange &ex) { list(ex); });
    router.add("GET", "/v2/{project_id}/design/approvals/users", "architecture.approvers",
               Service::Architecture, [this](Exchange &ex) { approvers(ex); });
    router.add("PUT", "/v2/{project_id}/design/approvals/action", "architecture.approvals_action",
               Service::Architecture, [this](Exchange &ex) { action(ex); });
    router.add("PUT", "/v2/{project_id}/design/approvals", "architecture.approvals_withdraw",
               Service::Architecture, [this](Exchange &ex) { withdraw(ex); });
}

void ApprovalsHandler::list(Exchange &ex)
{
    const SandboxRequest &r = ex.request;
    const auto checkEnum = [&](const QString &key, const QStringList &allowed) {
        if (r.hasQuery(key) && !allowed.contains(r.query(key))) {
            invalidField(ex, key, oneOf(r.query(key), allowed));
            return false;
        }
        return true;
    };
    if (!checkEnum(QStringLiteral("approval_status"),
                   {QStringLiteral("DEVELOPING"), QStringLiteral("FINISHED")}) ||
        !checkEnum(QStringLiteral("approval_status_detail"),
                   {QStringLiteral("DEVELOPING"), QStringLiteral("APPROVED"),
                    QStringLiteral("REJECT"), QStringLiteral("WITHDREW")}) ||
        !checkEnum(QStringLiteral("approval_type"),
                   {QStringLiteral("PUBLISH"), QStringLiteral("OFFLINE")}) ||
        !checkEnum(QStringLiteral("biz_type"), bizTypes::all()))
        return;

    std::optional<qint64> bizId;
    if (r.hasQuery(QStringLiteral("biz_id"))) {
        bizId = json::readId(QJsonValue(r.query(QStringLiteral("biz_id"))));
        if (!bizId) {
            invalidField(
                ex, QStringLiteral("biz_id"),
                {QStringLiteral("\"%1\" is not an id").arg(r.query(QStringLiteral("biz_id"))),
                 QStringLiteral("“%1”不是合法的ID").arg(r.query(QStringLiteral("biz_id")))});
            return;
        }
    }
    const std::optional<TimeRange> range = timeRange(ex);
    if (!range)
        return;
    const std::optional<Page> page = architecturePage(ex);
    if (!page)
        return;

    const QString name = r.query(QStringLiteral("name"));
    const QString createBy = r.query(QStringLiteral("create_by"));
    const QString approver = r.query(QStringLiteral("approver"));
    const QString status = r.query(QStringLiteral("approval_status"));
    const QString detail = r.query(QStringLiteral("approval_status_detail"));
    const QString type = r.query(QStringLiteral("approval_type"));
    const QString bizType = r.query(QStringLiteral("biz_type"));
    const EntityStore &entities = m_world.entities;
    const std::vector<Approval> &all = m_world.approvals.all();

    int total = 0;
    QJsonArray records;
    const int count = ex.dataWorkspace ? int(all.size()) : 0;
    for (int k = count - 1; k >= 0; --k) { // newest first
        const Approval &a = all[size_t(k)];
        if (bizId && entities.id(a.entity) != *bizId)
            continue;
        if (!createBy.isEmpty() && a.createBy != createBy)
            continue;
        if (!approver.isEmpty() && a.approver != approver)
            continue;
        if (!status.isEmpty() &&
            (status == QLatin1String("DEVELOPING")) != (a.status == ApprovalStatus::Developing))
            continue;
        if (!detail.isEmpty() && approvalStatusName(a.status) != detail)
            continue;
        if (!type.isEmpty() && approvalTypeName(a.type) != type)
            continue;
        if (!bizType.isEmpty() && entities.bizType(a.entity) != bizType)
            continue;
        if (!range->contains(a.submitMs))
            continue;
        if (!name.isEmpty() && !entities.matchesName(a.entity, name))
            continue;
        if (total >= page->offset && total < page->offset + page->limit)
            records.append(architecture_json::approval(m_world, a));
        ++total;
    }
    architectureOk(
        ex, QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("records"), records}});
}

void ApprovalsHandler::approvers(Exchange &ex)
{
    const std::optional<Page> page = architecturePage(ex);
    if (!page)
        return;
    const QString name = ex.request.query(QStringLiteral("approver_name"));
    int total = 0;
    QJsonArray records;
    if (ex.dataWorkspace) {
        for (const Approver &a : std::as_const(m_world.approvals.approvers)) {
            if (!name.isEmpty() && !a.name.contains(name, Qt::CaseInsensitive))
                continue;
            if (total >= page->offset && total < page->offset + page->limit)
                records.append(architecture_json::approver(m_world, a));
            ++total;
        }
    }
    architectureOk(
        ex, QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("records"), records}});
}

void ApprovalsHandler::action(Exchange &ex)
{
    const QString actionId = ex.request.query(QStringLiteral("action-id"));
    if (actionId != QLatin1String("resolve") && actionId != QLatin1String("reject")) {
        invalidField(ex, QStringLiteral("action-id"),
                     actionId.isEmpty()
                         ? Text{QStringLiteral("it is required (resolve or reject)"),
                                QStringLiteral("必填（resolve或reject）")}
                         : oneOf(actionId, {QStringLiteral("resolve"), QStringLiteral("reject")}));
        return;
    }
    const std::optional<QJsonObject> body = architectureBody(ex);
    if (!body)
        return;
    const QJsonValue idsValue = body->value(QStringLiteral("ids"));
    if (!idsValue.isArray() || idsValue.toArray().isEmpty()) {
        invalidField(ex, QStringLiteral("ids"),
                     {QStringLiteral("a non-empty array of approval ids is required"),
                      QStringLiteral("必须为非空的审批单ID数组")});
        return;
    }
    QList<QPair<QJsonValue, qint64>> ids;
    QSet<qint64> seen;
    const QJsonArray idArray = idsValue.toArray();
    for (int i = 0; i < idArray.size(); ++i) {
        const std::optional<qint64> id = json::readId(idArray.at(i));
        if (!id) {
            invalidField(ex, QStringLiteral("ids[%1]").arg(i),
                         {QStringLiteral("not an id"), QStringLiteral("不是合法的ID")});
            return;
        }
        if (seen.contains(*id)) {
            invalidField(ex, QStringLiteral("ids"),
                         {QStringLiteral("the ids must be unique (%1 repeats)").arg(*id),
                          QStringLiteral("ID不能重复（%1重复）").arg(*id)});
            return;
        }
        seen.insert(*id);
        ids.append({idArray.at(i), *id});
    }
    const QJsonValue msg = body->value(QStringLiteral("msg"));
    if (!msg.isString()) {
        invalidField(ex, QStringLiteral("msg"),
                     {QStringLiteral("a string is required"), QStringLiteral("必填，须为字符串")});
        return;
    }
    if (msg.toString().size() > 500) {
        invalidField(ex, QStringLiteral("msg"),
                     {QStringLiteral("at most 500 characters (got %1)").arg(msg.toString().size()),
                      QStringLiteral("最长500个字符（实际%1）").arg(msg.toString().size())});
        return;
    }
    if (!ex.user->approver) {
        architectureError(
            ex, 403, QStringLiteral("DS.6003"),
            {QStringLiteral("Only approvers can resolve or reject approvals; %1 is "
                            "not an approver.")
                 .arg(ex.user->name),
             QStringLiteral("只有审核人可以通过或驳回审批，%1不是审核人。").arg(ex.user->name)});
        return;
    }
    const bool resolve = actionId == QLatin1String("resolve");
    QList<architecture_json::BatchItem> items;
    for (const auto &[raw, id] : std::as_const(ids)) {
        architecture_json::BatchItem item;
        item.bizId = raw;
        if (!ex.dataWorkspace) {
            item.remark = Text{QStringLiteral("The approval %1 does not exist.").arg(id),
                               QStringLiteral("审批单%1不存在。").arg(id)}
                              .pick(ex.chinese);
            items.append(item);
            continue;
        }
        const ArchitectureWorkflow::Outcome outcome =
            m_world.architecture.decide(id,
                                        resolve ? ArchitectureWorkflow::Decision::Resolve
                                                : ArchitectureWorkflow::Decision::Reject,
                                        msg.toString());
        item.success = outcome.success;
        item.remark = outcome.remark.pick(ex.chinese);
        if (const Approval *a = m_world.approvals.find(id))
            item.bizName = m_world.entities.view(a->entity).nameCh;
        items.append(item);
    }
    architectureOk(ex, architecture_json::batchOperation(
                           m_world, resolve ? QStringLiteral("RESOLVE") : QStringLiteral("REJECT"),
                           ex.user->name, items));
}

void ApprovalsHandler::withdraw(Exchange &ex)
{
    QStringList texts;
    for (const QString &value : ex.request.queryValues(QStringLiteral("ids")))
        texts += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (texts.isEmpty()) {
        invalidField(ex, QStringLiteral("ids"),
                     {QStringLiteral("it is required: approval ids separated by commas"),
                      QStringLiteral("必填：以逗号分隔的审批单ID")});
        return;
    }
    QList<qint64> ids;
    for (const QString &text : std::as_const(texts)) {
        const std::optional<qint64> id = json::readId(QJsonValue(text.trimmed()));
        if (!id) {
            invalidField(ex, QStringLiteral("ids"),
                         {QStringLiteral("\"%1\" is not an id").arg(text),
                          QStringLiteral("“%1”不是合法的ID").arg(text)});
            return;
        }
        ids.append(*id);
    }
    if (!ex.dataWorkspace) {
        architectureError(ex, 404, QStringLiteral("DS.6004"),
                          {QStringLiteral("The approval %1 does not exist.").arg(ids.constFirst()),
                           QStringLiteral("审批单%1不存在。").arg(ids.constFirst())});
        return;
    }
    const auto refusal = m_world.architecture.checkWithdraw(ids, *ex.user);
    if (refusal) {
        architectureError(ex, refusal->notSubmitter ? 403 : 400,
                          refusal->notSubmitter ? QStringLiteral("DS.6003")
                                                : QStringLiteral("DS.6000"),
                          refusal->reason);
        return;
    }
    const int count = m_world.architecture.withdraw(ids);
    architectureOk(ex, QString::number(count));
}

} // namespace dataarts::sandbox
