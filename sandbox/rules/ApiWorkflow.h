#pragma once

#include "core/Text.h"
#include "data/ApiStore.h"
#include "data/ReviewStore.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace dataarts::sandbox {

class IdFactory;
class SandboxClock;
class Scheduler;
class Stats;
struct User;

// The DataService rules (dataarts-api.md sections 4.1 and 5b): UNPUBLISH / STOP / RECOVER
// per API x cluster, the two-day notice to authorized apps through messages, the reviewer
// approving a RECOVER, and the scheduled changes.
class ApiWorkflow
{
public:
    ApiWorkflow(ApiStore &apis, ReviewStore &reviews, Scheduler &scheduler, Stats &stats,
                const SandboxClock &clock, IdFactory &ids)
        : m_apis(apis)
        , m_reviews(reviews)
        , m_scheduler(scheduler)
        , m_stats(stats)
        , m_clock(clock)
        , m_ids(ids)
    {}

    // Error codes the sandbox picked where the documentation names none (see README).
    static constexpr const char *NotReviewerCode = "DLM.4093";
    static constexpr const char *InProgressCode = "DLM.4095";
    static constexpr const char *RecordNotFoundCode = "DLM.4205";
    static constexpr const char *IllegalActionCode = "DLM.4182";

    struct Failure {
        QString code;
        Text message;
    };

    static bool allowed(ApiStatus status, ApiAction action);

    // POST .../instances/{instance_id}/action on a pair.
    std::optional<Failure> act(int pairIndex, ApiAction action, std::optional<qint64> timeMs,
                               const User &caller);

    // POST /service/messages.
    std::optional<Failure> confirmMessage(const QString &id, int action,
                                          std::optional<qint64> timeMs, const User &caller);

    // POST /service/applys: all or nothing.
    std::optional<Failure> review(const QStringList &ids, bool approve, const User &caller);

    // Opens the notice of an UNPUBLISH / STOP with apps: one message per authorized app,
    // and the deadline. Does not change the pair's status (seeding uses it too).
    void createNotice(int pairIndex, ApiAction action, qint64 effectiveMs,
                      const QString &requestedBy, qint64 nowMs);
    // Opens a RECOVER or PUBLISH application for the API's reviewer. Does not change the
    // pair's status (seeding uses it too).
    QString createApplication(int pairIndex, ApplyType type, const QString &requestedBy,
                              qint64 nowMs);

    // atMs: when the change happened on the sandbox clock (default: now); a change that
    // came due while the clock jumped forward is dated at its due time.
    void setStatus(Pair &pair, ApiStatus status, qint64 atMs = -1);

private:
    void complete(int pendingIndex, bool byDeadline, qint64 atMs);
    void checkConfirmed(int pendingIndex, qint64 atMs);

    ApiStore &m_apis;
    ReviewStore &m_reviews;
    Scheduler &m_scheduler;
    Stats &m_stats;
    const SandboxClock &m_clock;
    IdFactory &m_ids;
};

} // namespace dataarts::sandbox
