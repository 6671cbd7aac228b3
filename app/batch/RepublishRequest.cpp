#include "RepublishRequest.h"

#include "AuthorizedAppsRead.h"
#include "PublishStateLookup.h"
#include "RunStrategy.h"

#include "client/Session.h"
#include "client/jobs/AuthorizeAppsJob.h"
#include "client/jobs/PublishApiJob.h"

#include <QMap>

namespace dataarts {

RepublishRequest::RepublishRequest(Session *session, QList<RunItem> items,
                                   QList<AppAuthorization> wanted, QObject *parent)
    : UnitRequest(parent)
    , m_session(session)
    , m_items(std::move(items))
    , m_wanted(std::move(wanted))
{
    m_apiId = m_items.constFirst().keyId;
    m_instanceId = m_items.constFirst().keyPart;
}

RepublishRequest::~RepublishRequest() = default;

RequestSpec RepublishRequest::describe() const
{
    return PublishApiJob(m_session, m_apiId, m_instanceId).describe();
}

void RepublishRequest::start()
{
    readState();
}

void RepublishRequest::abortIfNotSent()
{
    if (m_left || m_finished)
        return;
    m_aborted = true;
    if (m_state)
        m_state->cancel();
    if (m_apps)
        m_apps->cancel();
}

void RepublishRequest::readState()
{
    m_state = new PublishStateLookup(m_session, {{m_apiId, {m_instanceId}}}, this);
    connect(m_state, &PublishStateLookup::finished, this, &RepublishRequest::onState);
    m_state->start();
}

void RepublishRequest::onState()
{
    PublishStateLookup *state = m_state;
    state->deleteLater();
    if (m_aborted && !m_left) {
        finishFailed(ApiError::cancelled());
        return;
    }
    if (!state->ok()) {
        finishFailed(state->error());
        return;
    }
    m_gap.status = state->state(m_apiId, m_instanceId);
    if (m_gap.published()) {
        readApps();
    } else if (m_gap.waitingReview()) {
        finishWith(ItemState::PendingApproval, RepublishGap::reviewRemark());
    } else if (m_published) {
        // Published a moment ago and not shown so: read again later.
        finishWith(ItemState::Unknown,
                   tr("Published; the cluster shows it %1 for now: read again.")
                       .arg(m_gap.status.raw.isEmpty() ? tr("not published") : m_gap.status.raw));
    } else if (m_gap.publishable()) {
        publish();
    } else {
        finishWith(ItemState::Failed, m_gap.changedRemark());
    }
}

void RepublishRequest::startWrite(ApiJob *job, void (RepublishRequest::*next)())
{
    job->setParent(this);
    m_job = job;
    connect(job, &ApiJob::attemptStarted, this, [this] {
        m_left = true;
        emit attemptStarted(++m_attempts);
    });
    connect(job, &ApiJob::finished, this, [this, job, next] {
        job->deleteLater();
        m_outcome.answer.requestId = job->requestId();
        m_outcome.answer.httpStatus = job->ok() ? job->httpStatus() : job->error().httpStatus;
        if (!job->ok()) {
            const ApiError &e = job->error();
            if (e.kind == ApiError::Kind::BadRequest) {
                // Refused in the state found a moment ago: changed in between. Read it.
                m_outcome.error = e;
                finishWith(ItemState::Unknown, RunStrategy::remarkFor(e), e.code);
                return;
            }
            finishFailed(e);
            return;
        }
        (this->*next)();
    });
    job->start();
}

void RepublishRequest::publish()
{
    startWrite(new PublishApiJob(m_session, m_apiId, m_instanceId), &RepublishRequest::readState);
    m_published = true;
}

void RepublishRequest::readApps()
{
    m_apps = new AuthorizedAppsRead(m_session, m_apiId, this);
    connect(m_apps, &AuthorizedAppsRead::finished, this, &RepublishRequest::onApps);
    m_apps->start();
}

void RepublishRequest::onApps()
{
    AuthorizedAppsRead *apps = m_apps;
    apps->deleteLater();
    if (m_aborted && !m_left) {
        finishFailed(ApiError::cancelled());
        return;
    }
    if (!apps->ok()) {
        // Published by this request: what became of the apps is read by the reconciliation.
        if (m_left)
            finishWith(ItemState::Unknown, RunStrategy::remarkFor(apps->error()));
        else
            finishFailed(apps->error());
        return;
    }
    m_gap = RepublishGap::of(m_gap.status, m_wanted, apps->on(m_instanceId),
                             m_session->now());
    QMap<qint64, QList<AppAuthorization>> byEnd;
    for (const AppAuthorization &app : std::as_const(m_gap.missing))
        byEnd[app.expiresAt.isValid() ? app.expiresAt.toMSecsSinceEpoch() : 0].append(app);
    m_groups = byEnd.values();
    authorizeNext();
}

void RepublishRequest::authorizeNext()
{
    if (m_groups.isEmpty()) {
        // Everything wanted is authorized now (this request's writes all answered 204).
        m_gap.restored += int(m_gap.missing.size());
        m_gap.missing.clear();
        finishWith(ItemState::Success, m_gap.doneRemark());
        return;
    }
    const QList<AppAuthorization> group = m_groups.takeFirst();
    QStringList ids;
    for (const AppAuthorization &app : group)
        ids.append(app.appId);
    startWrite(new AuthorizeAppsJob(m_session, m_apiId, m_instanceId, ids,
                                    group.constFirst().expiresAt),
               &RepublishRequest::authorizeNext);
}

void RepublishRequest::finishWith(ItemState state, const QString &remark, const QString &code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome.answer.remark = remark;
    m_outcome.answer.errorCode = code;
    m_outcome.answer.attempts = qMax(1, m_attempts);
    m_outcome.answer.items = RunStrategy::allItems(m_items, state, code, remark);
    emitFinished();
}

void RepublishRequest::finishFailed(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome = RunStrategy::commonFailure(error, m_items);
    m_outcome.answer.attempts = qMax(1, m_attempts);
    emitFinished();
}

void RepublishRequest::emitFinished()
{
    // Always later, from the event loop (as a client job's finished()): never from inside
    // abortIfNotSent() while the scheduler walks its requests.
    QMetaObject::invokeMethod(this, &UnitRequest::finished, Qt::QueuedConnection);
}

} // namespace dataarts
