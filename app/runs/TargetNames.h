#pragma once

#include "client/ApiError.h"
#include "journal/JournalRecords.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace dataarts {

class Session;
struct RunSpec;

// The names of a run's targets when no pane gave them (the CLI, after a run completed, so
// that a wrong key costs no more signatures than the run's key check): the entities of a
// batch offline are looked up in the all-tables listing (the published tables of the kinds
// in the run, as they were listed before the offline took effect, and those already
// waiting to go offline), and the pairs of an API action through the clusters listing and
// one ShowApi per distinct API (at most kMaxApis; beyond that the APIs keep their ids).
// What is found goes into the items' displayName (Journal::nameItems), so the report,
// History and the exports show it. Names are a help, never a condition: a target not found
// keeps its id, and a failed read only leaves names out (error() says why). start(), then
// finished() once.
class TargetNames : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxApis = 200;

    TargetNames(Session *session, const RunSpec &spec, QObject *parent = nullptr);
    ~TargetNames() override;

    void start();
    const ApiError &error() const { return m_error; }
    // Sets displayName on the items of `spec` whose name was found (and that have none).
    int apply(RunSpec *spec) const;

    // "API name @ cluster name" of an API x cluster pair, each part its id when unnamed;
    // empty when neither is named.
    static QString pairName(const QString &apiId, const QString &apiName, const QString &instanceId,
                            const QString &clusterName);

signals:
    void finished();

private:
    void lookUpTables();
    void lookUpClusters();
    void nextApi();
    void finish(const ApiError &error = {});

    Session *m_session;
    RunKind m_kind;
    QList<NewItem> m_items;
    QStringList m_apis; // still to show
    QHash<QString, QString> m_entityNames;  // biz_id -> name
    QHash<QString, QString> m_apiNames;     // api_id -> name
    QHash<QString, QString> m_clusterNames; // instance_id -> name
    QPointer<QObject> m_current;
    ApiError m_error;
    bool m_finished = false;
};

} // namespace dataarts
