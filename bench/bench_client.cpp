// decode_100k_tables: 100,000 all-tables records (1,000 pages of 100) decoded into AllTable
// DTOs through the jobs' own path (the strict streaming decoder over the raw bytes),
// relative to a bare QJsonDocument::fromJson of the same bytes.
// job_path_records_per_s_per_core: the same listing through the full job path (Session,
// signing, QNetworkAccessManager, Pager, ListAllTablesJob) against a dataarts-sandbox child
// process with --rate-limit off and zero latency, per CPU second of this process.
#include "BenchReport.h"

#include "client/Pager.h"
#include "client/Session.h"
#include "client/jobs/ListAllTablesJob.h"
#include "dto/AllTable.h"
#include "dto/BizType.h"
#include "dto/Envelopes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>

#include <sys/resource.h>

using namespace dataarts;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Pages shaped like the sandbox's and the documented AllTableVO: 18-19 digit string ids,
// Chinese and English names, every status and table type.
QList<QByteArray> makePages(int pages, int perPage)
{
    QRandomGenerator rng(42);
    static const char *const statuses[] = {
        "DRAFT", "PUBLISH_DEVELOPING", "PUBLISHED", "OFFLINE_DEVELOPING", "OFFLINE", "REJECT"};
    static const char *const dwTypes[] = {"DLI", "DWS", "MRS_HIVE", "POSTGRESQL"};
    static const char *const names[] = {"客户信息表",       "订单明细", "dim_product",
                                        "fact_sales_daily", "门店维度", "agg_revenue_monthly"};
    const QStringList &types = bizTypes::tableTypes();
    QList<QByteArray> out;
    qint64 id = 885123875376193536LL;
    for (int p = 0; p < pages; ++p) {
        QByteArray page = R"({"data":{"value":{"total":)" +
                          QByteArray::number(qint64(pages) * perPage) + R"(,"records":[)";
        for (int i = 0; i < perPage; ++i) {
            ++id;
            const int n = int(rng.bounded(6));
            if (i > 0)
                page += ',';
            page +=
                R"({"id":")" + QByteArray::number(id) + R"(","name":")" + names[n] + '_' +
                QByteArray::number(p * perPage + i) + R"(","code":"tbl_)" +
                QByteArray::number(id % 100000) + R"(","biz_type":")" +
                types.at(int(rng.bounded(5))).toLatin1() + R"(","status":")" +
                statuses[rng.bounded(6)] + R"(","db_name":"dwd_)" + QByteArray::number(n) +
                R"(","dw_type":")" + dwTypes[rng.bounded(4)] +
                R"(","workspace_id":"e6a6b5d4f1b0419f9ea3f0bd0c08ef2e","update_time":"2026-02-)" +
                QByteArray::number(10 + n) + R"(T10:45:53+08:00"})";
        }
        page += "]}}}";
        out.append(page);
    }
    return out;
}

void decodeBenchmark(BenchReport &report)
{
    const QList<QByteArray> pages = makePages(1000, 100);
    volatile qsizetype sink = 0;
    const auto bare = [&] {
        for (const QByteArray &page : pages)
            sink = sink + QJsonDocument::fromJson(page).object().size();
    };
    qint64 records = 0;
    const auto full = [&] {
        records = 0;
        for (const QByteArray &page : pages) {
            Page<AllTable> result;
            DecodeError error;
            if (!envelope::architecturePageOf(page, &result, &error))
                qFatal("bench page does not decode: %s", qPrintable(error.toString()));
            records += result.records.size();
        }
    };
    bare(); // warm up
    full();
    double bareSeconds = 0;
    double fullSeconds = 0;
    for (int round = 0; round < 3; ++round) {
        bareSeconds += BenchReport::medianSeconds(1, bare);
        fullSeconds += BenchReport::medianSeconds(1, full);
    }
    if (records != 100000)
        qFatal("decoded %lld records instead of 100000", records);
    report.note(QStringLiteral("decode_100k_tables_records_per_s"), 3 * 100000.0 / fullSeconds,
                QStringLiteral("1/s"));
    report.report(QStringLiteral("decode_100k_tables"), fullSeconds / bareSeconds,
                  QStringLiteral("x_bare_parse"), QStringLiteral("<="), 2.0);
}

