#include "Pager.h"

#include "ListJob.h"

namespace dataarts {

Pager::Pager(JobFactory factory, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{}

Pager::~Pager()
{
    delete m_job;
}

void Pager::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    next();
}

void Pager::cancel()
{
    if (!m_running)
        return;
    if (m_job) {
        ListJob *job = m_job;
        m_job = nullptr;
        disconnect(job, nullptr, this, nullptr);
        job->abort();
        job->deleteLater();
    }
    finish(ApiError::cancelled());
}

void Pager::next()
{
    m_job = m_factory();
    m_job->setParent(this);
    m_job->setPage(m_offset, m_limit);
    connect(m_job, &ApiJob::finished, this, &Pager::onPage);
    m_job->start();
}

void Pager::onPage()
{
    ListJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    if (!job->ok()) {
        finish(job->error());
        return;
    }
    ++m_pages;
    const int count = job->recordCount();
    m_loaded += count;
    if (job->total() >= 0)
        m_total = job->total();
    emit pageReady(job);
    if (!m_running)
        return; // cancelled from a slot
    emit progress(m_loaded, m_total);
    if (!m_running)
        return;

    m_offset += m_limit;
    const bool shortPage = count < m_limit;
    const bool reachedTotal = m_total >= 0 && (m_loaded >= m_total || m_offset >= m_total);
    const bool tooMany = m_maxPages > 0 && m_pages >= m_maxPages;
    if (shortPage || reachedTotal || tooMany || count == 0) {
        finish(ApiError());
        return;
    }
    next();
}

void Pager::finish(ApiError error)
{
    m_running = false;
    m_finished = true;
    m_error = std::move(error);
    emit finished();
}

} // namespace dataarts
