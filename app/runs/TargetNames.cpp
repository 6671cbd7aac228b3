#include "TargetNames.h"

#include "batch/RunSpec.h"
#include "batch/TableStatusLookup.h"
#include "client/Pager.h"
#include "client/jobs/ListServiceClustersJob.h"
#include "client/jobs/ShowApiJob.h"
#include "dto/BizType.h"

#include <QSet>

namespace dataarts {

TargetNames::TargetNames(Session *session, const RunSpec &spec, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_kind(spec.kind)
    , m_items(spec.items)
{
}

TargetNames::~TargetNames() = default;

void TargetNames::start()
{
    switch (m_kind) {
    case RunKind::BatchOffline:
    case RunKind::BatchPublish:
        lookUpTables();
        return;
    case RunKind::ApiAction:
    case RunKind::ApiRepublish:
        lookUpClusters();
        return;
    default:
        // Other kinds act on approvals, messages and applications: their ids are all the
        // CLI has, and the journal keeps what the server answers.
        QMetaObject::invokeMethod(this, [this] { finish(); }, Qt::QueuedConnection);
        return;
    }
}

void TargetNames::lookUpTables()
{
    QSet<QString> wanted;
    TableStatusLookup::Query query;
    for (const NewItem &item : std::as_const(m_items)) {
        if (!bizTypes::tableTypes().contains(item.keyPart))
            continue; // the listing holds tables only
        wanted.insert(item.keyId);
        if (!query.bizTypes.contains(item.keyPart))
            query.bizTypes.append(item.keyPart);
    }
    if (wanted.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] { finish(); }, Qt::QueuedConnection);
        return;
    }
    // After the run: taken offline (fast approval), waiting for it, or left published.
    query.statuses = {BizStatus::Offline, BizStatus::OfflineDeveloping, BizStatus::Published};
    auto *lookup = new TableStatusLookup(m_session, query, wanted, this);
    connect(lookup, &TableStatusLookup::finished, this, [this, lookup] {
        lookup->deleteLater();
        const QHash<QString, AllTable> &records = lookup->records();
        for (auto it = records.cbegin(); it != records.cend(); ++it)
            m_entityNames.insert(it.key(), it->name.isEmpty() ? it->code : it->name);
        finish(lookup->ok() ? ApiError() : lookup->error());
    });
    m_current = lookup;
    lookup->start();
}

void TargetNames::lookUpClusters()
{
    QSet<QString> apis;
    for (const NewItem &item : std::as_const(m_items)) {
        if (!apis.contains(item.keyId) && apis.size() < kMaxApis) {
            apis.insert(item.keyId);
            m_apis.append(item.keyId);
        }
    }
    Session *session = m_session;
    auto *pager = new Pager([session] { return new ListServiceClustersJob(session); }, this);
    connect(pager, &Pager::pageReady, this, [this](ListJob *job) {
        for (const ServiceCluster &c : static_cast<ListServiceClustersJob *>(job)->result().records)
            m_clusterNames.insert(c.id, c.name);
    });
    connect(pager, &Pager::finished, this, [this, pager] {
        pager->deleteLater();
        if (!pager->ok()) {
            m_error = pager->error();
            const ApiError::Kind kind = m_error.kind;
            if (kind == ApiError::Kind::Unauthorized || kind == ApiError::Kind::Tls) {
                finish(m_error);
                return;
            }
        }
        nextApi(); // the API names may still come
    });
    m_current = pager;
    pager->start();
}

void TargetNames::nextApi()
{
    if (m_apis.isEmpty()) {
        finish(m_error);
        return;
    }
    auto *job = new ShowApiJob(m_session, m_apis.takeFirst(), this);
    connect(job, &ApiJob::finished, this, [this, job] {
        job->deleteLater();
        if (!job->ok()) {
            const ApiError::Kind kind = job->error().kind;
            if (kind == ApiError::Kind::Unauthorized || kind == ApiError::Kind::Tls ||
                kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout) {
                finish(job->error()); // every other API would meet it too
                return;
            }
            // One unreadable API (removed since, no right to it) does not stop the others.
            if (!m_error.isError())
                m_error = job->error();
        } else if (!job->result().overview.name.isEmpty()) {
            m_apiNames.insert(job->apiId(), job->result().overview.name);
        }
        nextApi();
    });
    m_current = job;
    job->start();
}

void TargetNames::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
}

int TargetNames::apply(RunSpec *spec) const
{
    int named = 0;
    for (NewItem &item : spec->items) {
        if (!item.displayName.isEmpty())
            continue;
        if (spec->kind == RunKind::BatchOffline || spec->kind == RunKind::BatchPublish)
            item.displayName = m_entityNames.value(item.keyId);
        else if (spec->kind == RunKind::ApiAction || spec->kind == RunKind::ApiRepublish)
            item.displayName = pairName(item.keyId, m_apiNames.value(item.keyId), item.keyPart,
                                        m_clusterNames.value(item.keyPart));
        named += item.displayName.isEmpty() ? 0 : 1;
    }
    return named;
}

QString TargetNames::pairName(const QString &apiId, const QString &apiName,
                              const QString &instanceId, const QString &clusterName)
{
    if (apiName.isEmpty() && clusterName.isEmpty())
        return QString();
    return (apiName.isEmpty() ? apiId : apiName) + QStringLiteral(" @ ") +
           (clusterName.isEmpty() ? instanceId : clusterName);
}

} // namespace dataarts
