#include "WaitingCounter.h"

#include "client/Session.h"
#include "client/jobs/ListAppliesJob.h"
#include "client/jobs/ListApprovalsJob.h"
#include "client/jobs/ListMessagesJob.h"

#include <limits>

namespace dataarts::ui {

namespace {
constexpr int kMessagePage = 100;
}

WaitingCounter::WaitingCounter(QObject *parent)
    : QObject(parent)
{}

WaitingCounter::~WaitingCounter()
{
    cancel();
}

void WaitingCounter::cancel()
{
    if (!m_job)
        return;
    ApiJob *job = m_job;
    m_job = nullptr;
    disconnect(job, nullptr, this, nullptr);
    job->abort();
    job->deleteLater();
}

void WaitingCounter::count(Session *session, const QString &userName)
{
    cancel();
    m_session = session;
    m_user = userName;
    m_sum = 0;
    m_messagesRead = 0;
    if (!session)
        return;
    startStep(Step::Approvals);
}

void WaitingCounter::startStep(Step step, int offset)
{
    m_step = step;
    ListJob *job = nullptr;
    switch (step) {
    case Step::Approvals: {
        ListApprovalsJob::Filter f;
        f.approvalStatus = QStringLiteral("DEVELOPING");
        f.approver = m_user;
        job = new ListApprovalsJob(m_session, f, this);
        job->setPage(0, 1);
        break;
    }
    case Step::Applications: {
        ListAppliesJob::Filter f;
        f.queryType = 0;
        job = new ListAppliesJob(m_session, f, this);
        job->setPage(0, 1);
        break;
    }
    case Step::Messages:
        job = new ListMessagesJob(m_session, this);
        job->setPage(offset, kMessagePage);
        break;
    }
    m_job = job;
    connect(job, &ApiJob::finished, this, &WaitingCounter::onFinished);
    job->start();
}

void WaitingCounter::onFinished()
{
    auto *job = qobject_cast<ListJob *>(sender());
    if (!job || job != m_job)
        return;
    m_job = nullptr;
    job->deleteLater();
    if (!job->ok() || !m_session) {
        emit counted(0, false);
        return;
    }
    switch (m_step) {
    case Step::Approvals:
        m_sum += qMax<qint64>(0, job->total());
        startStep(Step::Applications);
        return;
    case Step::Applications:
        m_sum += qMax<qint64>(0, job->total());
        startStep(Step::Messages, 0);
        return;
    case Step::Messages: {
        const auto *messages = static_cast<ListMessagesJob *>(job);
        for (const ApplyRecord &r : messages->result().records) {
            if (r.status == ApplyStatus::PendingCheck)
                ++m_sum;
        }
        m_messagesRead += job->recordCount();
        // Stop at the total: past it the server answers the first page again.
        const bool more = job->recordCount() == kMessagePage && job->total() >= 0 &&
                          m_messagesRead < job->total();
        if (more) {
            startStep(Step::Messages, job->pageOffset() + kMessagePage);
            return;
        }
        emit counted(int(qMin<qint64>(m_sum, std::numeric_limits<int>::max())), true);
        return;
    }
    }
}

} // namespace dataarts::ui
