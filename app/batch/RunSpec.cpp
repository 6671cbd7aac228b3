#include "RunSpec.h"

#include "ApiActionStrategy.h"
#include "ApplicationReviewStrategy.h"
#include "ApprovalBatchStrategy.h"
#include "ApprovalDecisionStrategy.h"
#include "MessageConfirmStrategy.h"
#include "RunStrategy.h"

#include <QSet>

namespace dataarts {

namespace {

QList<NewItem> idItems(const QStringList &ids, const QStringList &parts = {})
{
    QList<NewItem> items;
    items.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        items.append(NewItem{ids.at(i), parts.value(i), QString()});
    return items;
}

} // namespace

RunSpec RunSpec::approvalBatch(RunKind kind, const QList<BizInfo> &entities,
                               const ApprovalBatchRequest &options)
{
    RunSpec spec;
    spec.kind = kind;
    spec.parameters = ApprovalBatchStrategy::parametersFor(options);
    spec.items.reserve(entities.size());
    for (const BizInfo &info : entities)
        spec.items.append(NewItem{info.bizId, info.bizType, QString()});
    return spec;
}

RunSpec RunSpec::apiAction(const QList<QPair<QString, QString>> &pairs, ApiAction action,
                           const QString &time)
{
    RunSpec spec;
    spec.kind = RunKind::ApiAction;
    spec.parameters = ApiActionStrategy::parametersFor(action, time);
    spec.items.reserve(pairs.size());
    for (const auto &pair : pairs)
        spec.items.append(NewItem{pair.first, pair.second, QString()});
    return spec;
}

RunSpec RunSpec::approvalDecision(RunKind kind, const QStringList &approvalIds, const QString &msg,
                                  const QStringList &bizIds)
{
    RunSpec spec;
    spec.kind = kind;
    spec.parameters = ApprovalDecisionStrategy::parametersFor(msg);
    spec.items = idItems(approvalIds, bizIds);
    return spec;
}

RunSpec RunSpec::approvalWithdraw(const QStringList &approvalIds, const QStringList &bizIds)
{
    RunSpec spec;
    spec.kind = RunKind::ApprovalWithdraw;
    spec.items = idItems(approvalIds, bizIds);
    return spec;
}

RunSpec RunSpec::messageConfirm(const QStringList &messageIds, const QString &time)
{
    RunSpec spec;
    spec.kind = RunKind::MessageConfirm;
    spec.parameters = MessageConfirmStrategy::parametersFor(time);
    spec.items = idItems(messageIds);
    return spec;
}

RunSpec RunSpec::applicationReview(const QStringList &applyIds, bool approve)
{
    RunSpec spec;
    spec.kind = RunKind::ApplicationReview;
    spec.parameters = ApplicationReviewStrategy::parametersFor(approve);
    spec.items = idItems(applyIds);
    return spec;
}

int RunSpec::effectiveChunkSize() const
{
    if (chunkSize > 0)
        return chunkSize;
    const int stored = parameters.value(runKeys::chunkSize()).toInt(0);
    if (stored > 0)
        return stored;
    return RunStrategy::create(kind, parameters)->defaultChunkSize();
}

int RunSpec::effectiveConcurrency() const
{
    if (concurrency > 0)
        return concurrency;
    const int stored = parameters.value(runKeys::concurrency()).toInt(0);
    return stored > 0 ? stored : kDefaultConcurrency;
}

QString RunSpec::validate() const
{
    if (items.isEmpty())
        return tr("The run has no items.");
    const std::unique_ptr<RunStrategy> strategy = RunStrategy::create(kind, parameters);
    const QString problem = strategy->validateParameters();
    if (!problem.isEmpty())
        return problem;
    const int chunk = effectiveChunkSize();
    if (chunk < 1 || chunk > strategy->maxChunkSize())
        return tr("The chunk size must be between 1 and %1.").arg(strategy->maxChunkSize());
    const int parallel = effectiveConcurrency();
    if (parallel < 1 || parallel > kMaxConcurrency)
        return tr("The concurrency must be between 1 and %1.").arg(kMaxConcurrency);
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const NewItem &n = items.at(i);
        const QString itemProblem =
            strategy->validateItem(RunItem{0, n.keyId, n.keyPart, n.displayName});
        if (!itemProblem.isEmpty())
            return tr("Item %1: %2").arg(i + 1).arg(itemProblem);
        const QString key = n.keyId + QLatin1Char('\n') + n.keyPart;
        if (seen.contains(key))
            return tr("Item %1 (%2) is listed twice.").arg(i + 1).arg(n.keyId);
        seen.insert(key);
    }
    return {};
}

} // namespace dataarts
