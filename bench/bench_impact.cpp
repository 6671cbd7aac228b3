// impact_efficiency: the impact of 500 tables (most of them physical tables with DataService
// readers or downstream lineage, from the sandbox's ground truth) and of 100 APIs x 3
// clusters, worked out by ImpactCheck against dataarts-sandbox with its documented per-user
// rate limits (DataService 120 per 10 s, Catalog reads 240 per minute, Factory reads 240 per
// minute) and --latency-ms 20:60, the client's limiters at the same rates (buckets start
// full on both sides). The lower bound the limits set: for each class, (reads the sandbox
// admitted - bucket capacity) / rate, the largest of them; the reads are counted on the
// sandbox (requests by kind, less the 429s of that class), so the bound holds for the reads
// the run really made. Efficiency = lower bound / wall time from start() to finished().
// Also: the reads per class, and the 429s as a share of all requests. A run whose check
// left any gap (a read that could not be made) is not a valid measurement: it fails.
#include "BenchReport.h"

#include "client/RateLimiter.h"
#include "client/Session.h"
#include "impact/ImpactCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>

#include <cstdio>

using namespace dataarts;

namespace {

constexpr int kTables = 500;
constexpr int kApis = 100;
constexpr int kClusters = 3;

// The sandbox's documented per-user limits (sandbox/README.md "Gateway") and the client's.
struct ClassLimit {
    const char *name;      // the sandbox's rate class (throttled.by_class)
    const char *kindStem;  // its request kinds (requests.by_kind) start with this
    int capacity;          // bucket size
    double perSecond;      // refill
};
constexpr ClassLimit kClasses[] = {
    {"dataservice", "dataservice.", 120, 12.0},
    {"catalog_read", "catalog.", 240, 4.0},
    {"factory_read", "factory.", 240, 4.0},
};

// A sandbox child process and its start-up values.
class Sandbox
{
public:
    explicit Sandbox(const QStringList &args)
    {
        m_process.start(QCoreApplication::applicationDirPath() +
                            QStringLiteral("/dataarts-sandbox"),
                        QStringList{QStringLiteral("--port"), QStringLiteral("0")} + args);
        QByteArray out;
        while (!out.contains("\nregion=") && m_process.waitForReadyRead(60000))
            out += m_process.readAllStandardOutput();
        while (!out.endsWith('\n') && m_process.waitForReadyRead(1000))
            out += m_process.readAllStandardOutput();
        const QList<QByteArray> lines = out.split('\n');
        m_url = QUrl(QString::fromUtf8(lines.value(0)));
        for (const QByteArray &line : lines) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                m_values.insert(QString::fromUtf8(line.left(eq)),
                                QString::fromUtf8(line.mid(eq + 1)));
        }
    }
    ~Sandbox()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

    bool ok() const { return m_url.isValid() && m_values.contains(QStringLiteral("sk")); }
    QString value(const QString &key) const { return m_values.value(key); }

    ConnectionSettings settings() const
    {
        ConnectionSettings s;
        s.endpoint = m_url;
        s.iamEndpoint = m_url;
        s.projectId = value(QStringLiteral("project_id"));
        s.instanceId = value(QStringLiteral("instance_id"));
        s.workspace = value(QStringLiteral("workspace"));
        s.dlmType = QStringLiteral("EXCLUSIVE");
        s.akSk.accessKey = value(QStringLiteral("ak"));
        s.akSk.secretKey = value(QStringLiteral("sk")).toUtf8();
        s.proxyMode = ProxyMode::None;
        return s;
    }

