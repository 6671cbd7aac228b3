#include "ApprovalLookup.h"

#include "client/Pager.h"

namespace dataarts {

namespace {
constexpr int kPageSize = 100;
}

ApprovalLookup::ApprovalLookup(Session *session, ListApprovalsJob::Filter filter,
                               QSet<QString> wantedBizIds, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_filter(std::move(filter))
    , m_wanted(std::move(wantedBizIds))
{}

void ApprovalLookup::start()
{
    if (m_pager || m_finished)
        return;
    Session *session = m_session;
    const ListApprovalsJob::Filter filter = m_filter;
    m_pager = new Pager([session, filter] { return new ListApprovalsJob(session, filter); }, this);
    m_pager->setLimit(kPageSize);
    connect(m_pager, &Pager::pageReady, this, &ApprovalLookup::onPage);
    connect(m_pager, &Pager::finished, this, &ApprovalLookup::onPagerFinished);
    m_pager->start();
}

void ApprovalLookup::cancel()
{
    if (m_finished)
        return;
    if (m_pager) {
        disconnect(m_pager, nullptr, this, nullptr);
        m_pager->cancel();
        m_pager->deleteLater();
    }
    m_finished = true;
    m_error = ApiError::cancelled();
    emit finished();
}

void ApprovalLookup::onPage(ListJob *job)
{
    ++m_reads;
    const auto *list = static_cast<ListApprovalsJob *>(job);
    for (const Approval &a : list->result().records) {
        m_byId.insert(a.id, a);
        if (!m_wanted.isEmpty() && !m_wanted.contains(a.bizId))
            continue;
        if (!m_byBizId.contains(a.bizId)) // newest first: keep the first one seen
            m_byBizId.insert(a.bizId, a);
    }
    if (!m_wanted.isEmpty() && m_byBizId.size() >= m_wanted.size()) {
        m_complete = true;
        m_pager->cancel(); // finished() follows, with "cancelled"
    }
}

void ApprovalLookup::onPagerFinished()
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = m_complete ? ApiError() : m_pager->error();
    m_pager->deleteLater();
    emit finished();
}

} // namespace dataarts
