#include "SandboxWorld.h"

#include "core/Json.h"
#include "data/Vocabulary.h"

namespace dataarts::sandbox {

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;

} // namespace

SandboxWorld::SandboxWorld(const SandboxOptions &o)
    : options(o)
    , clock(o.clockOffsetSeconds)
    , seedRng(Rng::mix(o.seed, 0x5EED))
    , ids(o.seed)
    , users(options, seedRng)
    , tokens(o.seed)
    , directory(seedRng, ids, EntityStore::SeedEpochMs)
    , entities(o.seed, o.tables, ids, directory)
    , apis(o.seed, o.apis, o.clusters, ids, entities)
    , architecture(entities, approvals, ids, stats, clock)
    , dataService(apis, reviews, scheduler, stats, clock, ids)
    , catalog(o.seed, entities)
    , factory(o.seed, entities, catalog)
    , calls(o.seed, apis, clock.nowMs())
{
    for (const User &u : users.all()) {
        if (!u.approver)
            continue;
        Approver a;
        a.id = ids.nextShort();
        a.name = u.name;
        a.userId = u.id;
        a.email = u.email;
        a.userType = u.name == QLatin1String("sandbox_admin")
                         ? QStringLiteral("BIZ_METRIC_OWNER_AND_APPROVER")
                         : QStringLiteral("APPROVER");
        a.createMs = EntityStore::SeedEpochMs - 200LL * 86400 * 1000;
        approvals.approvers.append(a);
    }
    seedApprovals();
    seedReviewCenter();
}

void SandboxWorld::seedApprovals()
{
    // Every entity waiting for approval has its DEVELOPING approval; some published and
    // offline ones have the approval that got them there.
    for (int i = 0; i < entities.count(); ++i) {
        const BizStatus status = entities.status(i);
        const quint64 h = Rng::mix(options.seed ^ 0xA99ULL, quint64(i));
        const QString approver =
            h % 3 == 0 ? QStringLiteral("wang_fang") : QStringLiteral("sandbox_admin");
        const qint64 when = entities.updateMs(i);
        const QString by = entities.createBy(i);
        if (status == BizStatus::OfflineDeveloping) {
            architecture.createApproval(i, ApprovalType::Offline, ApprovalStatus::Developing, by,
                                        approver, QString(), when, BizStatus::Published);
        } else if (status == BizStatus::PublishDeveloping) {
            architecture.createApproval(i, ApprovalType::Publish, ApprovalStatus::Developing, by,
                                        approver, QString(), when, BizStatus::Draft);
        } else if ((status == BizStatus::Published || status == BizStatus::Offline) &&
                   (h >> 8) % 10 == 0) {
            const ApprovalType type =
                status == BizStatus::Published ? ApprovalType::Publish : ApprovalType::Offline;
            architecture.createApproval(i, type, ApprovalStatus::Approved, by, approver, QString(),
                                        when, status);
        } else if (status == BizStatus::Reject) {
            architecture.createApproval(i, ApprovalType::Publish, ApprovalStatus::Reject, by,
                                        approver, QString(), when, BizStatus::Draft);
        }
    }
}

void SandboxWorld::seedReviewCenter()
{
    const qint64 now = clock.nowMs();
    // Notices already running: effective in two days, rounded up to the hour.
    const qint64 deadline = ((now + 48 * kHourMs) / kHourMs + 1) * kHourMs;
    for (int p = 0; p < int(apis.pairs.size()); ++p) {
        const Pair &pair = apis.pairs[size_t(p)];
        const Api &api = apis.apis[size_t(pair.api)];
        const QString developer = api.manager == QLatin1String("wang_fang")
                                      ? QStringLiteral("sandbox_admin")
                                      : QStringLiteral("zhao_lei");
        switch (pair.status) {
        case ApiStatus::WaitingStop:
            dataService.createNotice(p, ApiAction::Stop, deadline, api.manager, now - 2 * kHourMs);
            break;
        case ApiStatus::WaitingOffline:
            dataService.createNotice(p, ApiAction::Unpublish, deadline, api.manager,
                                     now - 3 * kHourMs);
            break;
        case ApiStatus::RecoverWaitReview:
            dataService.createApplication(p, ApplyType::Recover, developer, now - 5 * kHourMs);
            break;
        case ApiStatus::PublishWaitReview:
            dataService.createApplication(p, ApplyType::Publish, developer, now - 6 * kHourMs);
            break;
        default:
            break;
        }
    }

    // A history of app-side applications with every outcome, for realism in the lists.
    static const ApplyType types[] = {ApplyType::Apply, ApplyType::Renew, ApplyType::Authorize,
                                      ApplyType::AppCancelAuthorize};
    static const ApplyStatus outcomes[] = {ApplyStatus::Passed, ApplyStatus::Rejected,
                                           ApplyStatus::PendingApproval, ApplyStatus::Passed};
    const int count = qMin(24, int(apis.apis.size()));
    for (int k = 0; k < count; ++k) {
        const int apiIndex = int(Rng::mix(options.seed, 900 + k) % apis.apis.size());
        const Api &api = apis.apis[size_t(apiIndex)];
        const int app = k % int(apis.apps.size());
        ReviewRecord r;
        r.id = ids.nextHex();
        r.kind = RecordKind::Application;
        r.type = types[k % 4];
        r.status = outcomes[(k / 4) % 4];
        r.api = apiIndex;
        r.app = app;
        r.applyMs = now - qint64(30 - k) * 24 * kHourMs;
        r.usingMs = r.applyMs + 180LL * 24 * kHourMs;
        if (r.status != ApplyStatus::PendingApproval)
            r.approvalMs = r.applyMs + 3 * kHourMs;
        r.userName = r.type == ApplyType::Authorize ? api.createUser : apis.apps[size_t(app)].owner;
        r.approverName = api.manager;
        r.comment = QStringLiteral("应用“%1”申请使用API").arg(apis.apps[size_t(app)].name);
        reviews.add(r);
    }
}

} // namespace dataarts::sandbox
