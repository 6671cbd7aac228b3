#include "BatchHandler.h"

#include "ArchitectureJson.h"
#include "core/Json.h"
#include "dto/BizType.h"
#include "http/Router.h"
#include "world/SandboxWorld.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace dataarts::sandbox {

namespace {

const QStringList &envTypes()
{
    static const QStringList names = {QStringLiteral("INVALID_TYPE"), QStringLiteral("DEV_TYPE"),
                                      QStringLiteral("PROD_TYPE"), QStringLiteral("DEV_PROD_TYPE")};
    return names;
}

const Text kRequiredString{QStringLiteral("a non-empty string is required"),
                           QStringLiteral("必填，须为非空字符串")};

} // namespace

void BatchHandler::addRoutes(Router &router)
{
    router.add("POST", "/v2/{project_id}/design/approvals/batch-offline",
               "architecture.batch_offline", Service::Architecture,
               [this](Exchange &ex) { batch(ex, true); });
    router.add("POST", "/v2/{project_id}/design/approvals/batch-publish",
               "architecture.batch_publish", Service::Architecture,
               [this](Exchange &ex) { batch(ex, false); });
}

void BatchHandler::batch(Exchange &ex, bool offline)
{
    const std::optional<QJsonObject> body = architectureBody(ex);
    if (!body)
        return;

    // biz_infos: required, at least one, unique, each {biz_id, biz_type[, env_type]}.
    const QJsonValue infosValue = body->value(QStringLiteral("biz_infos"));
    if (!infosValue.isArray() || infosValue.toArray().isEmpty()) {
        invalidField(ex, QStringLiteral("biz_infos"),
                     {QStringLiteral("a non-empty array of {biz_id, biz_type} is required"),
                      QStringLiteral("必填，须为非空的{biz_id, biz_type}数组")});
        return;
    }
    const QJsonArray infos = infosValue.toArray();
    struct Item {
        QJsonValue rawId;
        QString idText;
        QString bizType;
    };
    QList<Item> items;
    QSet<QString> seen;
    for (int i = 0; i < infos.size(); ++i) {
        const QString where = QStringLiteral("biz_infos[%1]").arg(i);
        if (!infos.at(i).isObject()) {
            invalidField(ex, where,
                         {QStringLiteral("an object is required"), QStringLiteral("须为对象")});
            return;
        }
        const QJsonObject info = infos.at(i).toObject();
        const QJsonValue id = info.value(QStringLiteral("biz_id"));
        const QString idText = json::idText(id);
        if ((!id.isString() && !id.isDouble()) || idText.isEmpty()) {
            invalidField(ex, where + QStringLiteral(".biz_id"), kRequiredString);
            return;
        }
        const QJsonValue type = info.value(QStringLiteral("biz_type"));
        if (!type.isString()) {
            invalidField(ex, where + QStringLiteral(".biz_type"),
                         {QStringLiteral("it is required"), QStringLiteral("必填")});
            return;
        }
        if (!bizTypes::isKnown(type.toString())) {
            invalidField(ex, where + QStringLiteral(".biz_type"),
                         oneOf(type.toString(), bizTypes::all()));
            return;
        }
        const QJsonValue env = info.value(QStringLiteral("env_type"));
        if (!env.isUndefined() && !env.isNull() &&
            (!env.isString() || !envTypes().contains(env.toString()))) {
            invalidField(ex, where + QStringLiteral(".env_type"),
                         oneOf(env.toVariant().toString(), envTypes()));
            return;
        }
        const QString key = type.toString() + QLatin1Char('/') + idText;
        if (seen.contains(key)) {
            invalidField(
                ex, QStringLiteral("biz_infos"),
                {QStringLiteral("the items must be unique (%1 %2 repeats)")
                     .arg(type.toString(), idText),
                 QStringLiteral("元素不能重复（%1 %2重复）").arg(type.toString(), idText)});
            return;
        }
        seen.insert(key);
        items.append({id, idText, type.toString()});
    }

    QString approverFields[2];
    const QString approverKeys[2] = {QStringLiteral("approver_user_id"),
                                     QStringLiteral("approver_user_name")};
    for (int k = 0; k < 2; ++k) {
        const QJsonValue v = body->value(approverKeys[k]);
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            invalidField(ex, approverKeys[k], kRequiredString);
            return;
        }
        approverFields[k] = v.toString();
    }
    const QJsonValue email = body->value(QStringLiteral("email"));
    if (!email.isUndefined() && !email.isNull() && !email.isString()) {
        invalidField(ex, QStringLiteral("email"),
                     {QStringLiteral("a string is required"), QStringLiteral("须为字符串")});
        return;
    }
    const QJsonValue fast = body->value(QStringLiteral("fast_approval"));
    if (!fast.isUndefined() && !fast.isNull() && !fast.isBool()) {
        invalidField(
            ex, QStringLiteral("fast_approval"),
            {QStringLiteral("true or false is required"), QStringLiteral("须为布尔值true或false")});
        return;
    }
    const QJsonValue schedule = body->value(QStringLiteral("schedule_time"));
    if (!schedule.isUndefined() && !schedule.isNull()) {
        static const QRegularExpression pattern(QStringLiteral("^[0-5][0-9]_([01][0-9]|2[0-3])$"));
        if (!schedule.isString() || !pattern.match(schedule.toString()).hasMatch()) {
            invalidField(ex, QStringLiteral("schedule_time"),
                         {QStringLiteral("\"%1\" is not MM_HH (minute_hour, e.g. 30_18 for 18:30)")
                              .arg(schedule.toVariant().toString()),
                          QStringLiteral("“%1”不是MM_HH格式（分_时，如30_18表示18:30）")
                              .arg(schedule.toVariant().toString())});
            return;
        }
    }
    const QJsonValue env = body->value(QStringLiteral("env_type"));
    if (!env.isUndefined() && !env.isNull() &&
        (!env.isString() || !envTypes().contains(env.toString()))) {
        invalidField(ex, QStringLiteral("env_type"), oneOf(env.toVariant().toString(), envTypes()));
        return;
    }

    // The approver must be one of the approvers, unless an email creates it.
    ApprovalStore &approvals = m_world.approvals;
    const Approver *approver = approvals.findApprover(approverFields[0]);
    if (!approver && email.isString() && !email.toString().isEmpty()) {
        Approver added;
        added.id = m_world.ids.nextShort();
        added.name = approverFields[1];
        added.userId = approverFields[0];
        added.email = email.toString();
        added.userType = QStringLiteral("APPROVER");
        added.createMs = m_world.clock.nowMs();
        approvals.approvers.append(added);
        approver = &approvals.approvers.constLast();
    }
    if (!approver) {
        invalidField(
            ex, QStringLiteral("approver_user_id"),
            {QStringLiteral("\"%1\" is not an approver (see approvals/users)")
                 .arg(approverFields[0]),
             QStringLiteral("“%1”不是审核人（参见approvals/users）").arg(approverFields[0])});
        return;
    }
    if (approver->name != approverFields[1]) {
        invalidField(ex, QStringLiteral("approver_user_name"),
                     {QStringLiteral("\"%1\" does not match approver_user_id (%2 is %3)")
                          .arg(approverFields[1], approverFields[0], approver->name),
                      QStringLiteral("“%1”与approver_user_id不符（%2对应%3）")
                          .arg(approverFields[1], approverFields[0], approver->name)});
        return;
    }

    ArchitectureWorkflow::Submission submission;
    submission.kind =
        offline ? ArchitectureWorkflow::Kind::Offline : ArchitectureWorkflow::Kind::Publish;
    submission.fast = fast.toBool(false);
    submission.caller = ex.user;
    submission.approverName = approver->name;
    submission.email = email.toString();

    const EntityStore &entities = m_world.entities;
    QList<architecture_json::BatchItem> results;
    for (const Item &item : std::as_const(items)) {
        int index = -1;
        const std::optional<qint64> id = json::readId(item.rawId);
        if (ex.dataWorkspace && id) {
            index = entities.indexOf(*id);
            if (index >= 0 && entities.bizType(index) != item.bizType)
                index = -1;
        }
        if (index >= 0)
            m_world.stats.countProcessed(QString::number(*id));
        const ArchitectureWorkflow::Outcome outcome =
            m_world.architecture.submit(index, submission);
        architecture_json::BatchItem result;
        // Echoed as sent, except that --numeric-ids answers with numbers.
        result.bizId = id && numericIds() ? json::id(*id, true) : item.rawId;
        result.bizName = index >= 0 ? entities.view(index).nameCh : QString();
        result.success = outcome.success;
        result.remark = outcome.remark.pick(ex.chinese);
        results.append(result);
    }
    architectureOk(ex, architecture_json::batchOperation(
                           m_world, offline ? QStringLiteral("OFFLINE") : QStringLiteral("PUBLISH"),
                           ex.user->name, results));
}

} // namespace dataarts::sandbox
