// The Tables pane's model with 100,000 records, as the pane holds it: TablesModel behind
// RecordFilterProxy in a shown (offscreen) QTableView with the badge delegate.
//
// panes_populate_100k_vs_decode: decoding 1,000 all-tables pages of 100 (sandbox-shaped
//   JSON, the strict streaming DTO decoder, as ListAllTablesJob does) and appending
//   each page to the model, over decoding the same pages alone. Median of five alternating
//   rounds. Events are not processed between pages (repainting is not the model's cost).
// panes_filter_keystroke_100k_vs_contains: one keystroke in the instant filter (typing
//   words letter by letter over 100,000 rows; the proxy's work and the view's reaction to
//   it, without the repaint), median over a median keystroke of a plain loop calling
//   QString::contains(word, Qt::CaseInsensitive) over the same 100,000 names.
//   panes_filter_keystroke_100k_p95_ms: the 95th percentile of those keystrokes.
// panes_rss_per_row: resident memory growth per loaded row (model, proxy and view), in
//   bytes, after giving freed memory back to the system (Linux only).
// panes_sort_100k_by_name_ms: one click on the Name header (a figure, no goal), and
//   panes_filter_keystroke_100k_sorted_median_ms: the keystrokes again, sorted by name.
#include "BenchReport.h"

#include "panes/common/RecordFilterProxy.h"
#include "panes/common/StatusBadgeDelegate.h"
#include "panes/tables/TablesModel.h"

#include "dto/Envelopes.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>

#include <algorithm>
#include <memory>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace dataarts;
using namespace dataarts::ui;