// Starts dataarts-sandbox (beside this executable) and reads its start-up lines.
bool startSandbox(QProcess &process, QUrl *url, QHash<QString, QString> *values)
{
    const QString program =
        QCoreApplication::applicationDirPath() + QStringLiteral("/dataarts-sandbox");
    process.setProgram(program);
    process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tables"),
                          QStringLiteral("100000"), QStringLiteral("--apis"), QStringLiteral("10"),
                          QStringLiteral("--rate-limit"), QStringLiteral("off")});
    process.start();
    if (!process.waitForStarted(10000))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        if (!process.canReadLine() && !process.waitForReadyRead(200)) {
            if (process.state() == QProcess::NotRunning)
                return false;
            continue;
        }
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (!url->isValid()) {
                *url = QUrl(line);
                continue;
            }
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq > 0)
                values->insert(line.left(eq), line.mid(eq + 1));
        }
        if (url->isValid() && values->contains(QStringLiteral("sk")) &&
            values->contains(QStringLiteral("workspace")))
            return true;
    }
    return false;
}

void jobPathBenchmark(BenchReport &report)
{
    QProcess sandbox;
    QUrl url;
    QHash<QString, QString> values;
    if (!startSandbox(sandbox, &url, &values)) {
        std::fprintf(stderr, "bench_client: dataarts-sandbox did not start (%s)\n",
                     qPrintable(QString::fromUtf8(sandbox.readAllStandardError())));
        report.report(QStringLiteral("job_path_records_per_s_per_core"), 0, QStringLiteral("1/s"),
                      QStringLiteral(">="), 5000);
        return;
    }
    ConnectionSettings s;
    s.endpoint = url;
    s.iamEndpoint = url;
    s.projectId = values.value(QStringLiteral("project_id"));
    s.workspace = values.value(QStringLiteral("workspace"));
    s.instanceId = values.value(QStringLiteral("instance_id"));
    s.akSk = {values.value(QStringLiteral("ak")), values.value(QStringLiteral("sk")).toUtf8(), {}};
    s.proxyMode = ProxyMode::None;
    s.rateLimits.architectureReadsPerMinute = 1000000; // the client's own limiter out of the way
    Session session(s);

    qint64 records = 0;
    Pager pager([&session] { return new ListAllTablesJob(&session); });
    QObject::connect(&pager, &Pager::pageReady, [&](ListJob *job) {
        records += static_cast<ListAllTablesJob *>(job)->result().records.size();
    });
    QElapsedTimer wall;
    const double cpuBefore = cpuSeconds();
    wall.start();
    QObject::connect(&pager, &Pager::finished, qApp, &QCoreApplication::quit);
    QTimer::singleShot(0, &pager, &Pager::start);
    QCoreApplication::exec();
    const double cpu = cpuSeconds() - cpuBefore;
    const double wallSeconds = wall.elapsed() / 1000.0;
    sandbox.terminate();
    sandbox.waitForFinished(5000);
    if (!pager.ok()) {
        std::fprintf(stderr, "bench_client: listing failed: %s\n",
                     qPrintable(pager.error().message()));
        report.report(QStringLiteral("job_path_records_per_s_per_core"), 0, QStringLiteral("1/s"),
                      QStringLiteral(">="), 5000);
        return;
    }
    report.note(QStringLiteral("job_path_records"), double(records), QStringLiteral("records"));
    report.note(QStringLiteral("job_path_records_per_s_wall"), records / wallSeconds,
                QStringLiteral("1/s"));
    report.report(QStringLiteral("job_path_records_per_s_per_core"), records / cpu,
                  QStringLiteral("1/s"), QStringLiteral(">="), 5000);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    BenchReport report(argc, argv);
    if (report.wanted(QStringLiteral("decode_100k_tables")))
        decodeBenchmark(report);
    if (report.wanted(QStringLiteral("job_path_records_per_s_per_core")))
        jobPathBenchmark(report);
    return report.allPassed() ? 0 : 1;
}
