#include "UndoCheck.h"

#include "batch/AuthorizedAppsRead.h"
#include "batch/PublishStateLookup.h"
#include "batch/RepublishGap.h"
#include "batch/TableStatusLookup.h"
#include "client/Pager.h"
#include "client/Session.h"
#include "client/jobs/ListApiActionInstancesJob.h"
#include "dto/BizType.h"

namespace dataarts {

UndoCheck::UndoCheck(Session *session, UndoPlan plan, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_plan(std::move(plan))
{}

void UndoCheck::start()
{
    if (m_plan.kind == RunKind::BatchPublish) {
        readEntities();
        return;
    }
    if (m_plan.kind == RunKind::ApiRepublish) {
        readPublishStates();
        return;
    }
    for (const auto &pair : std::as_const(m_plan.pairs)) {
        if (!m_apis.contains(pair.first))
            m_apis.append(pair.first);
    }
    next();
}

void UndoCheck::finish(const ApiError &error)
{
    m_error = error;
    m_done = true;
    emit finished();
}

void UndoCheck::readEntities()
{
    QSet<QString> wanted;
    QStringList types;
    for (const auto &entity : std::as_const(m_plan.pairs)) {
        if (!bizTypes::tableTypes().contains(entity.second))
            continue;
        wanted.insert(entity.first);
        if (!types.contains(entity.second))
            types.append(entity.second);
    }
    TableStatusLookup::Query query;
    query.bizTypes = types;
    // OFFLINE first: what is still offline is found in one walk, the rest for the reason.
    query.statuses = {
        BizStatus::Offline,           BizStatus::Published, BizStatus::PublishDeveloping,
        BizStatus::OfflineDeveloping, BizStatus::Draft,     BizStatus::Reject};
    m_lookup = new TableStatusLookup(m_session, query, wanted, this);
    connect(m_lookup, &TableStatusLookup::finished, this, &UndoCheck::onEntities);
    m_lookup->start();
}

void UndoCheck::onEntities()
{
    TableStatusLookup *lookup = m_lookup;
    lookup->deleteLater();
    if (!lookup->ok()) {
        finish(lookup->error());
        return;
    }
    const QHash<QString, BizStatus> &found = lookup->statuses();
    QList<QPair<QString, QString>> kept;
    for (const auto &entity : std::as_const(m_plan.pairs)) {
        const QString key = UndoPlan::key(entity.first, entity.second);
        if (!bizTypes::tableTypes().contains(entity.second)) {
            kept.append(entity); // cannot be listed: the server judges it
            continue;
        }
        if (m_plan.nameOf(entity.first, entity.second).isEmpty()) {
            const QString name = lookup->records().value(entity.first).name;
            if (!name.isEmpty())
                m_plan.names.insert(key, name);
        }
        const auto it = found.constFind(entity.first);
        if (it != found.cend() && *it == BizStatus::Offline) {
            m_plan.current.insert(key, enumName(*it));
            kept.append(entity);
            continue;
        }
        QString reason;
        if (it == found.cend())
            reason = UndoText::tr("not found in this workspace now: nothing to publish");
        else if (*it == BizStatus::Published)
            reason = UndoText::tr("published again since the run (by someone else, or undone "
                                  "already)");
        else
            reason = UndoText::tr("changed since the run: it is %1 now, no longer offline")
                         .arg(enumName(*it));
        m_plan.skipped.append({entity.first, entity.second, m_plan.names.value(key), reason});
    }
    m_plan.pairs = kept;
    finish(ApiError());
}

void UndoCheck::readPublishStates()
{
    QHash<QString, QSet<QString>> wanted;
    for (const auto &pair : std::as_const(m_plan.pairs))
        wanted[pair.first].insert(pair.second);
    m_states = new PublishStateLookup(m_session, wanted, this);
    connect(m_states, &PublishStateLookup::finished, this, &UndoCheck::onPublishStates);
    m_states->start();
}

void UndoCheck::onPublishStates()
{
    PublishStateLookup *states = m_states;
    states->deleteLater();
    if (!states->ok()) {
        finish(states->error());
        return;
    }
    QList<QPair<QString, QString>> kept;
    for (const auto &pair : std::as_const(m_plan.pairs)) {
        const QString key = UndoPlan::key(pair.first, pair.second);
        RepublishGap gap;
        gap.status = states->state(pair.first, pair.second);
        const QString shown = gap.status.raw.isEmpty() ? UndoText::tr("not published")
                                                       : gap.status.raw;
        if (gap.publishable() || gap.published()) {
            // Published since (by someone, or undone already): its apps are read next.
            m_plan.current.insert(key, shown);
            kept.append(pair);
            if (gap.published() && !m_apis.contains(pair.first))
                m_apis.append(pair.first);
            continue;
        }
        const QString reason =
            gap.waitingReview()
                ? UndoText::tr("a publish of it waits for the reviewer already")
                : UndoText::tr("changed since the run: it is %1 on this cluster now").arg(shown);
        m_plan.skipped.append({pair.first, pair.second, m_plan.names.value(key), reason});
    }
    m_plan.pairs = kept;
    readPublishedApps();
}

void UndoCheck::readPublishedApps()
{
    if (m_apis.isEmpty()) {
        finish(ApiError());
        return;
    }
    auto *read = new AuthorizedAppsRead(m_session, m_apis.takeFirst(), this);
    connect(read, &AuthorizedAppsRead::finished, this, [this, read] {
        read->deleteLater();
        if (!read->ok()) {
            finish(read->error());
            return;
        }
        const QDateTime now = m_session->now();
        QList<QPair<QString, QString>> kept;
        for (const auto &pair : std::as_const(m_plan.pairs)) {
            const QString key = UndoPlan::key(pair.first, pair.second);
            if (pair.first != read->apiId() ||
                m_plan.current.value(key) != enumName(ApiStatus::Published)) {
                kept.append(pair);
                continue;
            }
            const RepublishGap gap = RepublishGap::of(decodeEnum<ApiStatus>(enumName(
                                                          ApiStatus::Published)),
                                                      m_plan.apps.value(key),
                                                      read->on(pair.second), now);
            if (!gap.missing.isEmpty()) {
                kept.append(pair); // published: only the missing apps are authorized again
                continue;
            }
            m_plan.skipped.append({pair.first, pair.second, m_plan.names.value(key),
                                   UndoText::tr("published again since the run with its apps "
                                                "(by someone else, or undone already)")});
        }
        m_plan.pairs = kept;
        readPublishedApps();
    });
    m_read = read;
    read->start();
}

void UndoCheck::next()
{
    if (m_apis.isEmpty()) {
        QList<QPair<QString, QString>> kept;
        for (const auto &pair : std::as_const(m_plan.pairs)) {
            if (m_allowed.contains(pair)) {
                kept.append(pair);
                continue;
            }
            m_plan.skipped.append(
                {pair.first, pair.second, m_plan.nameOf(pair.first, pair.second),
                 UndoText::tr("changed since the run: the server does not offer %1 on this "
                              "cluster now")
                     .arg(enumName(m_plan.inverse))});
        }
        m_plan.pairs = kept;
        finish(ApiError());
        return;
    }
    const QString apiId = m_apis.takeFirst();
    ListApiActionInstancesJob::Filter filter;
    filter.apiId = apiId;
    filter.action = enumName(m_plan.inverse);
    Session *session = m_session;
    auto *pager = new Pager(
        [session, filter] { return new ListApiActionInstancesJob(session, filter); }, this);
    pager->setLimit(100);
    connect(pager, &Pager::pageReady, this, [this, apiId](ListJob *job) {
        const auto *list = static_cast<ListApiActionInstancesJob *>(job);
        for (const ApiActionInstance &c : list->result().records) {
            if (c.result)
                m_allowed.insert({apiId, c.instanceId});
        }
    });
    connect(pager, &Pager::finished, this, [this, pager] {
        pager->deleteLater();
        if (!pager->ok()) {
            finish(pager->error());
            return;
        }
        next();
    });
    m_pager = pager;
    pager->start();
}

} // namespace dataarts
