#include "ApprovalBatchReconciliation.h"

#include "ApprovalLookup.h"
#include "BatchResultBody.h"
#include "TableStatusLookup.h"

#include "client/Session.h"
#include "dto/BizType.h"

#include <QSet>

namespace dataarts {

ApprovalBatchReconciliation::ApprovalBatchReconciliation(Session *session,
                                                         const ReconcileContext &context,
                                                         const QList<ReconcileItem> &items,
                                                         QObject *parent)
    : Reconciliation(session, context, items, parent)
{}

bool ApprovalBatchReconciliation::groupSaidSuccess(const ReconcileItem &item)
{
    if (item.httpStatus < 200 || item.httpStatus >= 300)
        return false;
    batchResultBody::Group group;
    return batchResultBody::groupOf(item.resultBody, item.item.keyId, &group) &&
           group.status == QLatin1String("SUCCESS");
}

void ApprovalBatchReconciliation::run()
{
    QSet<QString> wanted;
    for (const ReconcileItem &i : items())
        wanted.insert(i.item.keyId);
    ListApprovalsJob::Filter filter;
    filter.approvalType = offline() ? QStringLiteral("OFFLINE") : QStringLiteral("PUBLISH");
    filter.createBy = context().createdBy;
    const QDateTime created =
        context().createdAt.isValid() ? context().createdAt : QDateTime::currentDateTimeUtc();
    filter.beginTime = created.addSecs(-kWindowSlackSecs);
    filter.endTime = session()->now().addSecs(kWindowSlackSecs);
    m_approvals = new ApprovalLookup(session(), filter, wanted, this);
    connect(m_approvals, &ApprovalLookup::finished, this,
            &ApprovalBatchReconciliation::onApprovals);
    m_approvals->start();
}

void ApprovalBatchReconciliation::stop()
{
    if (m_approvals)
        m_approvals->cancel();
    if (m_tables)
        m_tables->cancel();
}

void ApprovalBatchReconciliation::onApprovals()
{
    addReads(m_approvals->reads());
    if (!m_approvals->ok()) {
        finish(m_approvals->error());
        return;
    }
    const QHash<QString, Approval> &found = m_approvals->byBizId();
    for (const ReconcileItem &i : items()) {
        const auto it = found.constFind(i.item.keyId);
        if (it == found.cend())
            continue;
        const Approval &a = *it;
        ItemOutcome o;
        o.itemId = i.item.id;
        o.approvalId = a.id;
        o.code = i.code;
        o.remark = i.remark;
        switch (a.approvalStatus.value) {
        case ApprovalStatus::Developing:
            if (i.state != ItemState::Unknown)
                continue; // still waiting
            o.state = ItemState::PendingApproval;
            break;
        case ApprovalStatus::Approved:
        case ApprovalStatus::Finished:
            o.state = ItemState::Success;
            if (!a.msg.isEmpty())
                o.remark = a.msg;
            o.effectiveAt = a.approvalTime.isValid() ? a.approvalTime : effectTime();
            break;
        case ApprovalStatus::Reject:
        case ApprovalStatus::Withdrew:
            o.state = ItemState::Failed;
            o.code = a.approvalStatus.raw;
            o.remark = a.msg;
            break;
        case ApprovalStatus::Unknown:
            continue;
        }
        decide(o);
    }

    // Table types not settled by an approval: their status.
    QSet<QString> wanted;
    QStringList types;
    for (const ReconcileItem &i : items()) {
        if (decided(i.item.id) || !bizTypes::tableTypes().contains(i.item.keyPart))
            continue;
        wanted.insert(i.item.keyId);
        if (!types.contains(i.item.keyPart))
            types.append(i.item.keyPart);
    }
    if (wanted.isEmpty()) {
        concludeNotFound();
        return;
    }
    TableStatusLookup::Query query;
    query.bizTypes = types;
    query.statuses = offline()
                         ? QList<BizStatus>{BizStatus::OfflineDeveloping, BizStatus::Offline}
                         : QList<BizStatus>{BizStatus::PublishDeveloping, BizStatus::Published};
    const QDateTime created =
        context().createdAt.isValid() ? context().createdAt : QDateTime::currentDateTimeUtc();
    query.begin = created.addSecs(-kWindowSlackSecs);
    query.end = session()->now().addSecs(kWindowSlackSecs);
    m_tables = new TableStatusLookup(session(), query, wanted, this);
    connect(m_tables, &TableStatusLookup::finished, this, &ApprovalBatchReconciliation::onTables);
    m_tables->start();
}

void ApprovalBatchReconciliation::onTables()
{
    addReads(m_tables->reads());
    if (!m_tables->ok()) {
        finish(m_tables->error());
        return;
    }
    const QHash<QString, BizStatus> &found = m_tables->statuses();
    const BizStatus done = offline() ? BizStatus::Offline : BizStatus::Published;
    const BizStatus waiting =
        offline() ? BizStatus::OfflineDeveloping : BizStatus::PublishDeveloping;
    for (const ReconcileItem &i : items()) {
        if (decided(i.item.id))
            continue;
        const auto it = found.constFind(i.item.keyId);
        if (it == found.cend())
            continue;
        if (*it == done)
            decide(i.item.id, ItemState::Success, i.code, i.remark);
        else if (*it == waiting && i.state == ItemState::Unknown)
            decide(i.item.id, ItemState::PendingApproval, i.code, i.remark);
    }
    concludeNotFound();
}

void ApprovalBatchReconciliation::concludeNotFound()
{
    // Every read succeeded: an UNKNOWN item found nowhere was not applied.
    for (const ReconcileItem &i : items()) {
        if (decided(i.item.id) || i.state != ItemState::Unknown)
            continue;
        if (groupSaidSuccess(i))
            decide(i.item.id, ItemState::PendingApproval, i.code, i.remark);
        else if (i.httpStatus >= 400 && i.httpStatus < 500)
            // Refused with an answer that could not be read: a refusal changes nothing, and
            // the reads show nothing changed. Not sent again.
            decide(i.item.id, ItemState::Failed, i.code,
                   i.remark + QLatin1Char(' ') + tr("The reads after it show it was not applied."));
        else
            decide(i.item.id, ItemState::Queued);
    }
    finish();
}

} // namespace dataarts
