#include "PublishStateLookup.h"

#include "client/Pager.h"
#include "client/jobs/ListApiPublishInfoJob.h"
#include "client/jobs/ListApisJob.h"

#include <limits>

namespace dataarts {

namespace {
// The DataService code for an API that does not exist (dataarts-api.md section 1).
const QLatin1String kApiNotFound("DLM.4018");
} // namespace

PublishStateLookup::PublishStateLookup(Session *session, QHash<QString, QSet<QString>> wanted,
                                       QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_wanted(std::move(wanted))
{
    for (auto it = m_wanted.cbegin(); it != m_wanted.cend(); ++it)
        m_unseen.insert(it.key());
}

KnownEnum<ApiStatus> PublishStateLookup::state(const QString &apiId,
                                               const QString &instanceId) const
{
    return m_states.value(apiId).value(instanceId);
}

void PublishStateLookup::start()
{
    if (m_finished || !m_running.isEmpty())
        return;
    if (m_unseen.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { finish(ApiError()); }, Qt::QueuedConnection);
        return;
    }
    if (m_unseen.size() <= kDirectApis) {
        m_direct = QStringList(m_unseen.cbegin(), m_unseen.cend());
        m_direct.sort();
        readDirect();
        return;
    }
    listPage(0);
}

void PublishStateLookup::cancel()
{
    if (m_finished)
        return;
    abortRunning();
    finish(ApiError::cancelled());
}

void PublishStateLookup::abortRunning()
{
    const QList<QObject *> running = m_running;
    m_running.clear();
    for (QObject *o : running) {
        disconnect(o, nullptr, this, nullptr);
        if (auto *job = qobject_cast<ApiJob *>(o))
            job->abort();
        else if (auto *pager = qobject_cast<Pager *>(o))
            pager->cancel();
        o->deleteLater();
    }
}

void PublishStateLookup::listPage(int offset)
{
    ListApisJob::Filter filter;
    filter.returnPublishMessages = true;
    auto *job = new ListApisJob(m_session, filter, this);
    job->setPage(offset, kPageSize);
    m_running.append(job);
    connect(job, &ApiJob::finished, this, [this, job, offset] {
        m_running.removeOne(job);
        job->deleteLater();
        onListPage(job, offset);
    });
    job->start();
}

void PublishStateLookup::onListPage(ListApisJob *job, int offset)
{
    ++m_reads;
    if (!job->ok()) {
        finish(job->error());
        return;
    }
    for (const ApiOverview &api : job->result().records) {
        if (!m_wanted.contains(api.id))
            continue;
        m_apis.insert(api.id);
        m_unseen.remove(api.id);
        QHash<QString, KnownEnum<ApiStatus>> &states = m_states[api.id];
        for (const ApiPublishInfo &p : api.publishMessages)
            states.insert(p.instanceId, p.apiStatus);
    }
    const qint64 total = job->total();
    const int count = job->recordCount();
    const int next = offset + kPageSize;
    const bool listed = count < kPageSize || (total >= 0 && next >= total);
    if (m_unseen.isEmpty()) {
        finish(ApiError());
        return;
    }
    if (listed) {
        // The whole list was read: the APIs not in it do not exist.
        finish(ApiError());
        return;
    }
    const qint64 pagesLeft =
        total >= 0 ? (total - next + kPageSize - 1) / kPageSize : std::numeric_limits<int>::max();
    if (m_unseen.size() < pagesLeft) {
        m_direct = QStringList(m_unseen.cbegin(), m_unseen.cend());
        m_direct.sort();
        readDirect();
        return;
    }
    listPage(next);
}

void PublishStateLookup::readDirect()
{
    while (m_directRunning < kParallelReads && !m_direct.isEmpty()) {
        const QString apiId = m_direct.takeFirst();
        Session *session = m_session;
        ListApiPublishInfoJob::Filter filter;
        filter.apiId = apiId;
        auto *pager = new Pager(
            [session, filter] { return new ListApiPublishInfoJob(session, filter); }, this);
        pager->setLimit(kPageSize);
        connect(pager, &Pager::pageReady, this, [this, apiId](ListJob *page) {
            ++m_reads;
            m_apis.insert(apiId);
            QHash<QString, KnownEnum<ApiStatus>> &states = m_states[apiId];
            for (const ApiPublishInfo &p :
                 static_cast<ListApiPublishInfoJob *>(page)->result().records)
                states.insert(p.instanceId, p.apiStatus);
        });
        connect(pager, &Pager::finished, this,
                [this, pager, apiId] { onDirectFinished(pager, apiId); });
        m_running.append(pager);
        ++m_directRunning;
        pager->start();
    }
    if (m_directRunning == 0 && m_direct.isEmpty())
        finish(ApiError());
}

void PublishStateLookup::onDirectFinished(Pager *pager, const QString &apiId)
{
    m_running.removeOne(pager);
    pager->deleteLater();
    --m_directRunning;
    m_unseen.remove(apiId);
    if (!pager->ok()) {
        const ApiError &e = pager->error();
        if (e.code == kApiNotFound) {
            ++m_reads;
            m_apis.remove(apiId); // no such API
        } else {
            const ApiError error = e;
            abortRunning();
            finish(error);
            return;
        }
    }
    readDirect();
}

void PublishStateLookup::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
}

} // namespace dataarts
