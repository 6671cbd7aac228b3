#include "RepublishReconciliation.h"

#include "AuthorizedAppsRead.h"
#include "PublishStateLookup.h"
#include "RepublishGap.h"
#include "RepublishStrategy.h"

#include "client/Session.h"

namespace dataarts {

RepublishReconciliation::RepublishReconciliation(Session *session,
                                                 const ReconcileContext &context,
                                                 const QList<ReconcileItem> &items,
                                                 QObject *parent)
    : Reconciliation(session, context, items, parent)
{}

void RepublishReconciliation::run()
{
    QHash<QString, QSet<QString>> wanted;
    for (const ReconcileItem &i : items()) {
        wanted[i.item.keyId].insert(i.item.keyPart);
        if (!m_apis.contains(i.item.keyId))
            m_apis.append(i.item.keyId);
    }
    m_lookup = new PublishStateLookup(session(), wanted, this);
    connect(m_lookup, &PublishStateLookup::finished, this, &RepublishReconciliation::onState);
    m_lookup->start();
}

void RepublishReconciliation::stop()
{
    if (m_lookup)
        m_lookup->cancel();
    if (m_read)
        m_read->cancel();
}

void RepublishReconciliation::onState()
{
    addReads(m_lookup->reads());
    if (!m_lookup->ok()) {
        finish(m_lookup->error());
        return;
    }
    readNextApis();
}

void RepublishReconciliation::readNextApis()
{
    if (m_apis.isEmpty()) {
        settle();
        return;
    }
    m_read = new AuthorizedAppsRead(session(), m_apis.takeFirst(), this);
    connect(m_read, &AuthorizedAppsRead::finished, this, [this] {
        AuthorizedAppsRead *read = m_read;
        read->deleteLater();
        addReads(read->reads());
        if (!read->ok()) {
            finish(read->error());
            return;
        }
        for (const ReconcileItem &i : items()) {
            if (i.item.keyId == read->apiId())
                m_apps.insert(RepublishStrategy::pairKey(i.item.keyId, i.item.keyPart),
                              read->on(i.item.keyPart));
        }
        readNextApis();
    });
    m_read->start();
}

void RepublishReconciliation::settle()
{
    const RepublishStrategy strategy(context().parameters);
    const QDateTime now = session()->now();
    for (const ReconcileItem &i : items()) {
        if (i.state != ItemState::Unknown)
            continue; // nothing is followed up for this kind
        const QString key = RepublishStrategy::pairKey(i.item.keyId, i.item.keyPart);
        const RepublishGap gap =
            RepublishGap::of(m_lookup->state(i.item.keyId, i.item.keyPart),
                             strategy.appsFor(i.item.keyId, i.item.keyPart), m_apps.value(key), now);
        if (gap.done())
            decide(i.item.id, ItemState::Success, QString(), gap.doneRemark());
        else if (gap.waitingReview())
            decide(i.item.id, ItemState::PendingApproval, QString(), RepublishGap::reviewRemark());
        else
            decide(i.item.id, ItemState::Queued);
    }
    finish();
}

} // namespace dataarts
