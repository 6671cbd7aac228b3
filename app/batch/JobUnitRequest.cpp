#include "JobUnitRequest.h"

#include "client/ApiJob.h"

namespace dataarts {

JobUnitRequest::JobUnitRequest(ApiJob *job, Mapper mapper, QObject *parent)
    : UnitRequest(parent)
    , m_job(job)
    , m_mapper(std::move(mapper))
{
    job->setParent(this);
    connect(job, &ApiJob::attemptStarted, this, [this](int attempt) {
        m_left = true;
        emit attemptStarted(attempt);
    });
    connect(job, &ApiJob::finished, this, &JobUnitRequest::onFinished);
}

JobUnitRequest::~JobUnitRequest() = default;

void JobUnitRequest::start()
{
    if (m_job)
        m_job->start();
}

void JobUnitRequest::abortIfNotSent()
{
    if (m_job && !m_left && !m_job->isFinished())
        m_job->abort();
}

RequestSpec JobUnitRequest::describe() const
{
    return m_job ? m_job->describe() : RequestSpec();
}

void JobUnitRequest::onFinished()
{
    m_outcome = m_mapper(m_job);
    RequestAnswer &a = m_outcome.answer;
    if (a.requestId.isEmpty())
        a.requestId = m_job->requestId();
    a.attempts = qMax(1, m_job->attempts());
    if (a.httpStatus == 0)
        a.httpStatus = m_job->ok() ? m_job->httpStatus() : m_job->error().httpStatus;
    if (!m_outcome.error.isError())
        m_outcome.error = m_job->error();
    emit finished();
}

} // namespace dataarts
