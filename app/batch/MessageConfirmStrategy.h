#pragma once

#include "RunStrategy.h"

#include "dto/ConfirmMessageRequest.h"

namespace dataarts {

// Confirming DataService notification messages (dataarts-api.md section 5b.1): one
// ConfirmMessageJob per message, action 0 (now: 204 -> SUCCESS) or 1 at a time (204 ->
// SCHEDULED at that time). Reconciled through the message's detail.
class MessageConfirmStrategy : public RunStrategy
{
    Q_DECLARE_TR_FUNCTIONS(dataarts::MessageConfirmStrategy)
public:
    explicit MessageConfirmStrategy(const QJsonObject &parameters);

    // time empty: now (action 0); otherwise at that time (action 1).
    static QJsonObject parametersFor(const QString &time);

    QString validateParameters() const override;
    Service service() const override { return Service::DataService; }
    UnitRequest *createRequest(Session *session, const QList<RunItem> &items) const override;
    Reconciliation *createReconciliation(Session *session, const ReconcileContext &context,
                                         const QList<ReconcileItem> &items) const override;
    QList<ItemState> followedStates() const override { return {ItemState::Scheduled}; }

    ConfirmMessageRequest body(const QString &messageId) const;

private:
    UnitOutcome map(const ApiJob *job, const QList<RunItem> &items) const;
};

} // namespace dataarts
