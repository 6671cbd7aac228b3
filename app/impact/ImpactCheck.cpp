#include "ImpactCheck.h"

#include "client/ListJob.h"
#include "client/Pager.h"
#include "client/Session.h"
#include "client/jobs/FactorySearchJob.h"
#include "client/jobs/ListApisJob.h"
#include "client/jobs/ListAuthorizedAppsJob.h"
#include "client/jobs/SearchCatalogEntitiesJob.h"
#include "client/jobs/ShowApiDashboardJob.h"
#include "client/jobs/ShowApiJob.h"
#include "client/jobs/ShowLineageJob.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <limits>
#include <memory>

namespace dataarts {

namespace {

struct ApiRef {
    QString id;
    QString name;
};

// Where a DataService API reads from (ShowApi's datasource_config, section 7.1.1).
struct ApiSource {
    QString name;
    QString database;
    QString datatable;
    QString sql;
};

// ListApis' table_name is a fuzzy match: keep the APIs whose table is exactly this one, or
// whose script names it as a whole word.
bool readsTable(const ApiSource &source, const QString &code, const QString &database)
{
    if (!database.isEmpty() && !source.database.isEmpty() &&
        source.database.compare(database, Qt::CaseInsensitive) != 0)
        return false;
    if (source.datatable.compare(code, Qt::CaseInsensitive) == 0)
        return true;
    if (source.sql.isEmpty())
        return false;
    const QRegularExpression word(QStringLiteral("(^|[^A-Za-z0-9_])") +
                                      QRegularExpression::escape(code) +
                                      QStringLiteral("($|[^A-Za-z0-9_])"),
                                  QRegularExpression::CaseInsensitiveOption);
    return word.match(source.sql).hasMatch();
}

QString readLabel(ImpactGap::Read read)
{
    switch (read) {
    case ImpactGap::Read::Readers:
        return TargetImpact::tr("DataService APIs that read it");
    case ImpactGap::Read::Catalog:
        return TargetImpact::tr("Data Catalog");
    case ImpactGap::Read::Lineage:
        return TargetImpact::tr("Lineage");
    case ImpactGap::Read::Factory:
        return TargetImpact::tr("Factory jobs and scripts");
    case ImpactGap::Read::Apps:
        return TargetImpact::tr("Authorized apps");
    case ImpactGap::Read::Calls:
        return TargetImpact::tr("Call statistics");
    }
    return {};
}

ImpactGap gapOf(ImpactGap::Read read, const QString &reason, const ApiError *error = nullptr)
{
    ImpactGap gap;
    gap.read = read;
    gap.reason = TargetImpact::tr("%1 could not be checked: %2").arg(readLabel(read), reason);
    if (error) {
        gap.code = error->code;
        gap.httpStatus = error->httpStatus;
        gap.errorKind = error->kind;
    }
    return gap;
}

// The days of the calls window, oldest first, ending today (UTC).
int windowDays(const ImpactCheck::Options &options)
{
    return qMax(30, options.days);
}

} // namespace

ImpactCheck::ImpactCheck(Session *session, QList<ImpactTarget> targets, Options options,
                         ImpactCache *cache, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(options)
    , m_cache(cache ? cache : &m_ownCache)
{
    m_options.days = qMax(1, m_options.days);
    m_options.depth = qMax(1, m_options.depth);
    m_options.maxParallel = qMax(1, m_options.maxParallel);
    m_results.reserve(targets.size());
    for (ImpactTarget &t : targets) {
        TargetImpact r;
        r.target = std::move(t);
        m_results.append(std::move(r));
    }
    m_open.fill(0, m_results.size());
}

ImpactCheck::~ImpactCheck()
{
    for (const QPointer<QObject> &o : std::as_const(m_running)) {
        if (o)
            o->disconnect(this);
    }
}

void ImpactCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    m_now = m_session ? m_session->now() : QDateTime::currentDateTimeUtc();
    for (int i = 0; i < m_results.size(); ++i) {
        const ImpactTarget &t = m_results.at(i).target;
        if (!t.impactApplies())
            continue;
        if (t.isEntity())
            checkEntity(i);
        else
            checkPair(i);
    }
    // Targets with nothing to read are done at once, but finished() still comes later.
    QMetaObject::invokeMethod(
        this,
        [this] {
            for (int i = 0; i < m_results.size(); ++i) {
                if (m_open.at(i) == 0) {
                    m_open[i] = -1;
                    ++m_targetsDone;
                    emit targetDone(i);
                }
            }
            emit progress(m_targetsDone, int(m_results.size()));
            finishIfDone();
        },
        Qt::QueuedConnection);
}

void ImpactCheck::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_queue.clear();
    m_waiting.clear();
    const auto running = std::exchange(m_running, {});
    for (const QPointer<QObject> &o : running) {
        if (!o)
            continue;
        o->disconnect(this);
        if (auto *pager = qobject_cast<Pager *>(o))
            pager->cancel();
        else if (auto *job = qobject_cast<ApiJob *>(o))
            job->abort();
        o->deleteLater();
    }
    m_inFlight.clear();
    m_finished = true;
    QMetaObject::invokeMethod(this, &ImpactCheck::finished, Qt::QueuedConnection);
}

