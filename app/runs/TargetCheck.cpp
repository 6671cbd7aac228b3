#include "TargetCheck.h"

#include "batch/ApiActionStrategy.h"
#include "batch/TableStatusLookup.h"
#include "client/Pager.h"
#include "client/jobs/ListApiActionInstancesJob.h"
#include "dto/BizType.h"

#include <QHash>

namespace dataarts {

TargetCheck::TargetCheck(Session *session, RunSpec spec, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_spec(std::move(spec))
{
    for (const NewItem &item : std::as_const(m_spec.items))
        m_lines.append({item.keyId, item.keyPart, item.displayName, Verdict::NotJudged, {}});
}

QString TargetCheck::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::WillChange:
        return tr("will change");
    case Verdict::Skip:
        return tr("skip");
    case Verdict::NotJudged:
        return tr("not judged");
    }
    return QString();
}

void TargetCheck::start()
{
    if (m_spec.kind == RunKind::BatchOffline) {
        readTables();
        return;
    }
    for (const Line &line : std::as_const(m_lines)) {
        if (!m_apis.contains(line.keyId))
            m_apis.append(line.keyId);
    }
    nextApi();
}

void TargetCheck::finish(const ApiError &error)
{
    m_error = error;
    m_done = true;
    emit finished();
}

void TargetCheck::readTables()
{
    QSet<QString> wanted;
    QStringList types;
    for (const Line &line : std::as_const(m_lines)) {
        if (!bizTypes::tableTypes().contains(line.keyPart))
            continue;
        wanted.insert(line.keyId);
        if (!types.contains(line.keyPart))
            types.append(line.keyPart);
    }
    TableStatusLookup::Query query;
    query.bizTypes = types;
    query.statuses = {BizStatus::Published,   BizStatus::Offline, BizStatus::PublishDeveloping,
                      BizStatus::OfflineDeveloping, BizStatus::Draft,   BizStatus::Reject};
    m_lookup = new TableStatusLookup(m_session, query, wanted, this);
    connect(m_lookup, &TableStatusLookup::finished, this, &TargetCheck::onTables);
    m_lookup->start();
}

void TargetCheck::onTables()
{
    TableStatusLookup *lookup = m_lookup;
    lookup->deleteLater();
    if (!lookup->ok()) {
        finish(lookup->error());
        return;
    }
    for (Line &line : m_lines) {
        if (!bizTypes::tableTypes().contains(line.keyPart)) {
            line.reason = tr("the status of this type cannot be listed; the server judges it");
            continue;
        }
        if (line.name.isEmpty())
            line.name = lookup->records().value(line.keyId).name;
        const auto it = lookup->statuses().constFind(line.keyId);
        if (it == lookup->statuses().cend()) {
            line.verdict = Verdict::Skip;
            line.reason = tr("not found in this workspace");
        } else if (*it == BizStatus::Published) {
            line.verdict = Verdict::WillChange;
        } else {
            line.verdict = Verdict::Skip;
            line.reason = *it == BizStatus::Offline
                              ? tr("already offline")
                              : tr("it is %1, not PUBLISHED").arg(enumName(*it));
        }
    }
    finish(ApiError());
}

void TargetCheck::nextApi()
{
    if (m_apis.isEmpty()) {
        finish(ApiError());
        return;
    }
    const QString apiId = m_apis.takeFirst();
    ListApiActionInstancesJob::Filter filter;
    filter.apiId = apiId;
    filter.action = enumName(ApiActionStrategy(m_spec.parameters).action());
    filter.showAll = true;
    Session *session = m_session;
    auto *pager = new Pager(
        [session, filter] { return new ListApiActionInstancesJob(session, filter); }, this);
    pager->setLimit(100);
    auto found = std::make_shared<QHash<QString, ApiActionInstance>>();
    connect(pager, &Pager::pageReady, this, [found](ListJob *job) {
        for (const ApiActionInstance &c :
             static_cast<ListApiActionInstancesJob *>(job)->result().records)
            found->insert(c.instanceId, c);
    });
    connect(pager, &Pager::finished, this, [this, pager, apiId, found] {
        pager->deleteLater();
        if (!pager->ok()) {
            finish(pager->error());
            return;
        }
        for (Line &line : m_lines) {
            if (line.keyId != apiId)
                continue;
            const auto it = found->constFind(line.keyPart);
            if (it == found->cend()) {
                line.verdict = Verdict::Skip;
                line.reason = tr("the API is not on this cluster");
            } else if (it->result) {
                line.verdict = Verdict::WillChange;
            } else {
                line.verdict = Verdict::Skip;
                line.reason = tr("not allowed on this cluster now: %1 (%2)")
                                  .arg(it->cause.isEmpty() ? tr("no cause given") : it->cause,
                                       it->apiStatus.raw.isEmpty() ? tr("not published")
                                                                    : it->apiStatus.raw);
            }
        }
        nextApi();
    });
    pager->start();
}

} // namespace dataarts
