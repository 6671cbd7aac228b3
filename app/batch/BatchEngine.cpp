#include "BatchEngine.h"

#include "JournalWriter.h"
#include "Reconciliation.h"
#include "RunSpec.h"
#include "RunStrategy.h"
#include "UnitRequest.h"

#include "client/Session.h"
#include "journal/Journal.h"
#include "journal/RunLock.h"
#include "journal/RunParameters.h"

#include <deque>

namespace dataarts {

BatchEngine::BatchEngine(Session *session, Journal *journal, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_journal(journal)
{
    qRegisterMetaType<dataarts::RequestEvent>();
    qRegisterMetaType<dataarts::ItemChange>();
    qRegisterMetaType<dataarts::RunTotals>();
    qRegisterMetaType<dataarts::ThrottleState>();
}

BatchEngine::~BatchEngine()
{
    // The runs stop and their writes reach the journal before their locks are let go, so
    // that a process taking a run over never sees this one still writing to it.
    const QList<BatchRun *> running = m_runs.values();
    m_runs.clear();
    qDeleteAll(running);
    delete m_writer;
    m_writer = nullptr;
    m_locks.clear();
}

bool BatchEngine::fail(const QString &message, Refusal refusal)
{
    m_error = message;
    m_refusal = refusal;
    return false;
}

bool BatchEngine::claim(qint64 runId)
{
    auto lock = std::make_unique<RunLock>(m_journal->path(), runId);
    switch (lock->acquire()) {
    case RunLock::Result::Acquired:
        m_locks[runId] = std::move(lock);
        return true;
    case RunLock::Result::HeldElsewhere:
        return fail(RunLock::refusal(runId, lock->holder()), Refusal::HeldElsewhere);
    case RunLock::Result::Failed:
        break;
    }
    return fail(lock->errorString());
}

bool BatchEngine::checkConnection(qint64 runId, const QJsonObject &parameters)
{
    const QJsonObject recorded = parameters.value(runKeys::connection()).toObject();
    if (recorded.isEmpty())
        return true; // recorded before connections were kept with runs
    const QJsonObject here = runParameters::connectionFacts(m_session->settings());
    const auto text = [](const QJsonObject &facts, const char *key) {
        QString value = facts.value(QLatin1String(key)).toString().trimmed();
        while (value.endsWith(QLatin1Char('/')))
            value.chop(1);
        return value;
    };
    struct Fact {
        const char *key;
        QString name;
    };
    const Fact facts[] = {
        {"endpoint", tr("endpoint")},
        {"project_id", tr("project")},
        {"workspace", tr("workspace")},
        {"dlm_type", tr("DataService edition")},
    };
    QStringList differences;
    for (const Fact &fact : facts) {
        const QString then = text(recorded, fact.key);
        const QString now = text(here, fact.key);
        if (then.compare(now, Qt::CaseInsensitive) == 0)
            continue;
        //: One difference between a run's connection and the open one: "workspace: W1
        //: for the run, W2 here". "(none)" stands for an empty value.
        differences.append(tr("%1: %2 for the run, %3 here")
                               .arg(fact.name, then.isEmpty() ? tr("(none)") : then,
                                    now.isEmpty() ? tr("(none)") : now));
    }
    if (differences.isEmpty())
        return true;
    return fail(tr("Run %1 was made on another connection (%2). It continues only on the "
                   "connection it was made on: open that profile, or give its endpoint, "
                   "project, workspace and edition.")
                    .arg(runId)
                    .arg(differences.join(QStringLiteral("; "))),
                Refusal::OtherConnection);
}

bool BatchEngine::checkSession()
{
    if (!m_session)
        return fail(tr("There is no connection."));
    if (m_session->setupError().isError())
        return fail(m_session->setupError().message());
    if (m_session->settings().projectId.isEmpty())
        return fail(tr("The profile has no project id."));
    if (m_session->settings().workspace.isEmpty())
        return fail(tr("The profile has no workspace."));
    if (!m_journal || !m_journal->isOpen())
        return fail(tr("The journal is not open."));
    return true;
}

qint64 BatchEngine::start(const RunSpec &spec)
{
    m_error.clear();
    m_refusal = Refusal::None;
    if (!checkSession())
        return 0;
    const QString problem = spec.validate();
    if (!problem.isEmpty()) {
        fail(problem);
        return 0;
    }
    NewRun run;
    run.kind = spec.kind;
    run.profileId = spec.profileId.isEmpty() ? m_defaultProfileId : spec.profileId;
    run.profileName = spec.profileId.isEmpty() ? m_defaultProfileName : spec.profileName;
    run.createdBy = spec.createdBy;
    run.items = spec.items;
    run.parameters = spec.parameters;
    run.parameters.insert(runKeys::chunkSize(), spec.effectiveChunkSize());
    run.parameters.insert(runKeys::concurrency(), spec.effectiveConcurrency());
    run.parameters.insert(runKeys::connection(),
                          runParameters::connectionFacts(m_session->settings()));
    const CreatedRun created = m_journal->createRun(run);
    if (!created.isValid()) {
        fail(m_journal->errorString());
        return 0;
    }
    if (!claim(created.runId))
        return 0;
    return launch(created.runId, spec.effectiveChunkSize(), spec.effectiveConcurrency())
               ? created.runId
               : 0;
}

qint64 BatchEngine::resume(qint64 runId)
{
    m_error.clear();
    m_refusal = Refusal::None;
    if (!checkSession())
        return 0;
    if (m_runs.contains(runId)) {
        fail(tr("Run %1 is already running.").arg(runId));
        return 0;
    }
    std::optional<RunSummary> summary = m_journal->runSummary(runId);
    if (!summary) {
        fail(m_journal->errorString());
        return 0;
    }
    if (!checkConnection(runId, summary->parameters))
        return 0;
    // Only the process that holds the run may touch its SENDING items.
    if (!claim(runId))
        return 0;
    const auto release = [this, runId] {
        m_locks.erase(runId);
        return qint64(0);
    };
    summary = m_journal->runSummary(runId); // as its last holder left it
    if (!summary) {
        fail(m_journal->errorString());
        return release();
    }
    if (summary->status() != RunStatus::Running) {
        fail(tr("Run %1 has finished: there is nothing to resume.").arg(runId));
        return release();
    }
    // Whatever was being sent when the run stopped may or may not have been applied.
    if (m_journal->markInterrupted(runId) < 0) {
        fail(m_journal->errorString());
        return release();
    }
    RunSpec spec;
    spec.kind = summary->kind;
    spec.parameters = summary->parameters;
    return launch(runId, spec.effectiveChunkSize(), spec.effectiveConcurrency()) ? runId
                                                                                 : release();
}

qint64 BatchEngine::retryFailed(qint64 runId)
{
    m_error.clear();
    m_refusal = Refusal::None;
    if (!checkSession())
        return 0;
    const std::optional<RunSummary> summary = m_journal->runSummary(runId);
    if (!summary) {
        fail(m_journal->errorString());
        return 0;
    }
    if (!checkConnection(runId, summary->parameters))
        return 0;
    QString holder;
    if (!m_runs.contains(runId) && RunLock::heldElsewhere(m_journal->path(), runId, &holder)) {
        fail(RunLock::refusal(runId, holder), Refusal::HeldElsewhere);
        return 0;
    }
    if (summary->count(ItemState::Failed) == 0) {
        fail(tr("Run %1 has no failed item to retry.").arg(runId));
        return 0;
    }
    const CreatedRun created = m_journal->retryFailed(runId, summary->createdBy);
    if (!created.isValid()) {
        fail(m_journal->errorString());
        return 0;
    }
    if (!claim(created.runId))
        return 0;
    RunSpec spec;
    spec.kind = summary->kind;
    spec.parameters = summary->parameters;
    return launch(created.runId, spec.effectiveChunkSize(), spec.effectiveConcurrency())
               ? created.runId
               : 0;
}

bool BatchEngine::ensureWriter()
{
    if (m_writer)
        return true;
    auto *writer = new JournalWriter(m_journal->path(), this);
    if (!writer->open()) {
        fail(writer->errorString());
        delete writer;
        return false;
    }
    m_writer = writer;
    return true;
}

BatchRun *BatchEngine::launch(qint64 runId, int chunkSize, int concurrency)
{
    if (!ensureWriter()) {
        m_locks.erase(runId);
        return nullptr;
    }
    std::optional<RunRecord> record = m_journal->loadRun(runId);
    if (!record) {
        fail(m_journal->errorString());
        m_locks.erase(runId);
        return nullptr;
    }
    std::unique_ptr<RunStrategy> strategy =
        RunStrategy::create(record->run.kind, record->run.parameters);
    const QString problem = strategy->validateParameters();
    if (!problem.isEmpty()) {
        fail(problem);
        m_locks.erase(runId);
        return nullptr;
    }
    auto *run = new BatchRun(m_session, m_writer, std::move(strategy), *record, chunkSize,
                             concurrency, this);
    if (record->run.kind == RunKind::ApiAction) {
        // "Already waiting, takes effect at T": T as an earlier run of this journal sent it.
        const QString action = record->run.parameters.value(runKeys::action()).toString();
        run->setEarlierEffectiveAt([this, runId, action](const RunItem &item) {
            return m_journal ? m_journal->latestEffectiveAt(RunKind::ApiAction, runKeys::action(),
                                                            action, item.keyId, item.keyPart, runId)
                             : QDateTime();
        });
    }
    m_runs.insert(runId, run);
    connect(run, &BatchRun::finished, this, [this, run, runId] {
        m_runs.remove(runId);
        m_locks.erase(runId); // its last write is in the journal: finished() follows it
        emit runFinished(runId, run->outcome());
        run->deleteLater();
    });
    emit runStarted(runId, run);
    run->start();
    return run;
}

bool BatchEngine::cancel(qint64 runId)
{
    BatchRun *run = m_runs.value(runId);
    if (!run)
        return false;
    run->cancel();
    return true;
}

bool BatchEngine::stop(qint64 runId)
{
    BatchRun *run = m_runs.value(runId);
    if (!run)
        return false;
    run->stop();
    return true;
}

BatchRun *BatchEngine::run(qint64 runId) const
{
    return m_runs.value(runId);
}

QList<BatchRun *> BatchEngine::runs() const
{
    return m_runs.values();
}

bool BatchEngine::refreshPending(qint64 runId)
{
    m_error.clear();
    if (!checkSession())
        return false;
    if (m_runs.contains(runId))
        return fail(tr("Run %1 is still running.").arg(runId));
    if (m_refreshing.contains(runId))
        return true; // already on its way
    std::optional<RunRecord> record = m_journal->loadRun(runId);
    if (!record)
        return fail(m_journal->errorString());
    // Another connection's server would not know the run's targets: never read them there.
    if (!checkConnection(runId, record->run.parameters))
        return false;
    std::unique_ptr<RunStrategy> strategy =
        RunStrategy::create(record->run.kind, record->run.parameters);
    const QList<ItemState> followed = strategy->followedStates();
    QHash<qint64, const JournalRequest *> requests;
    for (const JournalRequest &r : record->requests)
        requests.insert(r.ref, &r);
    QList<ReconcileItem> items;
    for (const JournalItem &j : record->items) {
        if (!followed.contains(j.state))
            continue;
        ReconcileItem r;
        r.item = RunItem{j.id, j.keyId, j.keyPart, j.displayName};
        r.state = j.state;
        r.code = j.code;
        r.remark = j.remark;
        r.approvalId = j.approvalId;
        r.effectiveAt = j.effectiveAt;
        r.attempts = j.attempts;
        if (const JournalRequest *q = requests.value(j.requestRef)) {
            r.httpStatus = q->httpStatus;
            r.resultBody = q->resultBody;
        }
        items.append(r);
    }
    if (items.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, runId] { emit pendingRefreshed(runId, 0, ApiError()); },
            Qt::QueuedConnection);
        return true;
    }
    ReconcileContext context;
    context.runId = runId;
    context.kind = record->run.kind;
    context.parameters = record->run.parameters;
    context.createdAt = record->run.createdAt;
    context.createdBy = record->run.createdBy;
    Reconciliation *rec = strategy->createReconciliation(m_session, context, items);
    if (!rec) {
        QMetaObject::invokeMethod(
            this, [this, runId] { emit pendingRefreshed(runId, 0, ApiError()); },
            Qt::QueuedConnection);
        return true;
    }
    rec->setParent(this);
    m_refreshing.insert(runId, rec);
    connect(
        rec, &Reconciliation::finished, this, [this, runId, rec] { onPendingRead(runId, rec); },
        Qt::QueuedConnection);
    rec->start();
    return true;
}

