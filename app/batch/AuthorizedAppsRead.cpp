#include "AuthorizedAppsRead.h"

#include "client/Pager.h"
#include "client/jobs/ListAuthorizedAppsJob.h"

namespace dataarts {

AuthorizedAppsRead::AuthorizedAppsRead(Session *session, QString apiId, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_apiId(std::move(apiId))
{}

void AuthorizedAppsRead::start()
{
    Session *session = m_session;
    const QString apiId = m_apiId;
    auto *pager = new Pager(
        [session, apiId]() -> ListJob * { return new ListAuthorizedAppsJob(session, apiId); },
        this);
    pager->setLimit(kPageSize);
    connect(pager, &Pager::pageReady, this, [this](ListJob *job) {
        ++m_reads;
        m_apps.append(static_cast<ListAuthorizedAppsJob *>(job)->result().records);
    });
    connect(pager, &Pager::finished, this, [this, pager] {
        pager->deleteLater();
        m_error = pager->ok() ? ApiError() : pager->error();
        m_finished = true;
        emit finished();
    });
    m_pager = pager;
    pager->start();
}

void AuthorizedAppsRead::cancel()
{
    if (m_pager)
        m_pager->cancel();
}

bool AuthorizedAppsRead::inForce(const QString &relationshipType)
{
    return relationshipType == QLatin1String("LINKED") ||
           relationshipType == QLatin1String("RENEW_WAITING_CHECK");
}

QList<AppAuthorization> AuthorizedAppsRead::on(const QString &instanceId) const
{
    QList<AppAuthorization> apps;
    for (const AuthorizedApp &app : m_apps) {
        if (app.instanceId != instanceId)
            continue;
        apps.append({app.appId, app.appName, app.expires, app.relationshipType});
    }
    return apps;
}

} // namespace dataarts
