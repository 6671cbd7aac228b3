#pragma once

#include "client/ApiError.h"
#include "client/jobs/ListApprovalsJob.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace dataarts {

class Pager;
class Session;

// Walks GET /v2/{pid}/design/approvals with a filter (dataarts-api.md section 2.2) and keeps
// the newest approval of each biz id and every approval by id. With wanted biz ids it stops
// as soon as each has been seen. start(), then finished() once.
class ApprovalLookup : public QObject
{
    Q_OBJECT
public:
    ApprovalLookup(Session *session, ListApprovalsJob::Filter filter,
                   QSet<QString> wantedBizIds = {}, QObject *parent = nullptr);

    void start();
    void cancel();

    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int reads() const { return m_reads; }

    // The newest approval per biz id (only the wanted ones when some were given).
    const QHash<QString, Approval> &byBizId() const { return m_byBizId; }
    const QHash<QString, Approval> &byId() const { return m_byId; }

signals:
    void finished();

private:
    void onPage(ListJob *job);
    void onPagerFinished();

    Session *m_session;
    ListApprovalsJob::Filter m_filter;
    QSet<QString> m_wanted;
    QPointer<Pager> m_pager;
    QHash<QString, Approval> m_byBizId;
    QHash<QString, Approval> m_byId;
    ApiError m_error;
    int m_reads = 0;
    bool m_complete = false; // every wanted id seen: stopped early
    bool m_finished = false;
};

} // namespace dataarts