    // GET on the control surface (no signature).
    QJsonObject control(const QString &pathAndQuery)
    {
        QNetworkRequest request(QUrl(m_url.toString() + pathAndQuery));
        QNetworkReply *reply = m_network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

private:
    QProcess m_process;
    QUrl m_url;
    QHash<QString, QString> m_values;
    QNetworkAccessManager m_network;
};

QStringList ids(const QJsonObject &o)
{
    QStringList out;
    for (const QJsonValue &v : o.value(QStringLiteral("biz_ids")).toArray())
        out.append(v.toString());
    return out;
}

// 500 physical tables: mostly with downstream lineage or DataService readers, some with
// Factory documents only, a few with none of the three (their reads still count).
bool pickTables(Sandbox &sandbox, QList<ImpactTarget> *targets)
{
    QStringList chosen;
    QSet<QString> seen;
    const auto take = [&](const QString &has, int count) {
        const QStringList found =
            ids(sandbox.control(QStringLiteral("/__sandbox/impact/entities?has=%1&limit=%2")
                                    .arg(has)
                                    .arg(kTables)));
        int taken = 0;
        for (const QString &id : found) {
            if (taken >= count || chosen.size() >= kTables)
                break;
            if (seen.contains(id))
                continue;
            seen.insert(id);
            chosen.append(id);
            ++taken;
        }
    };
    take(QStringLiteral("readers"), 200);
    take(QStringLiteral("lineage"), 220);
    take(QStringLiteral("factory"), 50);
    take(QStringLiteral("none"), 30);
    take(QStringLiteral("lineage"), kTables); // fill up, should some list be short
    take(QStringLiteral("readers"), kTables);
    if (chosen.size() != kTables) {
        std::fprintf(stderr, "bench_impact: only %d tables in the ground truth\n",
                     int(chosen.size()));
        return false;
    }
    for (const QString &id : std::as_const(chosen)) {
        const QJsonObject truth = sandbox.control(QStringLiteral("/__sandbox/impact/entities/") + id);
        const QString code = truth.value(QStringLiteral("code")).toString();
        if (code.isEmpty()) {
            std::fprintf(stderr, "bench_impact: no table name for %s\n", qPrintable(id));
            return false;
        }
        targets->append(ImpactTarget::entity(truth.value(QStringLiteral("biz_type")).toString(),
                                             id, code, code,
                                             truth.value(QStringLiteral("database")).toString()));
    }
    return true;
}

// 100 APIs on each of their 3 clusters (names left for the check to read).
bool pickPairs(Sandbox &sandbox, QList<ImpactTarget> *targets)
{
    const QJsonArray pairs = sandbox.control(QStringLiteral("/__sandbox/pairs?limit=100000"))
                                 .value(QStringLiteral("pairs"))
                                 .toArray();
    QMap<QString, QStringList> clusters; // api id -> instance ids, first seen first
    QStringList order;
    for (const QJsonValue &v : pairs) {
        const QString api = v.toObject().value(QStringLiteral("api_id")).toString();
        if (!clusters.contains(api))
            order.append(api);
        clusters[api].append(v.toObject().value(QStringLiteral("instance_id")).toString());
    }
    int apis = 0;
    for (const QString &api : std::as_const(order)) {
        if (clusters.value(api).size() < kClusters)
            continue;
        for (int c = 0; c < kClusters; ++c)
            targets->append(ImpactTarget::apiCluster(api, clusters.value(api).at(c)));
        if (++apis == kApis)
            break;
    }
    if (apis != kApis) {
        std::fprintf(stderr, "bench_impact: only %d APIs on %d clusters\n", apis, kClusters);
        return false;
    }
    return true;
}

int efficiency(BenchReport &report)
{
    // No --rate-limit: the sandbox's own documented per-user limits.
    Sandbox sandbox({QStringLiteral("--clusters"), QString::number(kClusters),
                     QStringLiteral("--latency-ms"), QStringLiteral("20:60")});
    if (!sandbox.ok())
        return 2;
    QList<ImpactTarget> targets;
    if (!pickTables(sandbox, &targets) || !pickPairs(sandbox, &targets))
        return 2;

    ConnectionSettings settings = sandbox.settings();
    settings.rateLimits.dataServicePerWindow = 120;
    settings.rateLimits.dataServiceWindowSeconds = 10;
    settings.rateLimits.catalogReadsPerMinute = 240;
    settings.rateLimits.factoryReadsPerMinute = 240;
    Session session(settings);

    ImpactCheck check(&session, targets, ImpactCheck::Options());
    QEventLoop loop;
    QObject::connect(&check, &ImpactCheck::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    check.start();
    loop.exec();
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (check.wasCancelled() || check.results().size() != targets.size()) {
        std::fprintf(stderr, "bench_impact: the check did not finish\n");
        return 2;
    }
    int gaps = 0;
    for (const TargetImpact &r : check.results()) {
        if (!r.gaps.isEmpty() && gaps == 0) // the first one tells why
            std::fprintf(stderr, "bench_impact: %s: %s\n", qPrintable(r.target.key()),
                         qPrintable(r.gaps.constFirst().reason));
        gaps += int(r.gaps.size());
    }
    if (gaps > 0) {
        std::fprintf(stderr, "bench_impact: %d gaps: not a valid run\n", gaps);
        return 2;
    }

    const QJsonObject stats = sandbox.control(QStringLiteral("/__sandbox/stats"));
    const QJsonObject requests = stats.value(QStringLiteral("requests")).toObject();
    const QJsonObject byKind = requests.value(QStringLiteral("by_kind")).toObject();
    const QJsonObject throttledByClass = stats.value(QStringLiteral("throttled"))
                                             .toObject()
                                             .value(QStringLiteral("by_class"))
                                             .toObject();
    const double total = requests.value(QStringLiteral("total")).toDouble();
    const double throttled = requests.value(QStringLiteral("by_status"))
                                 .toObject()
                                 .value(QStringLiteral("429"))
                                 .toDouble();
    double bound = 0;
    QStringList lines;
    for (const ClassLimit &c : kClasses) {
        double received = 0;
        for (auto it = byKind.begin(); it != byKind.end(); ++it) {
            if (it.key().startsWith(QLatin1String(c.kindStem)))
                received += it.value().toDouble();
        }
        // A 429 takes no token: only the admitted reads are paced by the bucket.
        const double refused = throttledByClass.value(QLatin1String(c.name)).toDouble();
        const double admitted = received - refused;
        bound = qMax(bound, (admitted - c.capacity) / c.perSecond);
        report.note(QStringLiteral("impact_reads_%1").arg(QLatin1String(c.name)), admitted,
                    QStringLiteral("reads"));
        report.note(QStringLiteral("impact_429_%1").arg(QLatin1String(c.name)), refused,
                    QStringLiteral("answers"));
    }
    const RateLimiter::Stats ds = session.rateLimiter(Service::DataService)->stats();
    const RateLimiter::Stats cat = session.rateLimiter(Service::Catalog)->stats();
    const RateLimiter::Stats fac = session.rateLimiter(Service::Factory)->stats();
    std::fprintf(stderr,
                 "bench_impact: client tokens dataservice %lld catalog %lld factory %lld; "
                 "pauses %lld / %lld / %lld; reads sent %d\n",
                 ds.acquired, cat.acquired, fac.acquired, ds.pauses, cat.pauses, fac.pauses,
                 check.readsSent());
    report.note(QStringLiteral("impact_wall_s"), seconds, QStringLiteral("s"));
    report.note(QStringLiteral("impact_lower_bound_s"), bound, QStringLiteral("s"));
    report.report(QStringLiteral("impact_efficiency"), bound / seconds,
                  QStringLiteral("x_rate_bound"), QStringLiteral(">="), 0.90);
    report.report(QStringLiteral("impact_429_percent"), 100.0 * throttled / total,
                  QStringLiteral("%"), QStringLiteral("<="), 1.0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dataarts.http.info=false"));
    BenchReport report(argc, argv);
    int status = 0;
    if (report.wanted(QStringLiteral("impact_efficiency")) ||
        report.wanted(QStringLiteral("impact_429_percent")))
        status = efficiency(report);
    if (status != 0)
        return status;
    return report.allPassed() ? 0 : 1;
}