void BatchEngine::onPendingRead(qint64 runId, Reconciliation *rec)
{
    m_refreshing.remove(runId);
    rec->deleteLater();
    QList<ItemOutcome> outcomes;
    for (const ItemOutcome &o : rec->outcomes()) {
        // Only decisions: a waiting item becomes SUCCESS or FAILED.
        if (o.state == ItemState::Success || o.state == ItemState::Failed)
            outcomes.append(o);
    }
    ApiError error = rec->error();
    if (!outcomes.isEmpty() && !m_journal->updateItems(outcomes)) {
        error = ApiError::invalidInput(m_journal->errorString());
        outcomes.clear();
    }
    emit pendingRefreshed(runId, int(outcomes.size()), error);
}

QList<RequestPreview> BatchEngine::preview(const RunSpec &spec)
{
    m_error.clear();
    if (!m_session) {
        fail(tr("There is no connection."));
        return {};
    }
    const QString problem = spec.validate();
    if (!problem.isEmpty()) {
        fail(problem);
        return {};
    }
    const std::unique_ptr<RunStrategy> strategy = RunStrategy::create(spec.kind, spec.parameters);
    const int chunk = spec.effectiveChunkSize();
    // The scheduler's order with every lane free: round robin over the lanes (in first-seen
    // order), a chunk from each.
    QStringList lanes;
    QHash<QString, std::deque<int>> queues;
    for (int i = 0; i < spec.items.size(); ++i) {
        const NewItem &n = spec.items.at(i);
        const QString lane = strategy->laneOf(RunItem{0, n.keyId, n.keyPart, n.displayName});
        if (!lanes.contains(lane))
            lanes.append(lane);
        queues[lane].push_back(i);
    }
    QList<RequestPreview> out;
    bool more = true;
    while (more) {
        more = false;
        for (const QString &lane : std::as_const(lanes)) {
            std::deque<int> &q = queues[lane];
            if (q.empty())
                continue;
            QList<int> indexes;
            QList<RunItem> items;
            while (!q.empty() && indexes.size() < chunk) {
                const int i = q.front();
                q.pop_front();
                const NewItem &n = spec.items.at(i);
                indexes.append(i);
                items.append(RunItem{0, n.keyId, n.keyPart, n.displayName});
            }
            std::unique_ptr<UnitRequest> request(strategy->createRequest(m_session, items));
            const RequestSpec rs = request->describe();
            out.append(RequestPreview{rs.method, rs.path, rs.query, rs.body, indexes});
            more = more || !q.empty();
        }
    }
    return out;
}

} // namespace dataarts
