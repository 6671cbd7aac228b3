// engine_actions_efficiency: 1,200 API actions (STOP, one per API x cluster pair) through
// the batch engine against dataarts-sandbox with --rate-limit 60/1 and --latency-ms 20:60,
// the client's limiter set to the same rate. Efficiency = (1,200 / 60 per s) / wall time
// from start to the last item settled (the bulk publish-state read included); also the
// 429s the sandbox answered as a share of all requests.
// engine_offline_efficiency: 10,000 entities taken offline (fast approval) in chunks of 100
// against --rate-limit 2/1, the client's write limiter at 2 per second. Efficiency =
// (100 requests / 2 per s) / wall time.
// Both with the journal in a real file (durability on), as in use.
#include "BenchReport.h"

#include "batch/BatchEngine.h"
#include "client/RateLimiter.h"
#include "client/Session.h"
#include "journal/Journal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace dataarts;

namespace {

constexpr int kActions = 1200;
constexpr int kActionRate = 60; // per second
constexpr int kEntities = 10000;
constexpr int kChunk = 100;
constexpr int kWriteRate = 2; // per second

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

// Runs the spec to the end; the wall time in seconds, or -1.
double runSeconds(BatchEngine &engine, const RunSpec &spec, qint64 *runId)
{
    QEventLoop loop;
    BatchRun::Outcome outcome = BatchRun::Outcome::Running;
    QObject::connect(&engine, &BatchEngine::runFinished, &loop,
                     [&](qint64 id, BatchRun::Outcome o) {
                         if (id == *runId) {
                             outcome = o;
                             loop.quit();
                         }
                     });
    QElapsedTimer timer;
    timer.start();
    *runId = engine.start(spec);
    if (*runId <= 0) {
        std::fprintf(stderr, "bench_engine: %s\n", qPrintable(engine.errorString()));
        return -1;
    }
    loop.exec();
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (outcome != BatchRun::Outcome::Completed)
        return -1;
    return seconds;
}

int actions(BenchReport &report)
{
    Sandbox sandbox({QStringLiteral("--apis"), QStringLiteral("700"), QStringLiteral("--clusters"),
                     QStringLiteral("4"), QStringLiteral("--tables"), QStringLiteral("100"),
                     QStringLiteral("--rate-limit"), QStringLiteral("%1/1").arg(kActionRate),
                     QStringLiteral("--latency-ms"), QStringLiteral("20:60")});
    if (!sandbox.ok())
        return 2;
    QList<QPair<QString, QString>> pairs;
    const QJsonArray found =
        sandbox
            .control(QStringLiteral("/__sandbox/pairs?status=PUBLISHED&manager=%1&limit=%2")
                         .arg(sandbox.value(QStringLiteral("user")))
                         .arg(kActions))
            .value(QStringLiteral("pairs"))
            .toArray();
    for (const QJsonValue &v : found)
        pairs.append({v.toObject().value(QStringLiteral("api_id")).toString(),
                      v.toObject().value(QStringLiteral("instance_id")).toString()});
    if (pairs.size() != kActions) {
        std::fprintf(stderr, "bench_engine: only %d pairs\n", int(pairs.size()));
        return 2;
    }
    QTemporaryDir dir;
    Journal journal(dir.filePath(QStringLiteral("journal.sqlite")));
    if (!journal.open())
        return 2;
    ConnectionSettings settings = sandbox.settings();
    settings.rateLimits.dataServicePerWindow = kActionRate;
    settings.rateLimits.dataServiceWindowSeconds = 1;
    Session session(settings);
    BatchEngine engine(&session, &journal);
    qint64 runId = 0;
    const double seconds =
        runSeconds(engine, RunSpec::apiAction(pairs, ApiAction::Stop, QString()), &runId);
    if (seconds < 0)
        return 2;
    const std::optional<RunSummary> summary = journal.runSummary(runId);
    if (!summary || summary->count(ItemState::Success) != kActions) {
        std::fprintf(stderr, "bench_engine: not every action succeeded\n");
        return 2;
    }
    const QJsonObject stats = sandbox.control(QStringLiteral("/__sandbox/stats"));
    const QJsonObject requests = stats.value(QStringLiteral("requests")).toObject();
    const double total = requests.value(QStringLiteral("total")).toDouble();
    const double throttled = requests.value(QStringLiteral("by_status"))
                                 .toObject()
                                 .value(QStringLiteral("429"))
                                 .toDouble();
    const double ideal = double(kActions) / kActionRate;
    report.note(QStringLiteral("engine_actions_wall_s"), seconds, QStringLiteral("s"));
    report.note(QStringLiteral("engine_actions_requests"), total, QStringLiteral("requests"));
    report.report(QStringLiteral("engine_actions_efficiency"), ideal / seconds,
                  QStringLiteral("x_rate_bound"), QStringLiteral(">="), 0.90);
    report.report(QStringLiteral("engine_actions_429_percent"), 100.0 * throttled / total,
                  QStringLiteral("%"), QStringLiteral("<="), 1.0);
    return 0;
}

int offline(BenchReport &report)
{
    Sandbox sandbox({QStringLiteral("--tables"), QStringLiteral("30000"), QStringLiteral("--apis"),
                     QStringLiteral("10"), QStringLiteral("--rate-limit"),
                     QStringLiteral("%1/1").arg(kWriteRate)});
    if (!sandbox.ok())
        return 2;
    QList<BizInfo> entities;
    for (const QString &type :
         {QStringLiteral("TABLE_MODEL"), QStringLiteral("TABLE_MODEL_LOGIC"),
          QStringLiteral("DIMENSION_LOGIC_TABLE"), QStringLiteral("FACT_LOGIC_TABLE"),
          QStringLiteral("AGGREGATION_LOGIC_TABLE")}) {
        const QJsonArray found =
            sandbox
                .control(QStringLiteral("/__sandbox/entities?biz_type=%1&status=PUBLISHED&limit=%2")
                             .arg(type)
                             .arg(kEntities - entities.size()))
                .value(QStringLiteral("entities"))
                .toArray();
        for (const QJsonValue &v : found)
            entities.append(
                {v.toObject().value(QStringLiteral("id")).toString(), type, EnvType::Unknown});
        if (entities.size() >= kEntities)
            break;
    }
    if (entities.size() != kEntities) {
        std::fprintf(stderr, "bench_engine: only %d published entities\n", int(entities.size()));
        return 2;
    }
    QTemporaryDir dir;
    Journal journal(dir.filePath(QStringLiteral("journal.sqlite")));
    if (!journal.open())
        return 2;
    Session session(sandbox.settings());
    // The write bucket at the sandbox's rate (RateLimits counts writes per minute).
    session.rateLimiter(Service::ArchitectureWrite)->setRate(kWriteRate, 1000);
    BatchEngine engine(&session, &journal);
    ApprovalBatchRequest options;
    options.approverUserId = sandbox.value(QStringLiteral("user_id"));
    options.approverUserName = sandbox.value(QStringLiteral("user"));
    options.fastApproval = true;
    RunSpec spec = RunSpec::approvalBatch(RunKind::BatchOffline, entities, options);
    spec.chunkSize = kChunk;
    qint64 runId = 0;
    const double seconds = runSeconds(engine, spec, &runId);
    if (seconds < 0)
        return 2;
    const std::optional<RunSummary> summary = journal.runSummary(runId);
    if (!summary || summary->count(ItemState::Success) != kEntities) {
        std::fprintf(stderr, "bench_engine: not every entity went offline\n");
        return 2;
    }
    const double ideal = double(kEntities / kChunk) / kWriteRate;
    report.note(QStringLiteral("engine_offline_wall_s"), seconds, QStringLiteral("s"));
    report.report(QStringLiteral("engine_offline_efficiency"), ideal / seconds,
                  QStringLiteral("x_rate_bound"), QStringLiteral(">="), 0.90);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dataarts.http.info=false"));
    BenchReport report(argc, argv);
    int status = 0;
    if (report.wanted(QStringLiteral("engine_actions_efficiency")) ||
        report.wanted(QStringLiteral("engine_actions_429_percent")))
        status = qMax(status, actions(report));
    if (report.wanted(QStringLiteral("engine_offline_efficiency")))
        status = qMax(status, offline(report));
    if (status != 0)
        return status;
    return report.allPassed() ? 0 : 1;
}
