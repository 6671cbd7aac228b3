#pragma once

#include "RunStrategy.h"

#include "journal/JournalRecords.h"

#include <QHash>

namespace dataarts {

// The undo of an UNPUBLISH (dataarts-api.md section 7.3: it has no inverse action): per API
// x cluster pair, publish again (PublishApiToInstance) and authorize again the apps that
// were authorized before the UNPUBLISH, each until its recorded end (AuthorizeApiToInstance),
// as RepublishRequest does it: it reads the pair's state and apps first and sends only what
// is missing, so a pair sent again after a proven "not (fully) applied" never gets a write
// twice. The apps are in the parameters ("apps": {"API@CLUSTER": [{app_id, app_name,
// expires_at}]}), taken from the journal's snapshot of the undone run. The pairs of one
// cluster one at a time, as API actions. Unknown outcomes: RepublishReconciliation.
class RepublishStrategy : public RunStrategy
{
    Q_DECLARE_TR_FUNCTIONS(dataarts::RepublishStrategy)
public:
    explicit RepublishStrategy(const QJsonObject &parameters);

    static QString appsKey() { return QStringLiteral("apps"); }
    static QString pairKey(const QString &apiId, const QString &instanceId)
    {
        return apiId + QLatin1Char('@') + instanceId;
    }
    // The "apps" parameter: by pairKey, the apps to authorize again.
    static QJsonObject appsParameter(const QHash<QString, QList<AppAuthorization>> &byPair);
    // The apps to authorize again on one pair.
    QList<AppAuthorization> appsFor(const QString &apiId, const QString &instanceId) const;

    QString validateParameters() const override;
    QString validateItem(const RunItem &item) const override;
    QString laneOf(const RunItem &item) const override { return item.keyPart; }
    Service service() const override { return Service::DataService; }
    UnitRequest *createRequest(Session *session, const QList<RunItem> &items) const override;
    Reconciliation *createReconciliation(Session *session, const ReconcileContext &context,
                                         const QList<ReconcileItem> &items) const override;
};

} // namespace dataarts
