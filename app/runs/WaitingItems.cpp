#include "WaitingItems.h"

#include "batch/RunSpec.h"
#include "journal/Journal.h"

#include <QHash>

#include <algorithm>

namespace dataarts {

QDateTime WaitingItem::dueAt() const
{
    return item.state == ItemState::Scheduled ? item.effectiveAt : QDateTime();
}

bool WaitingItem::waitsForApps() const
{
    return kind == RunKind::ApiAction && item.state == ItemState::Scheduled &&
           (action == QLatin1String("UNPUBLISH") || action == QLatin1String("STOP"));
}

namespace waitingItems {

bool isWaiting(ItemState state)
{
    return state == ItemState::Scheduled || state == ItemState::PendingApproval;
}

bool read(Journal &journal, QList<WaitingItem> *items, std::optional<qint64> runId)
{
    items->clear();
    QHash<qint64, RunSummary> runs;
    if (runId) {
        // One run: its items in their order, without searching the whole journal.
        const std::optional<RunRecord> record = journal.loadRun(*runId);
        if (!record)
            return false;
        for (const JournalItem &item : record->items) {
            if (!isWaiting(item.state))
                continue;
            WaitingItem w;
            w.runId = *runId;
            w.item = item;
            items->append(w);
        }
        runs.insert(*runId, record->run);
    } else {
        for (const ItemState state : {ItemState::Scheduled, ItemState::PendingApproval}) {
            JournalQuery query;
            query.state = state;
            query.limit = 1000;
            for (;;) {
                const ItemPage page = journal.searchItems(query);
                if (journal.error() != JournalError::None)
                    return false;
                for (const ItemHit &hit : page.items) {
                    WaitingItem w;
                    w.runId = hit.runId;
                    w.item = hit.item;
                    items->append(w);
                }
                query.offset += int(page.items.size());
                if (page.items.isEmpty() || query.offset >= page.total)
                    break;
            }
        }
        std::sort(items->begin(), items->end(), [](const WaitingItem &a, const WaitingItem &b) {
            return a.runId != b.runId ? a.runId < b.runId : a.item.id < b.item.id;
        });
    }
    for (WaitingItem &w : *items) {
        auto it = runs.find(w.runId);
        if (it == runs.end()) {
            const std::optional<RunSummary> summary = journal.runSummary(w.runId);
            if (!summary)
                return false;
            it = runs.insert(w.runId, *summary);
        }
        w.kind = it->kind;
        w.profileId = it->profileId;
        w.profileName = it->profileName;
        w.runCreatedAt = it->createdAt;
        if (w.kind == RunKind::ApiAction)
            w.action = it->parameters.value(runKeys::action()).toString();
    }
    return true;
}

QList<qint64> runIds(const QList<WaitingItem> &items)
{
    QList<qint64> ids;
    for (const WaitingItem &w : items) {
        if (!ids.contains(w.runId))
            ids.append(w.runId);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 secondsLeft(const QDateTime &due, const QDateTime &now)
{
    if (!due.isValid() || !now.isValid())
        return 0;
    return now.secsTo(due);
}

QString timeLeftText(const QDateTime &due, const QDateTime &now)
{
    if (!due.isValid() || !now.isValid())
        return QString();
    const qint64 seconds = secondsLeft(due, now);
    if (seconds <= 0)
        //: A scheduled change whose time has come: it is read again to see it done.
        return WaitingText::tr("due");
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days > 0)
        //: Time left: days and hours, e.g. "2 d 03 h".
        return WaitingText::tr("%1 d %2 h").arg(days).arg(hours % 24, 2, 10, QLatin1Char('0'));
    if (hours > 0)
        //: Time left: hours and minutes, e.g. "5 h 07 min".
        return WaitingText::tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    if (minutes > 0)
        return WaitingText::tr("%1 min").arg(minutes);
    return WaitingText::tr("under a minute");
}

} // namespace waitingItems
} // namespace dataarts
