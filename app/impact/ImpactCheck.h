#pragma once

#include "ImpactCache.h"
#include "TargetImpact.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace dataarts {

class Session;

// Works out the impact of targets (dataarts-api.md section 7): for an entity, the DataService
// APIs that read its table, its downstream lineage and the Factory jobs and scripts that name
// it; for an API x cluster, the apps authorized to call it there and its calls per day. Each
// read goes through the session's rate limiters, many at once across the services; the
// same read is made once for every target that needs it, and answers are kept in the cache.
// A read that fails marks what it would have told as "could not be checked" (a gap), never
// as "no impact". start(), then finished() once (also after cancel()).
class ImpactCheck : public QObject
{
    Q_OBJECT
public:
    struct Options {
        int days = 7;         // an API called within these many days has impact
        int depth = 3;        // lineage hops downstream
        int maxParallel = 24; // reads started at once (the rate limiters pace them)
    };

    ImpactCheck(Session *session, QList<ImpactTarget> targets, Options options,
                ImpactCache *cache = nullptr, QObject *parent = nullptr);
    ~ImpactCheck() override;

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    bool wasCancelled() const { return m_cancelled; }
    const QList<TargetImpact> &results() const { return m_results; }
    int targetsDone() const { return m_targetsDone; }
    // Reads sent to the server (answers taken from the cache are not counted).
    int readsSent() const { return m_readsSent; }
    const Options &options() const { return m_options; }

signals:
    void targetDone(int index);
    void progress(int done, int total);
    void finished();

private:
    using Done = std::function<void(const ImpactCache::Answer &)>;
    using Launch = std::function<void(const QString &key)>;
    struct Read {
        QString key;
        Launch launch;
    };

    void need(int target, const QString &key, Launch launch, Done done);
    void pump();
    void answer(const QString &key, ImpactCache::Answer answer);
    void targetReadDone(int target);
    void finishIfDone();

    void checkEntity(int index);
    void checkPair(int index);
    void launchReaders(const QString &key, const QString &code);
    void launchApiDetail(const QString &key, const QString &apiId);
    void launchCatalog(const QString &key, const QString &code, const QString &database);
    void launchLineage(const QString &key, const QString &guid);
    void launchFactory(const QString &key, const QString &code);
    void launchApps(const QString &key, const QString &apiId);
    void launchCalls(const QString &key, const QString &apiId, const QString &instanceId);
    void addGap(int target, int read, const ApiError &error);
    template <typename Job>
    void runJob(const QString &key, Job *job, std::function<std::any(Job *)> take);

    QPointer<Session> m_session;
    Options m_options;
    ImpactCache m_ownCache;
    ImpactCache *m_cache;
    QList<TargetImpact> m_results;
    QList<int> m_open; // per target: reads not answered yet
    int m_targetsDone = 0;
    QList<Read> m_queue;
    QHash<QString, QList<Done>> m_waiting; // read key -> what to do with its answer
    QSet<QString> m_inFlight;
    QList<QPointer<QObject>> m_running; // jobs and pagers, for cancel()
    int m_readsSent = 0;
    QDateTime m_now;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace dataarts