void ImpactCheck::need(int target, const QString &key, Launch launch, Done done)
{
    if (m_cancelled)
        return;
    ++m_open[target];
    m_waiting[key].append([this, target, done = std::move(done)](const ImpactCache::Answer &a) {
        done(a);
        targetReadDone(target);
    });
    if (m_cache->contains(key)) {
        QMetaObject::invokeMethod(
            this,
            [this, key] {
                if (m_cache->contains(key))
                    answer(key, m_cache->answer(key));
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_inFlight.contains(key))
        return;
    for (const Read &r : std::as_const(m_queue)) {
        if (r.key == key)
            return;
    }
    m_queue.append({key, std::move(launch)});
    pump();
}

void ImpactCheck::pump()
{
    while (!m_cancelled && !m_queue.isEmpty() && m_inFlight.size() < m_options.maxParallel) {
        Read read = m_queue.takeFirst();
        m_inFlight.insert(read.key);
        ++m_readsSent;
        if (!m_session) {
            ImpactCache::Answer a;
            a.error = ApiError::cancelled();
            QMetaObject::invokeMethod(
                this, [this, key = read.key, a] { answer(key, a); }, Qt::QueuedConnection);
            continue;
        }
        read.launch(read.key);
    }
}

void ImpactCheck::answer(const QString &key, ImpactCache::Answer a)
{
    if (m_cancelled)
        return;
    m_inFlight.remove(key);
    m_cache->store(key, a);
    const QList<Done> waiters = m_waiting.take(key);
    for (const Done &done : waiters)
        done(a);
    pump();
    finishIfDone();
}

void ImpactCheck::targetReadDone(int target)
{
    if (--m_open[target] != 0)
        return;
    m_open[target] = -1;
    ++m_targetsDone;
    emit targetDone(target);
    emit progress(m_targetsDone, int(m_results.size()));
}

void ImpactCheck::finishIfDone()
{
    if (m_finished || m_targetsDone < m_results.size())
        return;
    m_finished = true;
    emit finished();
}

void ImpactCheck::addGap(int target, int read, const ApiError &error)
{
    m_results[target].gaps.append(gapOf(ImpactGap::Read(read), error.message(), &error));
}

template <typename Job>
void ImpactCheck::runJob(const QString &key, Job *job, std::function<std::any(Job *)> take)
{
    m_running.append(job);
    connect(job, &ApiJob::finished, this, [this, key, job, take] {
        m_running.removeAll(job);
        ImpactCache::Answer a;
        if (job->ok())
            a.value = take(job);
        else
            a.error = job->error();
        job->deleteLater();
        answer(key, std::move(a));
    });
    job->start();
}

// --- Entities ---

void ImpactCheck::checkEntity(int index)
{
    const ImpactTarget &t = m_results.at(index).target;
    if (t.code.isEmpty()) {
        const QString reason =
            t.notFound.isEmpty() ? tr("the table name of this entity is not known") : t.notFound;
        for (ImpactGap::Read read :
             {ImpactGap::Read::Readers, ImpactGap::Read::Lineage, ImpactGap::Read::Factory})
            m_results[index].gaps.append(gapOf(read, reason));
        return;
    }
    const QString code = t.code;
    const QString database = t.database;
    const QString lower = code.toLower();

    need(
        index, QStringLiteral("readers|") + lower,
        [this, code](const QString &key) { launchReaders(key, code); },
        [this, index, code, database](const ImpactCache::Answer &a) {
            if (a.error.isError()) {
                addGap(index, int(ImpactGap::Read::Readers), a.error);
                return;
            }
            for (const ApiRef &api : std::any_cast<const QList<ApiRef> &>(a.value)) {
                need(
                    index, QStringLiteral("api|") + api.id,
                    [this, id = api.id](const QString &key) { launchApiDetail(key, id); },
                    [this, index, api, code, database](const ImpactCache::Answer &d) {
                        if (d.error.isError()) {
                            addGap(index, int(ImpactGap::Read::Readers), d.error);
                            return;
                        }
                        if (!readsTable(std::any_cast<const ApiSource &>(d.value), code, database))
                            return;
                        ImpactFinding f;
                        f.kind = ImpactFinding::Kind::ApiReader;
                        f.id = api.id;
                        f.name = api.name;
                        m_results[index].findings.append(f);
                    });
            }
        });

    need(
        index, QStringLiteral("catalog|") + lower + QLatin1Char('|') + database.toLower(),
        [this, code, database](const QString &key) { launchCatalog(key, code, database); },
        [this, index](const ImpactCache::Answer &a) {
            if (a.error.isError()) {
                addGap(index, int(ImpactGap::Read::Lineage), a.error);
                return;
            }
            const QString guid = std::any_cast<const QString &>(a.value);
            if (guid.isEmpty()) {
                m_results[index].gaps.append(gapOf(
                    ImpactGap::Read::Lineage, tr("the table was not found in the Data Catalog")));
                return;
            }
            need(
                index,
                QStringLiteral("lineage|") + guid + QLatin1Char('|') +
                    QString::number(m_options.depth),
                [this, guid](const QString &key) { launchLineage(key, guid); },
                [this, index](const ImpactCache::Answer &l) {
                    if (l.error.isError()) {
                        addGap(index, int(ImpactGap::Read::Lineage), l.error);
                        return;
                    }
                    for (const LineageGraph::Node &node :
                         std::any_cast<const QList<LineageGraph::Node> &>(l.value)) {
                        ImpactFinding f;
                        f.kind = ImpactFinding::Kind::Downstream;
                        f.id = node.entity.guid;
                        f.name = node.entity.displayText.isEmpty() ? node.entity.guid
                                                                   : node.entity.displayText;
                        f.typeName = node.entity.typeName;
                        f.depth = node.depth;
                        m_results[index].findings.append(f);
                    }
                });
        });

    need(
        index, QStringLiteral("factory|") + lower,
        [this, code](const QString &key) { launchFactory(key, code); },
        [this, index](const ImpactCache::Answer &a) {
            if (a.error.isError()) {
                addGap(index, int(ImpactGap::Read::Factory), a.error);
                return;
            }
            const auto &page = std::any_cast<const Page<FactoryHit> &>(a.value);
            for (const FactoryHit &hit : page.records) {
                ImpactFinding f;
                f.kind = hit.isScript() ? ImpactFinding::Kind::FactoryScript
                                        : ImpactFinding::Kind::FactoryJob;
                f.id = hit.id;
                if (f.id.isEmpty())
                    f.id = hit.isScript() ? hit.scriptId : hit.jobId;
                f.name = hit.displayName();
                m_results[index].findings.append(f);
            }
            m_results[index].factoryHitsNotListed =
                qMax<qint64>(0, page.total - page.records.size());
        });
}

void ImpactCheck::launchReaders(const QString &key, const QString &code)
{
    auto found = std::make_shared<QList<ApiRef>>();
    auto *pager = new Pager(
        [this, code]() -> ListJob * {
            ListApisJob::Filter filter;
            filter.tableName = code;
            return new ListApisJob(m_session, filter);
        },
        this);
    pager->setMaxPages(50);
    m_running.append(pager);
    connect(pager, &Pager::pageReady, this, [found](ListJob *job) {
        for (const ApiOverview &api : static_cast<ListApisJob *>(job)->result().records)
            found->append({api.id, api.name});
    });
    connect(pager, &Pager::finished, this, [this, key, pager, found] {
        m_running.removeAll(pager);
        ImpactCache::Answer a;
        if (pager->ok())
            a.value = *found;
        else
            a.error = pager->error();
        pager->deleteLater();
        answer(key, std::move(a));
    });
    pager->start();
}

void ImpactCheck::launchApiDetail(const QString &key, const QString &apiId)
{
    runJob<ShowApiJob>(key, new ShowApiJob(m_session, apiId), [](ShowApiJob *job) {
        const QJsonObject config =
            job->result().raw.value(QLatin1String("datasource_config")).toObject();
        ApiSource source;
        source.name = job->result().overview.name;
        source.database = config.value(QLatin1String("database")).toString();
        source.datatable = config.value(QLatin1String("datatable")).toString();
        source.sql = config.value(QLatin1String("sql")).toString();
        return std::any(source);
    });
}

void ImpactCheck::launchCatalog(const QString &key, const QString &code, const QString &database)
{
    SearchCatalogEntitiesJob::Query query;
    query.keyword = code;
    query.typeNames = SearchCatalogEntitiesJob::defaultTableTypes();
    runJob<SearchCatalogEntitiesJob>(
        key, new SearchCatalogEntitiesJob(m_session, query),
        [code, database](SearchCatalogEntitiesJob *job) {
            // A keyword search: keep the entity that is exactly this table.
            QString guid;
            for (const CatalogEntity &e : job->result().records) {
                if (e.displayText.compare(code, Qt::CaseInsensitive) != 0)
                    continue;
                if (!database.isEmpty() && !e.database.isEmpty() &&
                    e.database.compare(database, Qt::CaseInsensitive) != 0)
                    continue;
                guid = e.guid;
                break;
            }
            return std::any(guid);
        });
}

void ImpactCheck::launchLineage(const QString &key, const QString &guid)
{
    // The server applies the depth (how it counts the hops through jobs is its own); every
    // node it returns downstream of the table is listed, with its hops from the table.
    runJob<ShowLineageJob>(
        key, new ShowLineageJob(m_session, guid, ShowLineageJob::Direction::Out, m_options.depth),
        [](ShowLineageJob *job) {
            return std::any(job->result().downstream(std::numeric_limits<int>::max()));
        });
}

void ImpactCheck::launchFactory(const QString &key, const QString &code)
{
    runJob<FactorySearchJob>(key, new FactorySearchJob(m_session, code),
                             [](FactorySearchJob *job) { return std::any(job->result()); });
}

// --- API x cluster pairs ---

void ImpactCheck::checkPair(int index)
{
    const ImpactTarget &t = m_results.at(index).target;
    const QString apiId = t.apiId;
    const QString instanceId = t.instanceId;

    if (t.apiName.isEmpty()) {
        // Only for the name shown beside the id: a failure here leaves the id alone.
        need(
            index, QStringLiteral("api|") + apiId,
            [this, apiId](const QString &key) { launchApiDetail(key, apiId); },
            [this, index](const ImpactCache::Answer &a) {
                if (!a.error.isError())
                    m_results[index].target.apiName =
                        std::any_cast<const ApiSource &>(a.value).name;
            });
    }

    need(
        index, QStringLiteral("apps|") + apiId,
        [this, apiId](const QString &key) { launchApps(key, apiId); },
        [this, index, instanceId](const ImpactCache::Answer &a) {
            if (a.error.isError()) {
                addGap(index, int(ImpactGap::Read::Apps), a.error);
                return;
            }
            for (const AuthorizedApp &app : std::any_cast<const QList<AuthorizedApp> &>(a.value)) {
                // A record with no cluster is taken to hold for every cluster.
                if (!app.instanceId.isEmpty() && app.instanceId != instanceId)
                    continue;
                if (m_results[index].target.instanceName.isEmpty())
                    m_results[index].target.instanceName = app.instanceName;
                ImpactFinding f;
                f.kind = ImpactFinding::Kind::AuthorizedApp;
                f.id = app.appId;
                f.name = app.appName;
                f.expires = app.expires;
                f.linkState = app.relationshipType;
                m_results[index].findings.append(f);
            }
        });

    need(
        index, QStringLiteral("calls|") + apiId + QLatin1Char('@') + instanceId,
        [this, apiId, instanceId](const QString &key) { launchCalls(key, apiId, instanceId); },
        [this, index](const ImpactCache::Answer &a) {
            if (a.error.isError()) {
                addGap(index, int(ImpactGap::Read::Calls), a.error);
                return;
            }
            TargetImpact &r = m_results[index];
            r.calls = std::any_cast<const CallSummary &>(a.value);
            const qint64 recent = r.calls.calls(m_options.days);
            if (recent > 0) {
                ImpactFinding f;
                f.kind = ImpactFinding::Kind::RecentCalls;
                f.count = recent;
                f.name = tr("%1 calls in the last %n day(s)", nullptr, m_options.days)
                             .arg(QLocale().toString(recent));
                r.findings.append(f);
            }
        });
}

void ImpactCheck::launchApps(const QString &key, const QString &apiId)
{
    auto found = std::make_shared<QList<AuthorizedApp>>();
    auto *pager = new Pager(
        [this, apiId]() -> ListJob * { return new ListAuthorizedAppsJob(m_session, apiId); }, this);
    pager->setMaxPages(100);
    m_running.append(pager);
    connect(pager, &Pager::pageReady, this, [found](ListJob *job) {
        found->append(static_cast<ListAuthorizedAppsJob *>(job)->result().records);
    });
    connect(pager, &Pager::finished, this, [this, key, pager, found] {
        m_running.removeAll(pager);
        ImpactCache::Answer a;
        if (pager->ok())
            a.value = *found;
        else
            a.error = pager->error();
        pager->deleteLater();
        answer(key, std::move(a));
    });
    pager->start();
}

void ImpactCheck::launchCalls(const QString &key, const QString &apiId, const QString &instanceId)
{
    const int days = windowDays(m_options);
    const QDate today = m_now.toUTC().date();
    const QDate first = today.addDays(-(days - 1));
    ShowApiDashboardJob::Query query;
    query.apiId = apiId;
    query.instanceId = instanceId;
    query.start = QDateTime(first, QTime(0, 0), QTimeZone::utc());
    query.end = m_now;
    query.daily = true;
    runJob<ShowApiDashboardJob>(
        key, new ShowApiDashboardJob(m_session, query), [first, days](ShowApiDashboardJob *job) {
            CallSummary summary;
            summary.known = true;
            QList<qint64> calls(days, 0);
            QList<qint64> failed(days, 0);
            for (const CallBucket &b : job->result()) {
                const qint64 day = first.daysTo(b.logTime.toUTC().date());
                if (day < 0 || day >= days)
                    continue;
                calls[day] += b.calls;
                failed[day] += b.failed;
            }
            for (int d = 0; d < days; ++d) {
                summary.daily.append({first.addDays(d), calls.at(d)});
                summary.dailyFailed.append({first.addDays(d), failed.at(d)});
            }
            return std::any(summary);
        });
}

} // namespace dataarts
