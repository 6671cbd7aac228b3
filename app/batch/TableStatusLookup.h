#pragma once

#include "client/ApiError.h"
#include "dto/AllTable.h"
#include "dto/Enums.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace dataarts {

class ListJob;
class Pager;
class Session;

// Finds the status of given tables through GET /v2/{pid}/design/all-tables (dataarts-api.md
// section 3), which has no id filter: it walks the tables of the wanted kinds in each of the
// given statuses, changed within a time window, and keeps the wanted ids it meets. A wanted
// id it does not meet is in none of those statuses (or was not changed in the window).
// start(), then finished() once.
class TableStatusLookup : public QObject
{
    Q_OBJECT
public:
    struct Query {
        QStringList bizTypes; // some of bizTypes::tableTypes()
        QList<BizStatus> statuses;
        QDateTime begin; // the window (both or neither)
        QDateTime end;
    };

    TableStatusLookup(Session *session, Query query, QSet<QString> wantedIds,
                      QObject *parent = nullptr);

    void start();
    void cancel();

    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int reads() const { return m_reads; }
    // Wanted id -> its status, for those met.
    const QHash<QString, BizStatus> &statuses() const { return m_found; }
    // Wanted id -> the table as the listing gave it (name, code, database, ...).
    const QHash<QString, AllTable> &records() const { return m_records; }

signals:
    void finished();

private:
    void next();
    void onPage(ListJob *job);
    void onPagerFinished();
    void finish(const ApiError &error);

    Session *m_session;
    Query m_query;
    QSet<QString> m_wanted;
    QPointer<Pager> m_pager;
    int m_statusIndex = -1;
    QHash<QString, BizStatus> m_found;
    QHash<QString, AllTable> m_records;
    ApiError m_error;
    int m_reads = 0;
    bool m_complete = false;
    bool m_finished = false;
};

} // namespace dataarts
