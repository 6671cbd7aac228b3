#include "TableStatusLookup.h"

#include "client/Pager.h"
#include "client/jobs/ListAllTablesJob.h"

namespace dataarts {

namespace {
constexpr int kPageSize = 100;
}

TableStatusLookup::TableStatusLookup(Session *session, Query query, QSet<QString> wantedIds,
                                     QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_query(std::move(query))
    , m_wanted(std::move(wantedIds))
{}

void TableStatusLookup::start()
{
    if (m_statusIndex >= 0 || m_finished)
        return;
    next();
}

void TableStatusLookup::cancel()
{
    if (m_finished)
        return;
    if (m_pager) {
        disconnect(m_pager, nullptr, this, nullptr);
        m_pager->cancel();
        m_pager->deleteLater();
    }
    finish(ApiError::cancelled());
}

void TableStatusLookup::next()
{
    ++m_statusIndex;
    if (m_wanted.isEmpty() || m_query.bizTypes.isEmpty() ||
        m_statusIndex >= m_query.statuses.size() || m_found.size() >= m_wanted.size()) {
        // Nothing (more) to find: answer on the next turn of the event loop.
        QMetaObject::invokeMethod(
            this, [this] { finish(ApiError()); }, Qt::QueuedConnection);
        return;
    }
    ListAllTablesJob::Filter filter;
    filter.bizTypes = m_query.bizTypes;
    filter.status = enumName(m_query.statuses.at(m_statusIndex));
    filter.beginTime = m_query.begin;
    filter.endTime = m_query.end;
    Session *session = m_session;
    m_complete = false;
    m_pager = new Pager([session, filter] { return new ListAllTablesJob(session, filter); }, this);
    m_pager->setLimit(kPageSize);
    connect(m_pager, &Pager::pageReady, this, &TableStatusLookup::onPage);
    connect(m_pager, &Pager::finished, this, &TableStatusLookup::onPagerFinished);
    m_pager->start();
}

void TableStatusLookup::onPage(ListJob *job)
{
    ++m_reads;
    const auto *list = static_cast<ListAllTablesJob *>(job);
    for (const AllTable &t : list->result().records) {
        if (m_wanted.contains(t.id) && !m_found.contains(t.id)) {
            m_found.insert(t.id, t.status.value);
            m_records.insert(t.id, t);
        }
    }
    if (m_found.size() >= m_wanted.size()) {
        m_complete = true;
        m_pager->cancel();
    }
}

void TableStatusLookup::onPagerFinished()
{
    if (m_finished)
        return;
    Pager *pager = m_pager;
    pager->deleteLater();
    m_pager = nullptr;
    if (!m_complete && !pager->ok()) {
        finish(pager->error());
        return;
    }
    next();
}

void TableStatusLookup::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
}

} // namespace dataarts
