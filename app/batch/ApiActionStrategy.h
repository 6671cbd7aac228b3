#pragma once

#include "RunStrategy.h"

#include "dto/ApiActionRequest.h"

namespace dataarts {

class ApiActionJob;

// API actions (dataarts-api.md section 4.1): one ApiActionJob per API x cluster pair, the
// pairs of one cluster one at a time. A 204 is settled after the sends by reading the
// publish state in bulk (ApiActionReconciliation): target state -> SUCCESS, WAITING_STOP /
// WAITING_OFFLINE -> SCHEDULED at the requested time, *_WAIT_REVIEW -> PENDING_APPROVAL.
// DLM.4182 (illegal action) -> the pair's publish state: already in the target state ->
// SUCCESS, else FAILED with code and message. Other errors -> FAILED with code and message.
// Until settled such items are UNKNOWN in the journal, so that a crash loses nothing.
class ApiActionStrategy : public RunStrategy
{
    Q_DECLARE_TR_FUNCTIONS(dataarts::ApiActionStrategy)
public:
    static QLatin1String illegalActionCode() { return QLatin1String("DLM.4182"); }

    explicit ApiActionStrategy(const QJsonObject &parameters);

    static QJsonObject parametersFor(ApiAction action, const QString &time);

    QString validateParameters() const override;
    QString validateItem(const RunItem &item) const override;
    QString laneOf(const RunItem &item) const override { return item.keyPart; }
    Service service() const override { return Service::DataService; }
    UnitRequest *createRequest(Session *session, const QList<RunItem> &items) const override;
    Reconciliation *createReconciliation(Session *session, const ReconcileContext &context,
                                         const QList<ReconcileItem> &items) const override;
    bool readsAuthorizationsFirst() const override { return action() == ApiAction::Unpublish; }
    QList<ItemState> followedStates() const override
    {
        return {ItemState::PendingApproval, ItemState::Scheduled};
    }

    ApiActionRequest body() const;
    ApiAction action() const;

private:
    UnitOutcome map(const ApiActionJob *job, const QList<RunItem> &items) const;
};

} // namespace dataarts
