#include "WaitingRows.h"

#include "RunReport.h"

#include "journal/RunExport.h"

namespace dataarts::cli {

QString WaitingRows::appsText(const QList<AuthorizedApp> &apps)
{
    QStringList parts;
    for (const AuthorizedApp &app : apps)
        parts.append(app.appName.isEmpty() ? app.appId
                                           : app.appName + QStringLiteral(" (") + app.appId +
                                                 QLatin1Char(')'));
    return parts.join(QStringLiteral("; "));
}

void WaitingRows::printWaiting(OutputFormat format, const QList<WaitingItem> &items,
                               const QDateTime &now)
{
    const QList<Column> columns{
        {QStringLiteral("run_id"), tr("RUN")},
        {QStringLiteral("kind"), tr("KIND")},
        {QStringLiteral("action"), tr("ACTION")},
        {QStringLiteral("key"), tr("ITEM")},
        {QStringLiteral("name"), tr("NAME")},
        {QStringLiteral("state"), tr("STATE")},
        {QStringLiteral("approval_id"), tr("APPROVAL ID")},
        {QStringLiteral("takes_effect_at"), tr("TAKES EFFECT AT")},
        {QStringLiteral("time_left"), tr("TIME LEFT")},
        {QStringLiteral("profile"), tr("PROFILE")},
        {QStringLiteral("created_at"), tr("CREATED")},
    };
    QList<QStringList> rows;
    for (const WaitingItem &w : items) {
        rows.append({QString::number(w.runId), runKinds::name(w.kind), w.action,
                     RunReport::keyText(w.kind, w.item), w.item.displayName,
                     itemStates::name(w.item.state), w.item.approvalId,
                     RunExport::timeText(w.dueAt()), waitingItems::timeLeftText(w.dueAt(), now),
                     w.profileName, RunExport::timeText(w.runCreatedAt)});
    }
    OutputFormatter::print(format, columns, rows);
}

void WaitingRows::printFollowUp(OutputFormat format, const FollowUp &followUp)
{
    const QList<Column> columns{
        {QStringLiteral("run_id"), tr("RUN")},
        {QStringLiteral("key"), tr("ITEM")},
        {QStringLiteral("name"), tr("NAME")},
        {QStringLiteral("state"), tr("STATE")},
        {QStringLiteral("outcome"), tr("OUTCOME")},
        {QStringLiteral("at"), tr("AT")},
        {QStringLiteral("time_left"), tr("TIME LEFT")},
        {QStringLiteral("apps_to_acknowledge"), tr("APPS TO ACKNOWLEDGE")},
        {QStringLiteral("reason"), tr("REASON")},
    };
    const QDateTime now = followUp.now();
    QList<QStringList> rows;
    for (const FollowUp::Item &i : followUp.items()) {
        const bool waiting = i.outcome == FollowUp::Outcome::Waiting;
        QString reason = i.reason;
        if (!i.appsProblem.isEmpty())
            reason += (reason.isEmpty() ? QString() : QStringLiteral(" ")) + i.appsProblem;
        rows.append({QString::number(i.before.runId), RunReport::keyText(i.before.kind, i.now),
                     i.now.displayName, itemStates::name(i.now.state),
                     FollowUp::outcomeName(i.outcome), RunExport::timeText(i.at),
                     waiting ? waitingItems::timeLeftText(i.at, now) : QString(),
                     appsText(i.appsToAcknowledge), reason});
    }
    OutputFormatter::print(format, columns, rows);
}

QString WaitingRows::followUpSummary(qint64 runId, const FollowUp &followUp)
{
    int took = 0;
    int refused = 0;
    int waiting = 0;
    for (const FollowUp::Item &i : followUp.items()) {
        switch (i.outcome) {
        case FollowUp::Outcome::TookEffect:
            ++took;
            break;
        case FollowUp::Outcome::Refused:
            ++refused;
            break;
        case FollowUp::Outcome::Waiting:
            ++waiting;
            break;
        }
    }
    if (followUp.items().isEmpty())
        return tr("Run %1 has no item waiting.").arg(runId);
    //: The follow-up of one run: how many items took effect, were refused, still wait.
    return tr("Run %1: %2 took effect, %3 refused, %4 still waiting.")
        .arg(runId)
        .arg(took)
        .arg(refused)
        .arg(waiting);
}

} // namespace dataarts::cli
