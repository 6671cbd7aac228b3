#pragma once

#include "RepublishGap.h"
#include "RunItem.h"
#include "UnitRequest.h"

#include <QPointer>

namespace dataarts {

class ApiJob;
class AuthorizedAppsRead;
class PublishStateLookup;
class Session;

// One pair of an undo of UNPUBLISH (RepublishStrategy), brought back step by step, each
// write after a read that shows it is still needed:
// 1. read the pair's state: not published -> 2; PUBLISHED -> 3; waiting for review ->
//    PENDING_APPROVAL; anything else -> FAILED (changed since the run), nothing sent;
// 2. publish, then read the state again: PUBLISHED -> 3, waiting for review ->
//    PENDING_APPROVAL, else UNKNOWN (reconciled);
// 3. read the apps authorized now and authorize the missing ones, one request per
//    recorded end time -> SUCCESS.
// A write whose outcome is unknown leaves the item UNKNOWN (RepublishReconciliation reads
// it); a failed read before any write puts it back (RunStrategy::commonFailure).
class RepublishRequest : public UnitRequest
{
    Q_OBJECT
public:
    RepublishRequest(Session *session, QList<RunItem> items, QList<AppAuthorization> wanted,
                     QObject *parent = nullptr);
    ~RepublishRequest() override;

    void start() override;
    void abortIfNotSent() override;
    bool hasLeft() const override { return m_left; }
    UnitOutcome outcome() const override { return m_outcome; }
    RequestSpec describe() const override;

private:
    void readState();
    void onState();
    void publish();
    void readApps();
    void onApps();
    void authorizeNext();
    void startWrite(ApiJob *job, void (RepublishRequest::*next)());
    void finishWith(ItemState state, const QString &remark, const QString &code = {});
    void finishFailed(const ApiError &error);
    void emitFinished();

    Session *m_session;
    QList<RunItem> m_items;
    QString m_apiId;
    QString m_instanceId;
    QList<AppAuthorization> m_wanted;
    QList<QList<AppAuthorization>> m_groups; // the missing apps, by end time
    RepublishGap m_gap;
    QPointer<PublishStateLookup> m_state;
    QPointer<AuthorizedAppsRead> m_apps;
    QPointer<ApiJob> m_job;
    UnitOutcome m_outcome;
    int m_attempts = 0;
    bool m_left = false;
    bool m_published = false; // this request published it
    bool m_aborted = false;
    bool m_finished = false;
};

} // namespace dataarts
