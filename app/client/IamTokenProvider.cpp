#include "IamTokenProvider.h"

#include "HttpLog.h"
#include "IamTokenJob.h"
#include "Session.h"

namespace dataarts {

IamTokenProvider::IamTokenProvider(Session *session)
    : QObject(session)
    , m_session(session)
{}

IamTokenProvider::~IamTokenProvider() = default;

bool IamTokenProvider::isFresh() const
{
    if (!m_token.isValid())
        return false;
    qint64 lifetimeMs = 24LL * 3600 * 1000;
    if (m_token.issuedAt.isValid() && m_token.issuedAt < m_token.expiresAt)
        lifetimeMs = m_token.issuedAt.msecsTo(m_token.expiresAt);
    const qint64 marginMs = qMin<qint64>(15LL * 60 * 1000, lifetimeMs / 4);
    return m_session->now().addMSecs(marginMs) < m_token.expiresAt;
}

void IamTokenProvider::invalidate()
{
    m_token = IamToken();
}

void IamTokenProvider::acquire(QObject *context, std::function<void(const ApiError &)> done)
{
    if (isFresh() && !m_job) {
        done(ApiError());
        return;
    }
    m_waiters.append(Waiter{QPointer<QObject>(context), std::move(done)});
    if (!m_job)
        fetch();
}

void IamTokenProvider::cancel(QObject *context)
{
    m_waiters.removeIf(
        [context](const Waiter &w) { return w.context == context || w.context.isNull(); });
}

void IamTokenProvider::fetch()
{
    ++m_fetches;
    qCInfo(lcDataArtsHttp) << (m_token.isValid() ? "refreshing the IAM token"
                                                 : "fetching an IAM token");
    m_job = new IamTokenJob(m_session, this);
    connect(m_job, &ApiJob::finished, this, &IamTokenProvider::onFetched);
    m_job->start();
}

void IamTokenProvider::onFetched()
{
    IamTokenJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    ApiError error = job->error();
    if (!error.isError()) {
        m_token = job->result();
        emit tokenChanged();
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.done(error);
    }
}

} // namespace dataarts
