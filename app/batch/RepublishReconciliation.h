#pragma once

#include "Reconciliation.h"

#include <QHash>
#include <QPointer>
#include <QStringList>

namespace dataarts {

class AuthorizedAppsRead;
class PublishStateLookup;

// Settles the pairs of an undo of UNPUBLISH (RepublishStrategy) whose outcome is unknown,
// by reading the publish state in bulk and the apps of each API (RepublishGap): published
// with every wanted app authorized again -> SUCCESS; waiting for the reviewer ->
// PENDING_APPROVAL; anything short of that -> QUEUED (not, or not fully, applied:
// RepublishRequest sends what is missing after reading again; the scheduler believes "not
// applied" only after its grace period).
class RepublishReconciliation : public Reconciliation
{
    Q_OBJECT
public:
    RepublishReconciliation(Session *session, const ReconcileContext &context,
                            const QList<ReconcileItem> &items, QObject *parent = nullptr);

protected:
    void run() override;
    void stop() override;

private:
    void onState();
    void readNextApis();
    void settle();

    QPointer<PublishStateLookup> m_lookup;
    QPointer<AuthorizedAppsRead> m_read;
    QStringList m_apis;
    QHash<QString, QList<AppAuthorization>> m_apps; // pairKey -> apps now
};

} // namespace dataarts
