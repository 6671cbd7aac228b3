#include "UndoCheck.h"

#include "batch/TableStatusLookup.h"
#include "client/Pager.h"
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