namespace {

constexpr int kRecords = 100000;
constexpr int kPerPage = 100;

const char16_t *const kSubjects[] = {u"销售", u"客户", u"交易", u"商品", u"库存", u"支付",
                                     u"物流", u"会员", u"门店", u"营销", u"财务", u"供应链"};
const char *const kSubjectCodes[] = {"sales",     "customer",  "trade",     "product",
                                     "inventory", "payment",   "logistics", "member",
                                     "store",     "marketing", "finance",   "supply_chain"};
const char16_t *const kObjects[] = {u"订单", u"客户", u"商品",   u"账户",
                                    u"发票", u"退款", u"优惠券", u"仓库"};
const char *const kObjectCodes[] = {"order",   "customer", "sku",    "account",
                                    "invoice", "refund",   "coupon", "warehouse"};
const char16_t *const kGrains[] = {u"明细", u"日汇总", u"快照", u"流水", u"档案", u"事件"};
const char *const kGrainCodes[] = {"detail",  "summary_1d", "snapshot",
                                   "journal", "profile",    "event"};
const char *const kTypes[] = {"TABLE_MODEL",       "TABLE_MODEL",
                              "TABLE_MODEL_LOGIC", "DIMENSION_LOGIC_TABLE",
                              "FACT_LOGIC_TABLE",  "AGGREGATION_LOGIC_TABLE"};
const char *const kStatuses[] = {
    "PUBLISHED", "PUBLISHED", "PUBLISHED",          "DRAFT",
    "OFFLINE",   "REJECT",    "PUBLISH_DEVELOPING", "OFFLINE_DEVELOPING"};
const char *const kLayers[] = {"ods", "dwd", "dws", "dim", "ads"};
const char *const kWarehouses[] = {"DLI", "DWS", "MRS_HIVE", "POSTGRESQL", "CLICKHOUSE", "DORIS"};

template <typename T, size_t N>
constexpr int count(const T (&)[N])
{
    return int(N);
}

QString latin(const char *s)
{
    return QString::fromLatin1(s);
}

// One record shaped like the sandbox's all-tables record (every field it sends).
QJsonObject record(int i)
{
    const int s = i % count(kSubjects), o = (i / 7) % count(kObjects), g = (i / 3) % count(kGrains);
    const QString serial = QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0'));
    const QString layer = latin(kLayers[i % count(kLayers)]);
    const QString name = i % 6 == 0
                             ? QStringLiteral("%1 %2 %3 %4")
                                   .arg(latin(kSubjectCodes[s]), latin(kObjectCodes[o]),
                                        latin(kGrainCodes[g]), serial)
                             : QString::fromUtf16(kSubjects[s]) + QString::fromUtf16(kObjects[o]) +
                                   QString::fromUtf16(kGrains[g]) + QStringLiteral("表_") + serial;
    const QString code = layer + QLatin1Char('_') + latin(kSubjectCodes[s]) + QLatin1Char('_') +
                         latin(kObjectCodes[o]) + QLatin1Char('_') + latin(kGrainCodes[g]) +
                         QLatin1Char('_') + serial;
    const QString dw = latin(kWarehouses[i % count(kWarehouses)]);
    const QString time =
        QDateTime::fromMSecsSinceEpoch(1714521600000LL + qint64(i) * 61000, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
    return QJsonObject{
        {QStringLiteral("id"), QString::number(1229920251379118081LL + i)},
        {QStringLiteral("name"), name},
        {QStringLiteral("code"), code},
        {QStringLiteral("biz_type"), latin(kTypes[i % count(kTypes)])},
        {QStringLiteral("status"), latin(kStatuses[i % count(kStatuses)])},
        {QStringLiteral("db_name"), QString(layer + QStringLiteral("_db"))},
        {QStringLiteral("dw_type"), dw},
        {QStringLiteral("queue_name"),
         dw == QLatin1String("DLI") ? QJsonValue(QStringLiteral("default")) : QJsonValue()},
        {QStringLiteral("schema"),
         dw == QLatin1String("DWS") ? QJsonValue(QStringLiteral("public")) : QJsonValue()},
        {QStringLiteral("create_by"), QStringLiteral("zhao_lei")},
        {QStringLiteral("tenant_id"), QStringLiteral("08a84a897b93e035cfdeb99730e2c228")},
        {QStringLiteral("description"), QString(name + QStringLiteral(" (seeded)"))},
        {QStringLiteral("create_time"), time},
        {QStringLiteral("update_time"), time},
        {QStringLiteral("l1"), QString::fromUtf16(kSubjects[s])},
        {QStringLiteral("l2"), QString::fromUtf16(kObjects[o])},
        {QStringLiteral("l3"), QString::fromUtf16(kGrains[g])},
        {QStringLiteral("workspace_id"), QStringLiteral("a8d4b6ed36fd8cd18e477f51745e2ce9")},
        {QStringLiteral("workspace_name"), QStringLiteral("sandbox_workspace")},
        {QStringLiteral("env_type"), QStringLiteral("DEV_TYPE")},
    };
}

QList<QByteArray> makePages()
{
    QList<QByteArray> pages;
    for (int first = 0; first < kRecords; first += kPerPage) {
        QJsonArray records;
        for (int i = first; i < first + kPerPage; ++i)
            records.append(record(i));
        const QJsonObject value{{QStringLiteral("total"), kRecords},
                                {QStringLiteral("records"), records}};
        const QJsonObject body{
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("value"), value}}}};
        pages.append(QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    return pages;
}

// What ListAllTablesJob::decode does with a page (after the parse ApiJob does).
Page<AllTable> decode(const QByteArray &bytes)
{
    Page<AllTable> page;
    DecodeError error;
    if (!envelope::architecturePageOf(bytes, &page, &error))
        qFatal("bench_panes: a generated page does not decode");
    return page;
}

// The pane's model stack.
struct Stack {
    TablesModel model;
    RecordFilterProxy proxy;
    QTableView view;
    Stack()
    {
        proxy.setSourceModel(&model);
        view.setItemDelegate(new StatusBadgeDelegate(&view));
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->hide();
        view.horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.resize(1200, 700);
        view.show();
        QCoreApplication::processEvents();
    }
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

qint64 residentBytes()
{
#ifdef Q_OS_LINUX
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
#else
    return -1;
#endif
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    BenchReport report(argc, argv);
    const QString populateName = QStringLiteral("panes_populate_100k_vs_decode");
    const QString filterName = QStringLiteral("panes_filter_keystroke_100k_vs_contains");
    const QString p95Name = QStringLiteral("panes_filter_keystroke_100k_p95_ms");
    const QString rssName = QStringLiteral("panes_rss_per_row");
    const QString sortName = QStringLiteral("panes_sort_100k_by_name_ms");
    if (!report.wanted(populateName) && !report.wanted(filterName) && !report.wanted(p95Name) &&
        !report.wanted(rssName) && !report.wanted(sortName))
        return 0;

    const QList<QByteArray> pages = makePages();

    // Memory first, while the heap is fresh.
    if (report.wanted(rssName)) {
        const qint64 before = residentBytes();
        auto stack = std::make_unique<Stack>();
        for (const QByteArray &bytes : pages)
            stack->model.addRecords(decode(bytes).records);
        QCoreApplication::processEvents();
        const qint64 after = residentBytes();
        if (before > 0 && after > 0)
            report.report(rssName, double(after - before) / kRecords, QStringLiteral("bytes"),
                          QStringLiteral("<="), 1024);
    }

    if (report.wanted(populateName)) {
        std::vector<double> bare, populate;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer timer;
            timer.start();
            qsizetype decoded = 0;
            for (const QByteArray &bytes : pages)
                decoded += decode(bytes).records.size();
            bare.push_back(timer.nsecsElapsed() / 1e9);
            if (decoded != kRecords)
                qFatal("bench_panes: decoded %lld records", qlonglong(decoded));

            auto stack = std::make_unique<Stack>();
            timer.restart();
            for (const QByteArray &bytes : pages)
                stack->model.addRecords(decode(bytes).records);
            populate.push_back(timer.nsecsElapsed() / 1e9);
            if (stack->proxy.rowCount() != kRecords)
                qFatal("bench_panes: the proxy shows %d rows", stack->proxy.rowCount());
        }
        report.note(QStringLiteral("panes_decode_100k_ms"), median(bare) * 1000,
                    QStringLiteral("ms"));
        report.report(populateName, median(populate) / median(bare), QStringLiteral("x_decode"),
                      QStringLiteral("<="), 1.5);
    }

