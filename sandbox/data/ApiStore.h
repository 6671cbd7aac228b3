#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dataarts::sandbox {

class EntityStore;
class IdFactory;

// API status per cluster (API_STATUS_*, dataarts-api.md section 4).
enum class ApiStatus : quint8 {
    Created,
    PublishWaitReview,
    PublishReject,
    Published,
    WaitingStop,
    Stopped,
    RecoverWaitReview,
    WaitingOffline,
    Offline,
    OfflineWaitReview,
};
QString apiStatusName(ApiStatus status); // with the API_STATUS_ prefix
std::optional<ApiStatus> parseApiStatus(const QString &name);

// The actions of the action endpoint, and PUBLISH (only as a pending application).
enum class ApiAction { Unpublish, Stop, Recover, Publish };
QString apiActionName(ApiAction action);

struct Cluster {
    QString id;
    QString name;
    QString description;
    QString intranetAddress;
    QString externalAddress;
    QString createUser;
    int nodes = 2;
    qint64 createMs = 0;
};

struct App {
    QString id;
    QString name;
    QString owner;
    QString description;
    qint64 createMs = 0;
};

struct Api {
    QString id;
    QString name;
    QString description;
    QString type;    // API_SPECIFIC_TYPE_*
    QString manager; // the reviewer
    QString createUser;
    QString tableName;   // the datatable it reads (empty: none)
    int tableIndex = -1; // its entity, -1: none (REGISTER, MYBATIS, GROOVY and a few others)
    QString path;
    QString requestType;
    QStringList tags;
    qint64 createMs = 0;
    qint64 updateMs = 0;
};

// An API on one exclusive cluster.
struct Pair {
    int api = -1;
    int cluster = -1;
    ApiStatus status = ApiStatus::Created;
    QString debug = QStringLiteral("API_DEBUG_SUCCESS");
    QString publishId;
    QList<int> apps;  // authorized apps
    int pending = -1; // open PendingAction, if any
    qint64 changedMs = 0;
};

// An UNPUBLISH or STOP waiting for its effective time (or for every app to confirm), or a
// RECOVER or PUBLISH waiting for the reviewer.
struct PendingAction {
    int pair = -1;
    ApiAction action = ApiAction::Stop;
    qint64 effectiveMs = 0;
    QString requestedBy;
    QStringList records; // message or application ids
    bool open = true;
    quint64 task = 0; // scheduler task of the deadline
};

// DataService: clusters, apps, APIs and every API x cluster pair.
class ApiStore
{
public:
    ApiStore(quint64 seed, int apis, int clusters, IdFactory &ids, const EntityStore &entities);

    std::vector<Api> apis;
    std::vector<Cluster> clusters;
    std::vector<App> apps;
    std::vector<Pair> pairs; // api * clusters + cluster
    std::vector<PendingAction> pending;
    std::vector<int> newestFirst; // API indexes by create_time, newest first

    int apiIndex(const QString &id) const { return m_apiIndex.value(id, -1); }
    int clusterIndex(const QString &id) const { return m_clusterIndex.value(id, -1); }
    int appIndex(const QString &id) const { return m_appIndex.value(id, -1); }
    // The APIs reading entity `table`, in creation order.
    QList<int> readersOf(int table) const { return m_readers.value(table); }
    int pairIndex(int api, int cluster) const { return api * int(clusters.size()) + cluster; }
    Pair &pair(int api, int cluster) { return pairs[size_t(pairIndex(api, cluster))]; }
    QString pairKey(const Pair &p) const;

    // One action at a time per cluster.
    bool busy(int cluster) const { return m_busy[size_t(cluster)]; }
    void setBusy(int cluster, bool busy) { m_busy[size_t(cluster)] = busy; }

private:
    QHash<QString, int> m_apiIndex;
    QHash<QString, int> m_clusterIndex;
    QHash<QString, int> m_appIndex;
    QHash<int, QList<int>> m_readers;
    std::vector<bool> m_busy;
};

} // namespace dataarts::sandbox
