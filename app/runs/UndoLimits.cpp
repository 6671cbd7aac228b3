#include "UndoLimits.h"

#include "batch/RunSpec.h"
#include "dto/Enums.h"

namespace dataarts {

QStringList UndoLimits::forRun(RunKind kind, const QJsonObject &parameters)
{
    switch (kind) {
    case RunKind::BatchOffline:
        return {tr("Undo afterwards: a batch publish puts the entities back; it needs an "
                   "approver."),
                tr("Entities published or changed by someone else meanwhile are skipped.")};
    case RunKind::BatchPublish:
        return {tr("Not undone here: taking the entities offline again is for the offline "
                   "wizard, which checks the impact first.")};
    case RunKind::ApiAction:
        switch (decodeEnum<ApiAction>(parameters.value(runKeys::action()).toString()).value) {
        case ApiAction::Stop:
            return {tr("Undo afterwards: a RECOVER puts the APIs back on their clusters."),
                    tr("Pairs changed by someone else meanwhile are skipped.")};
        case ApiAction::Recover:
            return {tr("Undo afterwards: a STOP, with the usual two days' notice."),
                    tr("Pairs changed by someone else meanwhile are skipped.")};
        case ApiAction::Unpublish:
            return {tr("Undo afterwards: only by publishing again and re-authorizing the apps "
                       "authorized now, which the run records before sending."),
                    tr("The apps' static parameters and pending authorizations cannot be "
                       "restored, and the apps see an interruption.")};
        default:
            return {};
        }
    case RunKind::ApiRepublish:
        return {tr("Not undone here: unpublishing again is for the API action wizard, which "
                   "checks the impact first.")};
    case RunKind::ApprovalWithdraw:
        return {tr("A withdrawal cannot be undone.")};
    case RunKind::ApprovalResolve:
    case RunKind::ApprovalReject:
    case RunKind::MessageConfirm:
    case RunKind::ApplicationReview:
        return {tr("Approval decisions cannot be undone.")};
    }
    return {};
}

QString UndoLimits::join(const QStringList &sentences)
{
    QString text;
    for (const QString &sentence : sentences) {
        // Sentences that end with a full-width stop (Chinese) follow on without a space.
        if (!text.isEmpty() && !text.endsWith(QChar(0x3002)))
            text += QLatin1Char(' ');
        text += sentence;
    }
    return text;
}

QStringList UndoLimits::forSpec(const RunSpec &spec)
{
    return forRun(spec.kind, spec.parameters);
}

} // namespace dataarts
