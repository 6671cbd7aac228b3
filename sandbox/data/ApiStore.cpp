#include "ApiStore.h"

#include "EntityStore.h"
#include "Vocabulary.h"
#include "core/IdFactory.h"
#include "core/Rng.h"

#include <algorithm>
#include <iterator>

namespace dataarts::sandbox {

namespace {

const QStringList &apiStatusNames()
{
    static const QStringList names = {
        QStringLiteral("API_STATUS_CREATED"),
        QStringLiteral("API_STATUS_PUBLISH_WAIT_REVIEW"),
        QStringLiteral("API_STATUS_PUBLISH_REJECT"),
        QStringLiteral("API_STATUS_PUBLISHED"),
        QStringLiteral("API_STATUS_WAITING_STOP"),
        QStringLiteral("API_STATUS_STOPPED"),
        QStringLiteral("API_STATUS_RECOVER_WAIT_REVIEW"),
        QStringLiteral("API_STATUS_WAITING_OFFLINE"),
        QStringLiteral("API_STATUS_OFFLINE"),
        QStringLiteral("API_STATUS_OFFLINE_WAIT_REVIEW"),
    };
    return names;
}

// The first pairs walk through every status so small sandboxes have them all.
const ApiStatus kCycle[] = {
    ApiStatus::Published,         ApiStatus::Stopped,           ApiStatus::Offline,
    ApiStatus::Created,           ApiStatus::PublishWaitReview, ApiStatus::PublishReject,
    ApiStatus::RecoverWaitReview, ApiStatus::WaitingStop,       ApiStatus::WaitingOffline,
};

ApiStatus seededStatus(quint64 h)
{
    const int p = int(h % 100);
    if (p < 55)
        return ApiStatus::Published;
    if (p < 67)
        return ApiStatus::Stopped;
    if (p < 75)
        return ApiStatus::Offline;
    if (p < 85)
        return ApiStatus::Created;
    if (p < 88)
        return ApiStatus::PublishWaitReview;
    if (p < 91)
        return ApiStatus::PublishReject;
    if (p < 94)
        return ApiStatus::RecoverWaitReview;
    if (p < 97)
        return ApiStatus::WaitingStop;
    return ApiStatus::WaitingOffline;
}

bool mayHaveApps(ApiStatus s)
{
    return s == ApiStatus::Published || s == ApiStatus::Stopped || s == ApiStatus::WaitingStop ||
           s == ApiStatus::WaitingOffline || s == ApiStatus::RecoverWaitReview;
}

QString camel(const QString &snake)
{
    QString out;
    bool upper = false;
    for (const QChar c : snake) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

} // namespace

QString apiStatusName(ApiStatus status)
{
    return apiStatusNames().at(int(status));
}

std::optional<ApiStatus> parseApiStatus(const QString &name)
{
    const int i = int(apiStatusNames().indexOf(name));
    if (i < 0)
        return std::nullopt;
    return ApiStatus(i);
}

QString apiActionName(ApiAction action)
{
    switch (action) {
    case ApiAction::Unpublish:
        return QStringLiteral("UNPUBLISH");
    case ApiAction::Stop:
        return QStringLiteral("STOP");
    case ApiAction::Recover:
        return QStringLiteral("RECOVER");
    case ApiAction::Publish:
        return QStringLiteral("PUBLISH");
    }
    return QString();
}

QString ApiStore::pairKey(const Pair &p) const
{
    return apis[size_t(p.api)].id + QLatin1Char('/') + clusters[size_t(p.cluster)].id;
}

ApiStore::ApiStore(quint64 seed, int apiCount, int clusterCount, IdFactory &ids,
                   const EntityStore &entities)
{
    using namespace vocabulary;
    Rng rng(Rng::mix(seed, 0xA915));
    const qint64 epoch = EntityStore::SeedEpochMs;

    static const char16_t *const regions[] = {u"华北-北京四", u"华东-上海一", u"华南-广州"};
    for (int c = 0; c < clusterCount; ++c) {
        Cluster cl;
        cl.id = ids.nextHex();
        cl.name = QStringLiteral("dlm-exclusive-%1").arg(c + 1, 2, 10, QLatin1Char('0'));
        cl.description = QStringLiteral("数据服务专享版集群 %1（%2）")
                             .arg(c + 1)
                             .arg(QString::fromUtf16(regions[c % 3]));
        cl.intranetAddress = QStringLiteral("192.168.%1.%2:80").arg(c + 10).arg(rng.range(10, 250));
        cl.externalAddress = QStringLiteral("100.85.%1.%2:443").arg(c + 20).arg(rng.range(10, 250));
        cl.createUser = QStringLiteral("sandbox_admin");
        cl.nodes = 2 + c % 3;
        cl.createMs = epoch - (500 - c) * EntityStore::DayMs;
        m_clusterIndex.insert(cl.id, c);
        clusters.push_back(cl);
    }
    m_busy.assign(size_t(clusterCount), false);

    static const char *const owners[] = {"zhao_lei", "chen_jing", "sandbox_admin", "liu_yang"};
    for (int a = 0; a < 12; ++a) {
        App app;
        app.id = ids.nextHex();
        const Word &s = subject(Rng::mix(seed, 700 + a));
        app.name = a % 3 == 2
                       ? QString(en(s) + QStringLiteral("_portal_app"))
                       : QString(zh(s) + QStringLiteral("中心应用") + QString::number(a + 1));
        app.owner = QString::fromLatin1(owners[a % 4]);
        app.description = QStringLiteral("Consumer app of the %1 team").arg(en(s));
        app.createMs = epoch - (300 - a) * EntityStore::DayMs;
        m_appIndex.insert(app.id, a);
        apps.push_back(app);
    }

    static const char *const types[] = {
        "API_SPECIFIC_TYPE_CONFIGURATION", "API_SPECIFIC_TYPE_CONFIGURATION",
        "API_SPECIFIC_TYPE_CONFIGURATION", "API_SPECIFIC_TYPE_CONFIGURATION",
        "API_SPECIFIC_TYPE_SCRIPT",        "API_SPECIFIC_TYPE_SCRIPT",
        "API_SPECIFIC_TYPE_REGISTER",      "API_SPECIFIC_TYPE_MYBATIS",
        "API_SPECIFIC_TYPE_GROOVY",        "API_SPECIFIC_TYPE_CONFIGURATION",
    };
    const int tableCount = entities.tableCount();
    for (int i = 0; i < apiCount; ++i) {
        const quint64 h = Rng::mix(seed ^ 0xA915ULL, quint64(i));
        const Word &v = verb(h);
        const Word &s = subject(h >> 8);
        const Word &o = object(h >> 16);
        Api api;
        api.id = ids.nextHex();
        const QString number = QString::number(i).rightJustified(4, QLatin1Char('0'));
        if ((h >> 24) % 4 == 0)
            api.name = camel(en(v) + QLatin1Char('_') + en(s) + QLatin1Char('_') + en(o)) + number;
        else
            api.name = zh(v) + zh(s) + zh(o) + QStringLiteral("接口") + number;
        api.description = zh(v) + zh(s) + QStringLiteral("域的") + zh(o) + QStringLiteral("数据");
        api.type = QString::fromLatin1(types[(h >> 28) % 10]);
        api.manager = i % 5 == 1 ? QStringLiteral("wang_fang") : QStringLiteral("sandbox_admin");
        api.createUser = author(h >> 32);
        api.createMs = epoch - qint64((h >> 36) % 400) * EntityStore::DayMs - qint64(i) * 60000;
        api.updateMs = api.createMs + qint64((h >> 44) % 20) * EntityStore::DayMs;
        api.tags = {en(s), QStringLiteral("sandbox")};
        // Most CONFIGURATION and SCRIPT APIs read one table that has a database (not a
        // logical entity); the other kinds read none.
        const bool reads = api.type == QLatin1String("API_SPECIFIC_TYPE_CONFIGURATION") ||
                           api.type == QLatin1String("API_SPECIFIC_TYPE_SCRIPT");
        if (tableCount > 0 && reads && Rng::mix(h, 0x7AB1E) % 100 < 85) {
            const int table = entities.physicalTableAtOrAfter(int((h >> 40) % quint64(tableCount)));
            if (table >= 0) {
                api.tableIndex = table;
                api.tableName = entities.view(table).code;
                m_readers[table].append(i);
            }
        }
        api.path =
            QLatin1Char('/') + en(s) + QLatin1Char('/') + en(o) + QLatin1Char('/') + en(v) + number;
        api.requestType = (h >> 50) % 3 == 0 ? QStringLiteral("REQUEST_TYPE_POST")
                                             : QStringLiteral("REQUEST_TYPE_GET");
        m_apiIndex.insert(api.id, i);
        apis.push_back(api);

        for (int c = 0; c < clusterCount; ++c) {
            Pair p;
            p.api = i;
            p.cluster = c;
            const int ordinal = i * clusterCount + c;
            const quint64 ph = Rng::mix(h, quint64(c) + 1);
            p.status = ordinal < int(std::size(kCycle)) * 2
                           ? kCycle[size_t(ordinal) % std::size(kCycle)]
                           : seededStatus(ph);
            p.publishId = ids.nextHex();
            const int d = int((ph >> 12) % 100);
            p.debug = p.status == ApiStatus::Created || d >= 95
                          ? QStringLiteral("API_DEBUG_WAITING")
                      : d >= 90 ? QStringLiteral("API_DEBUG_FAILED")
                                : QStringLiteral("API_DEBUG_SUCCESS");
            const bool waiting =
                p.status == ApiStatus::WaitingStop || p.status == ApiStatus::WaitingOffline;
            // Pairs 0..17 alternate: even ordinals carry apps, odd ones do not.
            const bool withApps = ordinal < 18 ? ordinal % 2 == 0 : (ph >> 20) % 100 < 40;
            if (mayHaveApps(p.status) && (withApps || waiting)) {
                const int n = 1 + int((ph >> 28) % 3);
                for (int k = 0; k < n; ++k) {
                    const int app = int((ph >> (32 + 4 * k)) % apps.size());
                    if (!p.apps.contains(app))
                        p.apps.append(app);
                }
            }
            p.changedMs = api.updateMs;
            pairs.push_back(p);
        }
    }
    newestFirst.resize(apis.size());
    for (size_t i = 0; i < apis.size(); ++i)
        newestFirst[i] = int(i);
    std::stable_sort(newestFirst.begin(), newestFirst.end(), [this](int a, int b) {
        return apis[size_t(a)].createMs > apis[size_t(b)].createMs;
    });
}

} // namespace dataarts::sandbox
