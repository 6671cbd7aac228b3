#include "SettledRuns.h"

#include "dto/Enums.h"

#include <QLocale>

#include <algorithm>

namespace dataarts {

QList<SettledRun> SettledRuns::of(const QList<FollowUp::Item> &items)
{
    QList<SettledRun> runs;
    for (const FollowUp::Item &item : items) {
        if (item.outcome == FollowUp::Outcome::Waiting)
            continue;
        auto run = std::find_if(runs.begin(), runs.end(), [&item](const SettledRun &r) {
            return r.runId == item.before.runId;
        });
        if (run == runs.end()) {
            runs.append({item.before.runId, item.before.kind, item.before.action, 0, 0});
            run = runs.end() - 1;
        }
        ++(item.outcome == FollowUp::Outcome::TookEffect ? run->tookEffect : run->refused);
    }
    return runs;
}

int SettledRuns::tookEffect(const QList<SettledRun> &runs)
{
    int n = 0;
    for (const SettledRun &run : runs)
        n += run.tookEffect;
    return n;
}

int SettledRuns::refused(const QList<SettledRun> &runs)
{
    int n = 0;
    for (const SettledRun &run : runs)
        n += run.refused;
    return n;
}

QString SettledRuns::tookEffectText(const SettledRun &run)
{
    const int n = run.tookEffect;
    switch (run.kind) {
    case RunKind::BatchOffline:
        return tr("%Ln entity(ies) taken offline", nullptr, n);
    case RunKind::BatchPublish:
        return tr("%Ln entity(ies) published", nullptr, n);
    case RunKind::ApiAction:
        switch (decodeEnum<ApiAction>(run.action).value) {
        case ApiAction::Stop:
            return tr("%Ln API(s) stopped", nullptr, n);
        case ApiAction::Recover:
            return tr("%Ln API(s) recovered", nullptr, n);
        case ApiAction::Unpublish:
            return tr("%Ln API(s) unpublished", nullptr, n);
        default:
            break;
        }
        break;
    default:
        break;
    }
    return tr("%Ln item(s) took effect", nullptr, n);
}

QString SettledRuns::line(const SettledRun &run)
{
    QString what;
    if (run.tookEffect > 0 && run.refused > 0) {
        //: What took effect, then what was refused: "3 APIs stopped; 1 refused".
        what = tr("%1; %2").arg(tookEffectText(run), tr("%Ln refused", nullptr, run.refused));
    } else if (run.tookEffect > 0) {
        what = tookEffectText(run);
    } else {
        what = tr("%Ln refused", nullptr, run.refused);
    }
    return tr("Run %1: %2").arg(QLocale().toString(run.runId), what);
}

QString SettledRuns::title(const QList<SettledRun> &runs)
{
    const int took = tookEffect(runs);
    const int refusedCount = refused(runs);
    if (refusedCount == 0)
        return tr("%Ln waiting change(s) took effect", nullptr, took);
    return tr("%Ln waiting change(s) took effect or were refused", nullptr, took + refusedCount);
}

QString SettledRuns::text(const QList<SettledRun> &runs)
{
    QStringList lines;
    for (const SettledRun &run : runs)
        lines.append(line(run));
    return lines.join(QLatin1Char('\n'));
}

} // namespace dataarts
