#pragma once

#include "batch/RunSpec.h"
#include "client/ApiError.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace dataarts {

class Pager;
class Session;
class TableStatusLookup;

// What a batch offline or an API action would do to each of its targets, judged by the
// server's current state and nothing written (`offline --check`, `api-action --check`):
// - batch offline: the table's status in all-tables (PUBLISHED: will change; OFFLINE,
//   waiting for an approval, draft or not found: skip with it); types that cannot be
//   listed: not judged, the server does;
// - API actions: the clusters where the action is allowed now (ListInstanceList with
//   show_all, the server's cause when it is not).
// start(), then finished() once; a failed read fails the check.
class TargetCheck : public QObject
{
    Q_OBJECT
public:
    enum class Verdict { WillChange, Skip, NotJudged };
    struct Line {
        QString keyId;
        QString keyPart;
        QString name;   // from the listing, when there is one
        Verdict verdict = Verdict::NotJudged;
        QString reason; // translated; empty for WillChange
    };

    // spec: a BatchOffline or ApiAction spec (its items are the targets).
    TargetCheck(Session *session, RunSpec spec, QObject *parent = nullptr);

    void start();
    bool ok() const { return m_done && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    // In the order of the spec's items.
    const QList<Line> &lines() const { return m_lines; }
    static QString verdictName(Verdict verdict); // "will change", "skip", "not judged"

signals:
    void finished();

private:
    void readTables();
    void onTables();
    void nextApi();
    void finish(const ApiError &error);

    Session *m_session;
    RunSpec m_spec;
    QList<Line> m_lines;
    QStringList m_apis;
    QPointer<TableStatusLookup> m_lookup;
    ApiError m_error;
    bool m_done = false;
};

} // namespace dataarts
