#pragma once

#include "client/ApiError.h"
#include "dto/Enums.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace dataarts {

class ApiJob;
class ListApisJob;
class Pager;
class Session;

// The publish state of API x cluster pairs, read in bulk (dataarts-api.md section 4): pages
// of GET /v1/{pid}/service/apis with x-return-publish-messages while that is the cheaper
// way, GET .../apis/{api_id}/publish-info per API for the rest (or from the start when
// there are only a few APIs). Never one call per pair. start(), then finished() once.
class PublishStateLookup : public QObject
{
    Q_OBJECT
public:
    // At most this many APIs: publish-info per API, without listing.
    static constexpr int kDirectApis = 3;
    static constexpr int kPageSize = 100;
    static constexpr int kParallelReads = 4;

    // wanted: api id -> instance ids.
    PublishStateLookup(Session *session, QHash<QString, QSet<QString>> wanted,
                       QObject *parent = nullptr);

    void start();
    void cancel();

    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int reads() const { return m_reads; }

    // Whether the API exists (was listed or answered).
    bool hasApi(const QString &apiId) const { return m_apis.contains(apiId); }
    // The pair's status; Unknown (raw empty) when the API is not published on that cluster.
    KnownEnum<ApiStatus> state(const QString &apiId, const QString &instanceId) const;

signals:
    void finished();

private:
    void listPage(int offset);
    void onListPage(ListApisJob *job, int offset);
    void readDirect();
    void onDirectFinished(Pager *pager, const QString &apiId);
    void abortRunning();
    void finish(const ApiError &error);

    Session *m_session;
    QHash<QString, QSet<QString>> m_wanted;
    QSet<QString> m_unseen;
    QStringList m_direct; // APIs still to read one by one
    int m_directRunning = 0;
    QList<QObject *> m_running;
    QSet<QString> m_apis;
    QHash<QString, QHash<QString, KnownEnum<ApiStatus>>> m_states;
    ApiError m_error;
    int m_reads = 0;
    bool m_finished = false;
};

} // namespace dataarts
