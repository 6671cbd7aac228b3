#include "UndoCheck.h"

#include "client/Pager.h"
#include "client/jobs/ListApiActionInstancesJob.h"

namespace dataarts {

UndoCheck::UndoCheck(Session *session, UndoPlan plan, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_plan(std::move(plan))
{}

void UndoCheck::start()
{
    for (const auto &pair : std::as_const(m_plan.pairs)) {
        if (!m_apis.contains(pair.first))
            m_apis.append(pair.first);
    }
    next();
}

void UndoCheck::next()
{
    if (m_apis.isEmpty()) {
        QList<QPair<QString, QString>> kept;
        for (const auto &pair : std::as_const(m_plan.pairs)) {
            if (m_allowed.contains(pair)) {
                kept.append(pair);
                continue;
            }
            m_plan.skipped.append(
                {pair.first, pair.second,
                 m_plan.names.value(pair.first + QLatin1Char('@') + pair.second),
                 UndoText::tr("changed since the run: the server does not offer %1 on this "
                              "cluster now")
                     .arg(enumName(m_plan.inverse))});
        }
        m_plan.pairs = kept;
        m_done = true;
        emit finished();
        return;
    }
    const QString apiId = m_apis.takeFirst();
    ListApiActionInstancesJob::Filter filter;
    filter.apiId = apiId;
    filter.action = enumName(m_plan.inverse);
    Session *session = m_session;
    auto *pager = new Pager(
        [session, filter] { return new ListApiActionInstancesJob(session, filter); }, this);
    pager->setLimit(100);
    connect(pager, &Pager::pageReady, this, [this, apiId](ListJob *job) {
        const auto *list = static_cast<ListApiActionInstancesJob *>(job);
        for (const ApiActionInstance &c : list->result().records) {
            if (c.result)
                m_allowed.insert({apiId, c.instanceId});
        }
    });
    connect(pager, &Pager::finished, this, [this, pager] {
        pager->deleteLater();
        if (!pager->ok()) {
            m_error = pager->error();
            m_done = true;
            emit finished();
            return;
        }
        next();
    });
    m_pager = pager;
    pager->start();
}

} // namespace dataarts
