#include "ReviewRecordReconciliation.h"

#include "RunSpec.h"

#include "client/jobs/ShowApplyJob.h"
#include "client/jobs/ShowMessageJob.h"
#include "dto/ApiActionRequest.h"

namespace dataarts {

namespace {
// DataService: unknown message or application (the sandbox's choice, see sandbox/README.md).
const QLatin1String kRecordNotFound("DLM.4205");
} // namespace

ReviewRecordReconciliation::ReviewRecordReconciliation(Session *session,
                                                       const ReconcileContext &context,
                                                       const QList<ReconcileItem> &items,
                                                       QObject *parent)
    : Reconciliation(session, context, items, parent)
{}

void ReviewRecordReconciliation::run()
{
    next();
}

void ReviewRecordReconciliation::stop()
{
    const QList<ApiJob *> jobs = m_jobs;
    m_jobs.clear();
    for (ApiJob *job : jobs) {
        disconnect(job, nullptr, this, nullptr);
        job->abort();
        job->deleteLater();
    }
}

void ReviewRecordReconciliation::next()
{
    if (isFinished())
        return;
    while (!m_failure.isError() && m_running < kParallelReads && m_next < items().size()) {
        const int index = m_next++;
        const QString id = items().at(index).item.keyId;
        ApiJob *job = nullptr;
        if (messages())
            job = new ShowMessageJob(session(), id, this);
        else
            job = new ShowApplyJob(session(), id, this);
        m_jobs.append(job);
        ++m_running;
        connect(job, &ApiJob::finished, this, [this, job, index] { onRead(job, index); });
        job->start();
    }
    if (m_running == 0)
        finish(m_failure);
}

void ReviewRecordReconciliation::onRead(ApiJob *job, int index)
{
    m_jobs.removeOne(job);
    job->deleteLater();
    --m_running;
    addReads();
    const ReconcileItem &item = items().at(index);
    if (job->ok()) {
        const ApplyRecord &record = messages() ? static_cast<ShowMessageJob *>(job)->result()
                                               : static_cast<ShowApplyJob *>(job)->result();
        settle(item, record);
    } else if (job->error().code == kRecordNotFound) {
        if (item.state == ItemState::Unknown)
            decide(item.item.id, ItemState::Failed, job->error().code, job->error().serverMessage);
    } else if (!m_failure.isError()) {
        m_failure = job->error();
    }
    next();
}

void ReviewRecordReconciliation::settle(const ReconcileItem &item, const ApplyRecord &record)
{
    const ApplyStatus s = record.status.value;
    const QString shown = record.status.raw;
    const QDateTime at =
        ApiActionRequest::parseTime(context().parameters.value(runKeys::time()).toString());
    if (item.state == ItemState::Scheduled) {
        if (s == ApplyStatus::Passed || s == ApplyStatus::SynchronousExecute) {
            ItemOutcome o;
            o.itemId = item.item.id;
            o.state = ItemState::Success;
            o.remark = shown;
            o.effectiveAt = record.approvalTime.isValid() ? record.approvalTime
                                                          : effectTime(item.effectiveAt);
            decide(o);
        }
        else if (s == ApplyStatus::ForcedCancel || s == ApplyStatus::Rejected)
            decide(item.item.id, ItemState::Failed, shown, record.comment);
        return;
    }
    if (item.state != ItemState::Unknown)
        return;
    const bool accepted = item.httpStatus >= 200 && item.httpStatus < 300;
    const bool pending =
        s == (messages() ? ApplyStatus::PendingCheck : ApplyStatus::PendingApproval);
    if (pending && !accepted) {
        decide(item.item.id, ItemState::Queued);
        return;
    }
    if (messages() && (s == ApplyStatus::PendingExecute || (pending && at.isValid()))) {
        ItemOutcome o;
        o.itemId = item.item.id;
        o.state = ItemState::Scheduled;
        o.remark = shown;
        o.effectiveAt = at;
        decide(o);
        return;
    }
    if (s == ApplyStatus::ForcedCancel) {
        decide(item.item.id, ItemState::Failed, shown, record.comment);
        return;
    }
    decide(item.item.id, ItemState::Success, {}, shown);
}

} // namespace dataarts
