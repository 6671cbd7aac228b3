#pragma once

#include "RunStrategy.h"

namespace dataarts {

// Reviewing DataService applications (dataarts-api.md section 5b.1): chunks of ids (default
// 50), one ReviewAppliesJob each, approve or reject; 204 -> SUCCESS for every id (the call
// is all or nothing). Reconciled through each application's detail.
class ApplicationReviewStrategy : public RunStrategy
{
    Q_DECLARE_TR_FUNCTIONS(dataarts::ApplicationReviewStrategy)
public:
    static constexpr int kDefaultChunkSize = 50;
    static constexpr int kMaxChunkSize = 100;

    explicit ApplicationReviewStrategy(const QJsonObject &parameters);

    static QJsonObject parametersFor(bool approve);

    QString validateParameters() const override;
    int defaultChunkSize() const override { return kDefaultChunkSize; }
    int maxChunkSize() const override { return kMaxChunkSize; }
    Service service() const override { return Service::DataService; }
    UnitRequest *createRequest(Session *session, const QList<RunItem> &items) const override;
    Reconciliation *createReconciliation(Session *session, const ReconcileContext &context,
                                         const QList<ReconcileItem> &items) const override;
};

} // namespace dataarts
