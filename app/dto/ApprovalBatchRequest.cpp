#include "ApprovalBatchRequest.h"

#include "BizType.h"
#include "JsonWriter.h"

#include <QRegularExpression>
#include <QSet>

namespace dataarts {

QByteArray ApprovalBatchRequest::body() const
{
    JsonWriter w;
    w.beginObject();
    w.key("biz_infos").beginArray();
    for (const BizInfo &info : bizInfos) {
        w.beginObject();
        w.field("biz_id", info.bizId);
        w.field("biz_type", info.bizType);
        if (info.envType != EnvType::Unknown)
            w.field("env_type", enumName(info.envType));
        w.endObject();
    }
    w.endArray();
    w.field("approver_user_id", approverUserId);
    w.field("approver_user_name", approverUserName);
    if (!email.isEmpty())
        w.field("email", email);
    w.field("fast_approval", fastApproval);
    if (!scheduleTime.isEmpty())
        w.field("schedule_time", scheduleTime);
    if (envType != EnvType::Unknown)
        w.field("env_type", enumName(envType));
    w.endObject();
    return w.take();
}

QString ApprovalBatchRequest::validate() const
{
    if (bizInfos.isEmpty())
        return tr("Select at least one entity.");
    QSet<QString> seen;
    for (const BizInfo &info : bizInfos) {
        if (info.bizId.trimmed().isEmpty() || info.bizId != info.bizId.trimmed())
            return tr("An entity id is empty or has surrounding spaces.");
        if (!bizTypes::isKnown(info.bizType))
            return tr("“%1” is not a known business entity type.").arg(info.bizType);
        const QString key = info.bizType + QLatin1Char(',') + info.bizId;
        if (seen.contains(key))
            return tr("Entity %1 (%2) is listed twice.").arg(info.bizId, info.bizType);
        seen.insert(key);
    }
    if (approverUserId.isEmpty() || approverUserName.isEmpty())
        return tr("Choose an approver (user id and name).");
    if (!scheduleTime.isEmpty() && !parseScheduleTime(scheduleTime).isValid())
        return tr("The schedule time “%1” is not of the form MM_HH.").arg(scheduleTime);
    return {};
}

QString ApprovalBatchRequest::scheduleTimeFor(const QTime &time)
{
    return QStringLiteral("%1_%2")
        .arg(time.minute(), 2, 10, QLatin1Char('0'))
        .arg(time.hour(), 2, 10, QLatin1Char('0'));
}

QTime ApprovalBatchRequest::parseScheduleTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-5][0-9])_([01][0-9]|2[0-3])$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    return QTime(m.captured(2).toInt(), m.captured(1).toInt());
}

} // namespace dataarts
