#include "RunKind.h"

#include <array>
#include <utility>

namespace dataarts::runKinds {

namespace {

constexpr std::array<std::pair<RunKind, const char *>, 9> kKindNames = {{
    {RunKind::BatchOffline, "BATCH_OFFLINE"},
    {RunKind::BatchPublish, "BATCH_PUBLISH"},
    {RunKind::ApiAction, "API_ACTION"},
    {RunKind::ApprovalResolve, "APPROVAL_RESOLVE"},
    {RunKind::ApprovalReject, "APPROVAL_REJECT"},
    {RunKind::ApprovalWithdraw, "APPROVAL_WITHDRAW"},
    {RunKind::MessageConfirm, "MESSAGE_CONFIRM"},
    {RunKind::ApplicationReview, "APPLICATION_REVIEW"},
    {RunKind::ApiRepublish, "API_REPUBLISH"},
}};

} // namespace

const QList<RunKind> &all()
{
    static const QList<RunKind> kinds = [] {
        QList<RunKind> list;
        for (const auto &entry : kKindNames)
            list.append(entry.first);
        return list;
    }();
    return kinds;
}

QString name(RunKind kind)
{
    for (const auto &[value, text] : kKindNames) {
        if (value == kind)
            return QString::fromLatin1(text);
    }
    return QString();
}

bool fromName(const QString &name, RunKind *kind)
{
    for (const auto &[value, text] : kKindNames) {
        if (name == QLatin1String(text)) {
            *kind = value;
            return true;
        }
    }
    return false;
}

QString label(RunKind kind)
{
    switch (kind) {
    case RunKind::BatchOffline:
        return RunKindText::tr("Batch offline");
    case RunKind::BatchPublish:
        return RunKindText::tr("Batch publish");
    case RunKind::ApiAction:
        return RunKindText::tr("API action");
    case RunKind::ApprovalResolve:
        return RunKindText::tr("Approve");
    case RunKind::ApprovalReject:
        return RunKindText::tr("Reject");
    case RunKind::ApprovalWithdraw:
        return RunKindText::tr("Withdraw");
    case RunKind::MessageConfirm:
        return RunKindText::tr("Confirm messages");
    case RunKind::ApplicationReview:
        return RunKindText::tr("Review applications");
    case RunKind::ApiRepublish:
        return RunKindText::tr("Publish again");
    }
    return QString();
}

} // namespace dataarts::runKinds