    if (report.wanted(filterName) || report.wanted(p95Name) || report.wanted(sortName)) {
        Stack stack;
        for (const QByteArray &bytes : pages)
            stack.model.addRecords(decode(bytes).records);
        QCoreApplication::processEvents();
        QStringList names;
        names.reserve(kRecords);
        for (int row = 0; row < kRecords; ++row)
            names.append(stack.model.record(row).name);

        const QStringList words = {QStringLiteral("order"), QStringLiteral("客户档案"),
                                   QStringLiteral("snapshot"), QStringLiteral("00042"),
                                   QStringLiteral("销售订单")};
        std::vector<double> keystrokes, loops;
        volatile int sink = 0;
        for (int round = 0; round < 3; ++round) {
            for (const QString &word : words) {
                stack.proxy.setInstantFilter(QString());
                QCoreApplication::processEvents();
                for (int length = 1; length <= word.size(); ++length) {
                    const QString typed = word.left(length);
                    QElapsedTimer timer;
                    timer.start();
                    int matches = 0;
                    for (const QString &name : std::as_const(names))
                        matches += name.contains(typed, Qt::CaseInsensitive) ? 1 : 0;
                    loops.push_back(timer.nsecsElapsed() / 1e6);
                    sink = sink + matches;

                    timer.restart();
                    stack.proxy.setInstantFilter(typed);
                    keystrokes.push_back(timer.nsecsElapsed() / 1e6);
                    QCoreApplication::processEvents(); // the repaint, not timed
                }
            }
        }
        report.note(QStringLiteral("panes_contains_loop_100k_ms"), median(loops),
                    QStringLiteral("ms"));
        report.report(filterName, median(keystrokes) / median(loops), QStringLiteral("x_contains"),
                      QStringLiteral("<="), 3.0);
        report.note(p95Name, percentile(keystrokes, 0.95), QStringLiteral("ms"));

        stack.proxy.setInstantFilter(QString());
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        stack.view.sortByColumn(TablesModel::Name, Qt::AscendingOrder);
        report.note(sortName, timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));

        // The same keystrokes with the rows sorted by name (the kept rows are sorted again).
        QCoreApplication::processEvents();
        std::vector<double> sorted;
        for (const QString &word : words) {
            stack.proxy.setInstantFilter(QString());
            QCoreApplication::processEvents();
            for (int length = 1; length <= word.size(); ++length) {
                timer.restart();
                stack.proxy.setInstantFilter(word.left(length));
                sorted.push_back(timer.nsecsElapsed() / 1e6);
                QCoreApplication::processEvents();
            }
        }
        report.note(QStringLiteral("panes_filter_keystroke_100k_sorted_median_ms"), median(sorted),
                    QStringLiteral("ms"));
    }
    return report.allPassed() ? 0 : 1;
}
