#pragma once

#include "FollowUp.h"

#include "runmodel/RunKind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dataarts {

// What one follow-up pass (FollowUp) moved to a final state, by run (issue 23): how many
// items of each run took effect and how many were refused, and the one-line summary the
// notification gives ("Run 12: 3 APIs stopped; 1 refused").
struct SettledRun {
    qint64 runId = 0;
    RunKind kind = RunKind::BatchOffline;
    QString action; // API actions: UNPUBLISH, STOP or RECOVER
    int tookEffect = 0;
    int refused = 0;
};

class SettledRuns
{
    Q_DECLARE_TR_FUNCTIONS(dataarts::SettledRuns)
public:
    // The runs with items that took effect or were refused, in the order followed; items
    // still waiting are left out.
    static QList<SettledRun> of(const QList<FollowUp::Item> &items);
    static int tookEffect(const QList<SettledRun> &runs);
    static int refused(const QList<SettledRun> &runs);
    // "Run 12: 3 APIs stopped; 1 refused" (numbers through QLocale).
    static QString line(const SettledRun &run);
    // A title for all of them: "3 waiting changes took effect".
    static QString title(const QList<SettledRun> &runs);
    // One line per run.
    static QString text(const QList<SettledRun> &runs);

private:
    static QString tookEffectText(const SettledRun &run);
};

} // namespace dataarts
