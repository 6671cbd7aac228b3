#include "PageLoader.h"

#include "client/ListJob.h"

namespace dataarts::ui {

PageLoader::PageLoader(QObject *parent)
    : QObject(parent)
{}

PageLoader::~PageLoader()
{
    dropJob();
}

void PageLoader::start()
{
    dropJob();
    ++m_generation;
    m_offset = 0;
    m_pages = 0;
    m_loaded = 0;
    m_total = -1;
    m_error = ApiError();
    setState(State::Loading);
    requestPage();
}

void PageLoader::resume()
{
    if (m_state == State::Idle) {
        start();
        return;
    }
    if (m_state != State::Cancelled && m_state != State::Failed)
        return;
    m_error = ApiError();
    setState(State::Loading);
    requestPage();
}

void PageLoader::cancel()
{
    if (m_state != State::Loading)
        return;
    dropJob();
    ++m_generation;
    m_error = ApiError::cancelled();
    setState(State::Cancelled);
}

void PageLoader::reset()
{
    dropJob();
    ++m_generation;
    m_offset = 0;
    m_pages = 0;
    m_loaded = 0;
    m_total = -1;
    m_error = ApiError();
    setState(State::Idle);
}

void PageLoader::requestPage()
{
    ListJob *job = m_factory ? m_factory() : nullptr;
    if (!job) {
        m_error = ApiError::invalidInput(tr("Not connected."));
        setState(State::Failed);
        return;
    }
    job->setParent(this);
    job->setPage(m_offset, m_limit);
    m_job = job;
    connect(job, &ApiJob::finished, this, &PageLoader::onFinished);
    job->start();
}

void PageLoader::onFinished()
{
    ListJob *job = qobject_cast<ListJob *>(sender());
    if (!job || job != m_job)
        return;
    m_job = nullptr;
    job->deleteLater();
    if (!job->ok()) {
        m_error = job->error();
        setState(State::Failed);
        return;
    }
    const quint64 generation = m_generation;
    const int count = job->recordCount();
    ++m_pages;
    m_loaded += count;
    if (job->total() >= 0)
        m_total = job->total();
    m_offset += m_limit;
    emit pageReady(job);
    if (generation != m_generation || m_state != State::Loading)
        return; // a slot cancelled, reset or restarted
    emit progress(m_loaded, m_total);
    if (generation != m_generation || m_state != State::Loading)
        return;
    const bool reachedTotal = m_total >= 0 && (m_loaded >= m_total || m_offset >= m_total);
    if (count < m_limit || count == 0 || reachedTotal) {
        setState(State::Complete);
        return;
    }
    requestPage();
}

void PageLoader::dropJob()
{
    if (!m_job)
        return;
    ListJob *job = m_job;
    m_job = nullptr;
    disconnect(job, nullptr, this, nullptr);
    job->abort();
    job->deleteLater();
}

void PageLoader::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace dataarts::ui
