#include "Journal.h"
#include "settings/AppSettings.h"

#include "AuthorizationSnapshots.h"
#include "ItemEvents.h"
#include "JournalConnection.h"
#include "JournalRecovery.h"
#include "JournalSchema.h"
#include "JournalUseLock.h"
#include "RunParameters.h"

#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <limits>

namespace dataarts {

namespace {

// The states that keep a run unfinished.
#define DESK_OPEN_STATES "('QUEUED','SENDING','UNKNOWN')"

const char kInsertRun[] =
    "INSERT INTO runs (kind, profile_id, profile_name, parameters, created_by, created_at, "
    "retry_of) VALUES (?, ?, ?, ?, ?, ?, ?)";
const char kInsertItem[] =
    "INSERT INTO items (run_id, key_id, key_part, display_name, state, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, 'QUEUED', ?, ?)";
const char kRunExists[] = "SELECT cancelled FROM runs WHERE id = ?";
const char kInsertRequest[] = "INSERT INTO requests (run_id, sent_at) VALUES (?, ?)";
// %1: "?, ?, ..." (one per item). Several items per statement: far fewer statements per
// batch than one per item.
const char kMarkSending[] =
    "UPDATE items SET state = 'SENDING', request_ref = ?, attempts = attempts + 1, "
    "updated_at = ? WHERE run_id = ? AND state = 'QUEUED' AND id IN (%1)";
// %1: "(?, ?), ..." (request, item).
const char kInsertRequestItems[] = "INSERT INTO request_items (request_ref, item_id) VALUES %1";
const char kItemState[] = "SELECT state, run_id, request_ref FROM items WHERE id = ?";
const char kRequestInfo[] = "SELECT run_id, answered_at FROM requests WHERE id = ?";
const char kRequestItemCount[] = "SELECT COUNT(*) FROM request_items WHERE request_ref = ?";
const char kAnswerRequest[] =
    "UPDATE requests SET request_id = ?, http_status = ?, error_code = ?, remark = ?, "
    "result_body = ?, answered_at = ? WHERE id = ?";
// %1: "?, ?, ..." (the items given the same outcome).
const char kAnswerItems[] =
    "UPDATE items SET state = ?, code = ?, remark = ?, approval_id = COALESCE(?, approval_id), "
    "effective_at = COALESCE(?, effective_at), updated_at = ?, attempts = attempts + ? "
    "WHERE request_ref = ? AND state = 'SENDING' AND id IN (%1)";
const char kUpdateItem[] =
    "UPDATE items SET state = ?, code = ?, remark = ?, approval_id = COALESCE(?, approval_id), "
    "effective_at = COALESCE(?, effective_at), updated_at = ? WHERE id = ? AND state = ?";
const char kFinishRun[] =
    "UPDATE runs SET finished_at = ? WHERE id = ? AND finished_at IS NULL AND NOT EXISTS "
    "(SELECT 1 FROM items WHERE run_id = ? AND state IN " DESK_OPEN_STATES ")";
const char kCancelRun[] = "UPDATE runs SET cancelled = 1 WHERE id = ?";
const char kNameItem[] =
    "UPDATE items SET display_name = ? WHERE run_id = ? AND key_id = ? AND key_part = ? "
    "AND display_name = ''";
const char kCancelItems[] =
    "UPDATE items SET state = 'CANCELLED', updated_at = ? WHERE run_id = ? AND state = 'QUEUED'";
const char kNotQueued[] = "SELECT COUNT(*) FROM items WHERE run_id = ? AND state <> 'QUEUED'";
const char kFailUnsent[] =
    "UPDATE items SET state = 'FAILED', code = ?, remark = ?, updated_at = ? "
    "WHERE run_id = ? AND state = 'QUEUED'";
const char kInterruptItems[] =
    "UPDATE items SET state = 'UNKNOWN', updated_at = ? WHERE run_id = ? AND state = 'SENDING'";
const char kFailedItems[] =
    "SELECT key_id, key_part, display_name FROM items WHERE run_id = ? AND state = 'FAILED' "
    "ORDER BY id";
const char kPrunable[] =
    "SELECT id FROM runs r WHERE created_at < ? AND finished_at IS NOT NULL AND NOT EXISTS "
    "(SELECT 1 FROM items WHERE run_id = r.id AND state IN " DESK_OPEN_STATES ")";
const char kPruneRequestItems[] =
    "DELETE FROM request_items WHERE request_ref IN (SELECT id FROM requests WHERE run_id = ?)";
const char kPruneItems[] = "DELETE FROM items WHERE run_id = ?";
const char kPruneRequests[] = "DELETE FROM requests WHERE run_id = ?";
const char kPruneRun[] = "DELETE FROM runs WHERE id = ?";
const char kUnfinished[] =
    "SELECT DISTINCT run_id FROM items WHERE state IN " DESK_OPEN_STATES " ORDER BY run_id";

#define DESK_RUN_COLUMNS                                                                           \
    "r.id, r.kind, r.profile_id, r.profile_name, r.parameters, r.created_by, r.created_at, "       \
    "r.finished_at, r.cancelled, r.retry_of"
const char kRun[] = "SELECT " DESK_RUN_COLUMNS " FROM runs r WHERE r.id = ?";
const char kRunCounts[] = "SELECT state, COUNT(*) FROM items WHERE run_id = ? GROUP BY state";
// The undo runs made after a run: the JSON path of the key, the first run id that may undo
// (an undo comes after the run it undoes), and a LIKE pattern that passes only parameters
// naming the key (cheap, before any JSON is parsed). No index: only the runs after the
// oldest one asked for are read, and only those naming the key are parsed.
const char kUndoRuns[] =
    "SELECT id, CASE WHEN json_valid(parameters) THEN json_extract(parameters, ?) END "
    "FROM runs WHERE id > ? AND parameters LIKE ? ORDER BY id";
const char kRunRequests[] =
    "SELECT id, request_id, http_status, error_code, remark, result_body, sent_at, answered_at "
    "FROM requests WHERE run_id = ? ORDER BY id";
const char kRunRequestItems[] =
    "SELECT ri.request_ref, ri.item_id FROM request_items ri "
    "JOIN requests q ON q.id = ri.request_ref WHERE q.run_id = ? ORDER BY ri.request_ref, "
    "ri.item_id";
#define DESK_ITEM_COLUMNS                                                                          \
    "i.id, i.run_id, i.key_id, i.key_part, i.display_name, i.state, i.code, i.remark, "            \
    "i.request_ref, q.request_id, i.attempts, i.approval_id, i.effective_at, i.created_at, "       \
    "i.updated_at"
const char kRunItems[] = "SELECT " DESK_ITEM_COLUMNS " FROM items i LEFT JOIN requests q ON "
                         "q.id = i.request_ref WHERE i.run_id = ? ORDER BY i.id";
constexpr int kItemColumnCount = 15;
// Items per statement, well below SQLite's limit on bound values.
constexpr qsizetype kItemsPerStatement = 400;

// "?, ?, ?" or "(?, ?), (?, ?)" for n items.
QString placeholders(qsizetype n, QLatin1String one)
{
    QString text;
    text.reserve(n * (one.size() + 2));
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0)
            text += QLatin1String(", ");
        text += one;
    }
    return text;
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant nullableMs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMs(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

ItemState stateFrom(const QVariant &value)
{
    ItemState state = ItemState::Unknown;
    itemStates::fromName(value.toString(), &state);
    return state;
}

bool updatable(ItemState from, ItemState to)
{
    switch (from) {
    case ItemState::Queued:
        return to == ItemState::Cancelled;
    case ItemState::Unknown:
        return to == ItemState::Success || to == ItemState::Failed ||
               to == ItemState::PendingApproval || to == ItemState::Scheduled ||
               to == ItemState::Queued || to == ItemState::Cancelled;
    case ItemState::PendingApproval:
    case ItemState::Scheduled:
        return to == ItemState::Success || to == ItemState::Failed || to == ItemState::Cancelled;
    case ItemState::Sending:
    case ItemState::Success:
    case ItemState::Failed:
    case ItemState::Cancelled:
        return false;
    }
    return false;
}

void readSummaryRow(const QSqlQuery &q, RunSummary *s)
{
    s->id = q.value(0).toLongLong();
    runKinds::fromName(q.value(1).toString(), &s->kind);
    s->profileId = q.value(2).toString();
    s->profileName = q.value(3).toString();
    s->parameters = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    s->createdBy = q.value(5).toString();
    s->createdAt = fromMs(q.value(6));
    s->finishedAt = fromMs(q.value(7));
    s->cancelled = q.value(8).toInt() != 0;
    s->retryOf = q.value(9).toLongLong();
    s->undoOf = s->parameters.value(runParameters::undoOfKey()).toInteger();
}

JournalItem readItemRow(const QSqlQuery &q, int first = 0)
{
    JournalItem item;
    item.id = q.value(first + 0).toLongLong();
    item.runId = q.value(first + 1).toLongLong();
    item.keyId = q.value(first + 2).toString();
    item.keyPart = q.value(first + 3).toString();
    item.displayName = q.value(first + 4).toString();
    item.state = stateFrom(q.value(first + 5));
    item.code = q.value(first + 6).toString();
    item.remark = q.value(first + 7).toString();
    item.requestRef = q.value(first + 8).toLongLong();
    item.requestId = q.value(first + 9).toString();
    item.attempts = q.value(first + 10).toInt();
    item.approvalId = q.value(first + 11).toString();
    item.effectiveAt = fromMs(q.value(first + 12));
    item.createdAt = fromMs(q.value(first + 13));
    item.updatedAt = fromMs(q.value(first + 14));
    return item;
}

} // namespace

RunStatus RunSummary::status() const
{
    if (!finishedAt.isValid())
        return RunStatus::Running;
    return cancelled ? RunStatus::Cancelled : RunStatus::Finished;
}

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/journal.sqlite");
}

int Journal::retentionDays()
{
    return appSettings::retentionDays();
}

void Journal::setRetentionDays(int days)
{
    appSettings::setRetentionDays(days);
}

Journal::Journal(const QString &path)
    : m_path(path)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_db(std::make_unique<JournalConnection>(path))
{}

Journal::~Journal() = default;

void Journal::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

qint64 Journal::nowMs() const
{
    return m_clock().toMSecsSinceEpoch();
}

bool Journal::open()
{
    return openChecked(false);
}

bool Journal::openReadOnly()
{
    return openChecked(true);
}

bool Journal::openChecked(bool readOnly)
{
    m_damagedPath.clear();
    m_damageNotice.clear();
    QString problem;
    const bool opened = m_db->open(m_busyTimeoutMs, readOnly);
    if (!opened && (!m_db->damaged() || !m_integrityCheck))
        return false;
    // In use by this instance from here on (moving it aside waits for no one to use it).
    m_useLock = std::make_unique<JournalUseLock>(m_path);
    m_useLock->share();
    if (!opened) {
        problem = m_db->sqlDetail();
    } else if (!m_integrityCheck) {
        return prepareSchema(readOnly);
    } else {
        switch (JournalRecovery::check(*m_db, &problem)) {
        case JournalRecovery::Check::Sound:
            return prepareSchema(readOnly);
        case JournalRecovery::Check::Failed: {
            const JournalError error = m_db->error();
            const QString message = m_db->errorString();
            m_db->close();
            return fail(error, message);
        }
        case JournalRecovery::Check::Damaged:
            break;
        }
        m_db->close();
    }
    // Damaged: kept as it is, moved aside, and a new journal started in its place, but only
    // when no other process has it open (it would go on reading or writing the copy).
    if (!m_useLock->tryExclusive()) {
        m_useLock.reset();
        return fail(JournalError::Corrupt, JournalRecovery::inUseNotice(m_path, problem));
    }
    QString error;
    const QString aside = JournalRecovery::moveAside(m_path, &error);
    if (aside.isEmpty())
        return fail(JournalError::Corrupt, error);
    m_damagedPath = aside;
    if (readOnly) {
        m_damageNotice = JournalRecovery::notice(m_path, problem, aside, false);
        return fail(JournalError::Corrupt, m_damageNotice);
    }
    m_useLock->share();
    if (!m_db->open(m_busyTimeoutMs, false) || !prepareSchema(false))
        return false;
    m_damageNotice = JournalRecovery::notice(m_path, problem, aside, true);
    return true;
}

bool Journal::prepareSchema(bool readOnly)
{
    m_schemaFound = JournalSchema::currentVersion();
    if (readOnly ? JournalSchema::check(*m_db, &m_schemaFound) : JournalSchema::migrate(*m_db))
        return true;
    const JournalError error = m_db->error();
    const QString message = m_db->errorString();
    m_db->close();
    m_db->setError(error, message);
    return false;
}

void Journal::close()
{
    m_db->close();
    m_useLock.reset();
}

bool Journal::isOpen() const
{
    return m_db->isOpen();
}

QString Journal::connectionName() const
{
    return m_db->name();
}

int Journal::schemaVersion()
{
    return JournalSchema::currentVersion();
}

JournalError Journal::error() const
{
    return m_db->error();
}

QString Journal::errorString() const
{
    return m_db->errorString();
}

bool Journal::fail(JournalError error, const QString &message)
{
    m_db->setError(error, message);
    return false;
}

bool Journal::ensureOpen()
{
    m_db->clearError();
    if (m_db->isOpen())
        return true;
    return fail(JournalError::CannotOpen,
                tr("The journal %1 is not open.").arg(QDir::toNativeSeparators(m_path)));
}

// ---- writes ----

bool Journal::insertRun(const NewRun &run, qint64 retryOf, CreatedRun *created)
{
    const qint64 now = nowMs();
    QSqlQuery *insertRun = m_db->prepared(kInsertRun);
    const QByteArray parameters = QJsonDocument(run.parameters).toJson(QJsonDocument::Compact);
    if (!m_db->run(insertRun, {runKinds::name(run.kind), run.profileId, run.profileName,
                               QString::fromUtf8(parameters), run.createdBy, now,
                               retryOf > 0 ? QVariant(retryOf) : QVariant()})) {
        return false;
    }
    created->runId = insertRun->lastInsertId().toLongLong();
    created->itemIds.reserve(run.items.size());
    QSqlQuery *insertItem = m_db->prepared(kInsertItem);
    for (const NewItem &item : run.items) {
        if (!m_db->run(insertItem,
                       {created->runId, item.keyId, item.keyPart, item.displayName, now, now})) {
            return false;
        }
        created->itemIds.append(insertItem->lastInsertId().toLongLong());
    }
    return true;
}

CreatedRun Journal::createRun(const NewRun &run)
{
    if (!ensureOpen())
        return {};
    if (run.items.isEmpty()) {
        fail(JournalError::Invalid, tr("A run needs at least one item."));
        return {};
    }
    const QString secret = runParameters::secretLikeField(run.parameters);
    if (!secret.isEmpty()) {
        fail(JournalError::Invalid,
             tr("The run's parameters hold a field named \"%1\", which looks like a secret. "
                "Secrets are never written to the journal.")
                 .arg(secret));
        return {};
    }
    for (const NewItem &item : run.items) {
        if (item.keyId.isEmpty()) {
            fail(JournalError::Invalid, tr("An item of the run has no id."));
            return {};
        }
    }
    CreatedRun created;
    if (!m_db->begin())
        return {};
    if (!insertRun(run, 0, &created)) {
        m_db->rollback();
        return {};
    }
    if (!m_db->commit())
        return {};
    return created;
}

qint64 Journal::markSending(qint64 runId, const QList<qint64> &itemIds)
{
    if (!ensureOpen())
        return 0;
    if (itemIds.isEmpty()) {
        fail(JournalError::Invalid, tr("A request must carry at least one item."));
        return 0;
    }
    if (!m_db->begin())
        return 0;
    const qint64 now = nowMs();
    const auto abort = [this] {
        m_db->rollback();
        return qint64(0);
    };
    bool cancelled = false;
    if (!requireRun(runId, &cancelled))
        return abort();
    if (cancelled) {
        fail(JournalError::Invalid,
             tr("Run %1 has been cancelled: nothing more is sent.").arg(runId));
        return abort();
    }
    QSqlQuery *insertRequest = m_db->prepared(kInsertRequest);
    if (!m_db->run(insertRequest, {runId, now}))
        return abort();
    const qint64 ref = insertRequest->lastInsertId().toLongLong();
    for (qsizetype from = 0; from < itemIds.size(); from += kItemsPerStatement) {
        const QList<qint64> chunk = itemIds.mid(from, kItemsPerStatement);
        const QString ids = placeholders(chunk.size(), QLatin1String("?"));
        QVariantList chosen{runId};
        for (const qint64 id : chunk)
            chosen.append(id);
        if (!itemEvents::recordMatching(
                *m_db, QStringLiteral("run_id = ? AND state = 'QUEUED' AND id IN (%1)").arg(ids),
                chosen, ItemState::Sending, now, QVariant(), ItemEventSource::Send)) {
            return abort();
        }
        QSqlQuery *mark = m_db->prepared(QString::fromLatin1(kMarkSending).arg(ids));
        QVariantList values{ref, now};
        values += chosen;
        if (!m_db->run(mark, values))
            return abort();
        if (mark->numRowsAffected() != chunk.size()) {
            m_db->rollback();
            explainNotSendable(runId, itemIds);
            return 0;
        }
        QSqlQuery *link =
            m_db->prepared(QString::fromLatin1(kInsertRequestItems)
                               .arg(placeholders(chunk.size(), QLatin1String("(?, ?)"))));
        values.clear();
        for (const qint64 id : chunk)
            values << ref << id;
        if (!m_db->run(link, values))
            return abort();
    }
    if (!m_db->commit())
        return 0;
    return ref;
}

bool Journal::requireRun(qint64 runId, bool *cancelled)
{
    QSqlQuery *exists = m_db->prepared(kRunExists);
    if (!m_db->run(exists, {runId}))
        return false;
    const bool found = exists->next();
    if (found && cancelled)
        *cancelled = exists->value(0).toInt() != 0;
    if (!m_db->readDone(exists))
        return false;
    return found || fail(JournalError::NotFound, tr("The journal has no run %1.").arg(runId));
}

void Journal::explainNotSendable(qint64 runId, const QList<qint64> &itemIds)
{
    QSet<qint64> seen;
    QSqlQuery *read = m_db->prepared(kItemState);
    for (const qint64 id : itemIds) {
        if (seen.contains(id)) {
            fail(JournalError::Invalid,
                 tr("Item %1 appears more than once in the request.").arg(id));
            return;
        }
        seen.insert(id);
        if (!m_db->run(read, {id}))
            return;
        const bool found = read->next();
        const bool sendable = found && read->value(0).toString() == QLatin1String("QUEUED") &&
                              read->value(1).toLongLong() == runId;
        if (!m_db->readDone(read))
            return;
        if (!sendable) {
            fail(JournalError::Invalid,
                 tr("Item %1 of run %2 is not waiting to be sent, so it was not sent again.")
                     .arg(id)
                     .arg(runId));
            return;
        }
    }
    fail(JournalError::Failed, tr("The journal %1 did not mark the items as being sent.")
                                   .arg(QDir::toNativeSeparators(m_path)));
}

void Journal::explainNotAnswerable(qint64 requestRef, const QList<qint64> &itemIds)
{
    QSqlQuery *read = m_db->prepared(kItemState);
    for (const qint64 id : itemIds) {
        if (!m_db->run(read, {id}))
            return;
        const bool found = read->next();
        const bool waiting = found && read->value(0).toString() == QLatin1String("SENDING") &&
                             read->value(2).toLongLong() == requestRef;
        if (!m_db->readDone(read))
            return;
        if (!waiting) {
            fail(
                JournalError::Invalid,
                tr("Item %1 is not waiting for the answer to request %2.").arg(id).arg(requestRef));
            return;
        }
    }
    fail(JournalError::Failed,
         tr("The journal %1 did not record the answer.").arg(QDir::toNativeSeparators(m_path)));
}

bool Journal::applyAnswer(const RequestAnswer &answer, QList<qint64> *runIds,
                          QList<qint64> *suspects)
{
    QSqlQuery *info = m_db->prepared(kRequestInfo);
    if (!m_db->run(info, {answer.requestRef}))
        return false;
    if (!info->next()) {
        if (!m_db->readDone(info))
            return false;
        return fail(JournalError::NotFound,
                    tr("The journal has no request %1.").arg(answer.requestRef));
    }
    const qint64 runId = info->value(0).toLongLong();
    const bool answered = !info->value(1).isNull();
    info->finish();
    if (answered) {
        return fail(JournalError::Invalid,
                    tr("Request %1 has already been answered.").arg(answer.requestRef));
    }
    QSqlQuery *count = m_db->prepared(kRequestItemCount);
    if (!m_db->run(count, {answer.requestRef}) || !m_db->readRow(count))
        return false;
    const int carried = count->value(0).toInt();
    count->finish();
    if (carried != answer.items.size()) {
        return fail(JournalError::Invalid,
                    tr("The answer to request %1 gives %2 item states for the %3 items it "
                       "carried.")
                        .arg(answer.requestRef)
                        .arg(answer.items.size())
                        .arg(carried));
    }
    const qint64 now = nowMs();
    if (!m_db->run(m_db->prepared(kAnswerRequest),
                   {answer.requestId, answer.httpStatus, answer.errorCode, answer.remark,
                    answer.resultBody.isNull() ? QVariant() : QVariant(answer.resultBody), now,
                    answer.requestRef})) {
        return false;
    }
    // Items with the same outcome (typically all of them) are updated together.
    struct Group {
        const ItemOutcome *outcome;
        QList<qint64> ids;
    };
    QList<Group> groups;
    QHash<QString, qsizetype> groupOf;
    QSet<qint64> seen;
    for (const ItemOutcome &outcome : answer.items) {
        if (outcome.state == ItemState::Sending) {
            return fail(
                JournalError::Invalid,
                tr("An answer cannot leave item %1 in the SENDING state.").arg(outcome.itemId));
        }
        if (seen.contains(outcome.itemId)) {
            return fail(JournalError::Invalid,
                        tr("Item %1 appears more than once in the answer to request %2.")
                            .arg(outcome.itemId)
                            .arg(answer.requestRef));
        }
        seen.insert(outcome.itemId);
        const QString key = itemStates::name(outcome.state) + QChar(0x1f) + outcome.code +
                            QChar(0x1f) + outcome.remark + QChar(0x1f) + outcome.approvalId +
                            QChar(0x1f) +
                            QString::number(nullableMs(outcome.effectiveAt).toLongLong());
        const auto it = groupOf.constFind(key);
        if (it == groupOf.cend()) {
            groupOf.insert(key, groups.size());
            groups.append({&outcome, {outcome.itemId}});
        } else {
            groups[it.value()].ids.append(outcome.itemId);
        }
    }
    for (const Group &group : std::as_const(groups)) {
        const ItemOutcome &outcome = *group.outcome;
        for (qsizetype from = 0; from < group.ids.size(); from += kItemsPerStatement) {
            const QList<qint64> chunk = group.ids.mid(from, kItemsPerStatement);
            const QString ids = placeholders(chunk.size(), QLatin1String("?"));
            QVariantList chosen{answer.requestRef};
            for (const qint64 id : chunk)
                chosen.append(id);
            if (!itemEvents::recordMatching(
                    *m_db,
                    QStringLiteral("request_ref = ? AND state = 'SENDING' AND id IN (%1)").arg(ids),
                    chosen, outcome.state, now, nullableMs(outcome.effectiveAt),
                    ItemEventSource::Response)) {
                return false;
            }
            QSqlQuery *update = m_db->prepared(QString::fromLatin1(kAnswerItems).arg(ids));
            QVariantList values{itemStates::name(outcome.state),
                                outcome.code,
                                outcome.remark,
                                nullable(outcome.approvalId),
                                nullableMs(outcome.effectiveAt),
                                now,
                                qMax(0, answer.attempts - 1),
                                answer.requestRef};
            for (const qint64 id : chunk)
                values.append(id);
            if (!m_db->run(update, values))
                return false;
            if (update->numRowsAffected() != chunk.size()) {
                *suspects = chunk; // explained after the rollback, on the states before
                return false;
            }
        }
    }
    if (!runIds->contains(runId))
        runIds->append(runId);
    return true;
}

bool Journal::finishIfDone(qint64 runId)
{
    return m_db->run(m_db->prepared(kFinishRun), {nowMs(), runId, runId});
}

bool Journal::recordAnswer(const RequestAnswer &answer)
{
    return recordAnswers({answer});
}

bool Journal::recordAnswers(const QList<RequestAnswer> &answers)
{
    if (!ensureOpen())
        return false;
    if (answers.isEmpty())
        return true;
    if (!m_db->begin())
        return false;
    QList<qint64> runIds;
    for (const RequestAnswer &answer : answers) {
        QList<qint64> suspects;
        if (!applyAnswer(answer, &runIds, &suspects)) {
            m_db->rollback();
            if (!suspects.isEmpty())
                explainNotAnswerable(answer.requestRef, suspects);
            return false;
        }
    }
    for (const qint64 runId : std::as_const(runIds)) {
        if (!finishIfDone(runId)) {
            m_db->rollback();
            return false;
        }
    }
    return m_db->commit();
}

bool Journal::updateItems(const QList<ItemOutcome> &updates)
{
    if (!ensureOpen())
        return false;
    if (updates.isEmpty())
        return true;
    if (!m_db->begin())
        return false;
    const auto abort = [this] {
        m_db->rollback();
        return false;
    };
    const qint64 now = nowMs();
    QList<qint64> runIds;
    QSqlQuery *read = m_db->prepared(kItemState);
    QSqlQuery *update = m_db->prepared(kUpdateItem);
    for (const ItemOutcome &outcome : updates) {
        if (!m_db->run(read, {outcome.itemId}))
            return abort();
        if (!read->next()) {
            if (m_db->readDone(read))
                fail(JournalError::NotFound, tr("The journal has no item %1.").arg(outcome.itemId));
            return abort();
        }
        const QString fromName = read->value(0).toString();
        const ItemState from = stateFrom(read->value(0));
        const qint64 runId = read->value(1).toLongLong();
        read->finish();
        if (!updatable(from, outcome.state)) {
            fail(JournalError::Invalid, tr("Item %1 cannot go from %2 to %3.")
                                            .arg(QString::number(outcome.itemId), fromName,
                                                 itemStates::name(outcome.state)));
            return abort();
        }
        if (!m_db->run(update, {itemStates::name(outcome.state), outcome.code, outcome.remark,
                                nullable(outcome.approvalId), nullableMs(outcome.effectiveAt), now,
                                outcome.itemId, fromName})) {
            return abort();
        }
        if (update->numRowsAffected() == 1 &&
            !itemEvents::record(*m_db, runId, outcome.itemId, from, outcome.state, now,
                                nullableMs(outcome.effectiveAt), itemEvents::updateSource(from))) {
            return abort();
        }
        if (!runIds.contains(runId))
            runIds.append(runId);
    }
    for (const qint64 runId : std::as_const(runIds)) {
        if (!finishIfDone(runId))
            return abort();
    }
    return m_db->commit();
}

bool Journal::recordAuthorizations(qint64 runId,
                                   const QHash<qint64, QList<AppAuthorization>> &byItem)
{
    if (!ensureOpen())
        return false;
    if (byItem.isEmpty())
        return true;
    if (!requireRun(runId) || !m_db->begin())
        return false;
    if (!authorizationSnapshots::record(*m_db, runId, byItem, nowMs())) {
        m_db->rollback();
        return false;
    }
    return m_db->commit();
}

int Journal::cancelQueued(qint64 runId)
{
    if (!ensureOpen() || !m_db->begin())
        return -1;
    QSqlQuery *cancelRun = m_db->prepared(kCancelRun);
    if (!m_db->run(cancelRun, {runId})) {
        m_db->rollback();
        return -1;
    }
    if (cancelRun->numRowsAffected() != 1) {
        fail(JournalError::NotFound, tr("The journal has no run %1.").arg(runId));
        m_db->rollback();
        return -1;
    }
    const qint64 now = nowMs();
    if (!itemEvents::recordRunState(*m_db, runId, ItemState::Queued, ItemState::Cancelled, now,
                                    ItemEventSource::Cancel)) {
        m_db->rollback();
        return -1;
    }
    QSqlQuery *cancelItems = m_db->prepared(kCancelItems);
    if (!m_db->run(cancelItems, {now, runId})) {
        m_db->rollback();
        return -1;
    }
    const int cancelled = cancelItems->numRowsAffected();
    if (!finishIfDone(runId)) {
        m_db->rollback();
        return -1;
    }
    return m_db->commit() ? cancelled : -1;
}

int Journal::nameItems(qint64 runId, const QList<NewItem> &named)
{
    if (!ensureOpen() || !m_db->begin())
        return -1;
    if (!requireRun(runId)) {
        m_db->rollback();
        return -1;
    }
    int count = 0;
    QSqlQuery *name = m_db->prepared(kNameItem);
    for (const NewItem &item : named) {
        if (item.displayName.isEmpty())
            continue;
        if (!m_db->run(name, {item.displayName, runId, item.keyId, item.keyPart})) {
            m_db->rollback();
            return -1;
        }
        count += name->numRowsAffected();
    }
    return m_db->commit() ? count : -1;
}

int Journal::failUnsent(qint64 runId, const QString &code, const QString &remark)
{
    if (!ensureOpen() || !m_db->begin())
        return -1;
    if (!requireRun(runId)) {
        m_db->rollback();
        return -1;
    }
    QSqlQuery *others = m_db->prepared(kNotQueued);
    if (!m_db->run(others, {runId}) || !others->next()) {
        m_db->rollback();
        return -1;
    }
    const int notQueued = others->value(0).toInt();
    if (!m_db->readDone(others)) {
        m_db->rollback();
        return -1;
    }
    if (notQueued > 0) {
        m_db->rollback();
        fail(JournalError::Invalid,
             tr("Run %1 has sent items already: they are not marked as failed.").arg(runId));
        return -1;
    }
    const qint64 now = nowMs();
    if (!itemEvents::recordRunState(*m_db, runId, ItemState::Queued, ItemState::Failed, now,
                                    ItemEventSource::Unsent)) {
        m_db->rollback();
        return -1;
    }
    QSqlQuery *failItems = m_db->prepared(kFailUnsent);
    if (!m_db->run(failItems, {code, remark, now, runId})) {
        m_db->rollback();
        return -1;
    }
    const int failed = failItems->numRowsAffected();
    if (!finishIfDone(runId)) {
        m_db->rollback();
        return -1;
    }
    return m_db->commit() ? failed : -1;
}

int Journal::markInterrupted(qint64 runId)
{
    if (!ensureOpen() || !m_db->begin())
        return -1;
    if (!requireRun(runId)) {
        m_db->rollback();
        return -1;
    }
    const qint64 now = nowMs();
    if (!itemEvents::recordRunState(*m_db, runId, ItemState::Sending, ItemState::Unknown, now,
                                    ItemEventSource::Interrupted)) {
        m_db->rollback();
        return -1;
    }
    QSqlQuery *interrupt = m_db->prepared(kInterruptItems);
    if (!m_db->run(interrupt, {now, runId})) {
        m_db->rollback();
        return -1;
    }
    const int marked = interrupt->numRowsAffected();
    return m_db->commit() ? marked : -1;
}

CreatedRun Journal::retryFailed(qint64 runId, const QString &createdBy)
{
    if (!ensureOpen() || !m_db->begin())
        return {};
    RunSummary original;
    if (!readSummary(runId, &original)) {
        m_db->rollback();
        return {};
    }
    NewRun retry;
    retry.kind = original.kind;
    retry.profileId = original.profileId;
    retry.profileName = original.profileName;
    retry.parameters = original.parameters;
    retry.createdBy = createdBy;
    QSqlQuery *failed = m_db->prepared(kFailedItems);
    if (!m_db->run(failed, {runId})) {
        m_db->rollback();
        return {};
    }
    while (failed->next()) {
        retry.items.append({failed->value(0).toString(), failed->value(1).toString(),
                            failed->value(2).toString()});
    }
    if (!m_db->readDone(failed)) {
        m_db->rollback();
        return {};
    }
    if (retry.items.isEmpty()) {
        fail(JournalError::Invalid, tr("Run %1 has no failed items to retry.").arg(runId));
        m_db->rollback();
        return {};
    }
    CreatedRun created;
    if (!insertRun(retry, runId, &created)) {
        m_db->rollback();
        return {};
    }
    if (!m_db->commit())
        return {};
    return created;
}

int Journal::prune(int days)
{
    if (!ensureOpen())
        return -1;
    if (days < 1) {
        fail(JournalError::Invalid, tr("The journal keeps runs for at least one day."));
        return -1;
    }
    if (!m_db->begin())
        return -1;
    const auto abort = [this] {
        m_db->rollback();
        return -1;
    };
    const qint64 cutoff = nowMs() - qint64(days) * 24 * 60 * 60 * 1000;
    QSqlQuery *select = m_db->prepared(kPrunable);
    if (!m_db->run(select, {cutoff}))
        return abort();
    QList<qint64> runIds;
    while (select->next())
        runIds.append(select->value(0).toLongLong());
    if (!m_db->readDone(select))
        return abort();
    for (const qint64 runId : std::as_const(runIds)) {
        for (const char *sql : {itemEvents::pruneStatement(),
                                authorizationSnapshots::pruneStatement(), kPruneRequestItems,
                                kPruneItems,
                                kPruneRequests, kPruneRun}) {
            if (!m_db->run(m_db->prepared(sql), {runId}))
                return abort();
        }
    }
    return m_db->commit() ? int(runIds.size()) : -1;
}

// ---- reads ----

bool Journal::readCounts(RunSummary *summary)
{
    QSqlQuery *counts = m_db->prepared(kRunCounts);
    if (!m_db->run(counts, {summary->id}))
        return false;
    summary->counts.clear();
    summary->total = 0;
    while (counts->next()) {
        const int n = counts->value(1).toInt();
        summary->counts[stateFrom(counts->value(0))] += n;
        summary->total += n;
    }
    return m_db->readDone(counts);
}

bool Journal::readSummary(qint64 runId, RunSummary *summary)
{
    QSqlQuery *run = m_db->prepared(kRun);
    if (!m_db->run(run, {runId}))
        return false;
    if (!run->next()) {
        if (!m_db->readDone(run))
            return false;
        return fail(JournalError::NotFound, tr("The journal has no run %1.").arg(runId));
    }
    readSummaryRow(*run, summary);
    run->finish();
    return readCounts(summary) && readUndoneBy({summary});
}

bool Journal::readUndoneBy(const QList<RunSummary *> &summaries)
{
    if (summaries.isEmpty())
        return true;
    QHash<qint64, RunSummary *> byId;
    qint64 first = std::numeric_limits<qint64>::max();
    for (RunSummary *s : summaries) {
        s->undoneBy.clear();
        byId.insert(s->id, s);
        first = std::min(first, s->id);
    }
    const QString key = runParameters::undoOfKey();
    const QString path = QStringLiteral("$.") + key;
    const QString pattern = QStringLiteral("%\"") + key + QStringLiteral("\"%");
    QSqlQuery *undos = m_db->prepared(kUndoRuns);
    if (!m_db->run(undos, {path, first, pattern}))
        return false;
    while (undos->next()) {
        if (RunSummary *undone = byId.value(undos->value(1).toLongLong()))
            undone->undoneBy.append(undos->value(0).toLongLong());
    }
    return m_db->readDone(undos);
}

QList<RunSummary> Journal::unfinishedRuns()
{
    QList<RunSummary> runs;
    if (!ensureOpen() || !m_db->beginRead())
        return runs;
    QSqlQuery *select = m_db->prepared(kUnfinished);
    if (!m_db->run(select, {})) {
        m_db->rollback();
        return runs;
    }
    QList<qint64> ids;
    while (select->next())
        ids.append(select->value(0).toLongLong());
    if (!m_db->readDone(select)) {
        m_db->rollback();
        return runs;
    }
    for (const qint64 id : std::as_const(ids)) {
        RunSummary summary;
        if (!readSummary(id, &summary)) {
            m_db->rollback();
            return {};
        }
        runs.append(summary);
    }
    m_db->commit();
    return runs;
}

std::optional<RunSummary> Journal::runSummary(qint64 runId)
{
    if (!ensureOpen() || !m_db->beginRead())
        return std::nullopt;
    RunSummary summary;
    const bool ok = readSummary(runId, &summary);
    m_db->rollback();
    if (!ok)
        return std::nullopt;
    return summary;
}

QDateTime Journal::latestEffectiveAt(RunKind kind, const QString &parameterKey,
                                     const QString &parameterValue, const QString &keyId,
                                     const QString &keyPart, qint64 exceptRunId)
{
    if (!ensureOpen() || !m_db->beginRead())
        return {};
    QDateTime found;
    {
        QSqlQuery q(QSqlDatabase::database(m_db->name(), false));
        q.setForwardOnly(true);
        if (q.prepare(QStringLiteral(
                "SELECT items.effective_at, runs.parameters FROM items JOIN runs ON runs.id = "
                "items.run_id WHERE items.key_id = ? AND items.key_part = ? AND runs.kind = ? "
                "AND runs.id <> ? AND items.effective_at IS NOT NULL ORDER BY items.id DESC "
                "LIMIT 50")) &&
            m_db->run(&q, {keyId, keyPart, runKinds::name(kind), exceptRunId})) {
            while (q.next()) {
                const QJsonObject parameters =
                    QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
                if (parameters.value(parameterKey).toString() != parameterValue)
                    continue;
                found = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
                break;
            }
        }
    }
    m_db->rollback();
    return found;
}

std::optional<RunRecord> Journal::loadRun(qint64 runId)
{
    if (!ensureOpen() || !m_db->beginRead())
        return std::nullopt;
    const auto abort = [this] {
        m_db->rollback();
        return std::nullopt;
    };
    RunRecord record;
    if (!readSummary(runId, &record.run))
        return abort();

    QSqlQuery *requests = m_db->prepared(kRunRequests);
    if (!m_db->run(requests, {runId}))
        return abort();
    QHash<qint64, qsizetype> requestIndex;
    while (requests->next()) {
        JournalRequest request;
        request.ref = requests->value(0).toLongLong();
        request.runId = runId;
        request.requestId = requests->value(1).toString();
        request.httpStatus = requests->value(2).toInt();
        request.errorCode = requests->value(3).toString();
        request.remark = requests->value(4).toString();
        request.resultBody = requests->value(5).toByteArray();
        request.sentAt = fromMs(requests->value(6));
        request.answeredAt = fromMs(requests->value(7));
        requestIndex.insert(request.ref, record.requests.size());
        record.requests.append(request);
    }
    if (!m_db->readDone(requests))
        return abort();

    QSqlQuery *links = m_db->prepared(kRunRequestItems);
    if (!m_db->run(links, {runId}))
        return abort();
    while (links->next()) {
        const auto it = requestIndex.constFind(links->value(0).toLongLong());
        if (it != requestIndex.cend())
            record.requests[it.value()].itemIds.append(links->value(1).toLongLong());
    }
    if (!m_db->readDone(links))
        return abort();

    QSqlQuery *items = m_db->prepared(kRunItems);
    if (!m_db->run(items, {runId}))
        return abort();
    record.items.reserve(record.run.total);
    while (items->next())
        record.items.append(readItemRow(*items));
    if (!m_db->readDone(items))
        return abort();
    if (m_schemaFound >= 2) { // version 1 recorded no changes
        QHash<qint64, QList<ItemEvent>> events;
        if (!itemEvents::readRun(*m_db, runId, &events))
            return abort();
        for (JournalItem &item : record.items)
            item.events = events.value(item.id);
    }
    if (m_schemaFound >= 3) { // the apps authorized before an UNPUBLISH
        QHash<qint64, QList<AppAuthorization>> apps;
        if (!authorizationSnapshots::readRun(*m_db, runId, &apps))
            return abort();
        for (JournalItem &item : record.items) {
            const auto it = apps.constFind(item.id);
            if (it != apps.cend())
                item.authorizedBefore = *it;
        }
    }
    m_db->rollback();
    return record;
}

namespace {

int clampedLimit(int limit)
{
    return std::clamp(limit, 1, 1000);
}

QList<RunSummary *> pointersTo(QList<RunSummary> &runs)
{
    QList<RunSummary *> out;
    out.reserve(runs.size());
    for (RunSummary &run : runs)
        out.append(&run);
    return out;
}

} // namespace

// The conditions of a search, ANDed, with their values in order.
struct Journal::Where {
    QStringList clauses;
    QVariantList values;

    void add(const QString &clause, const QVariantList &clauseValues)
    {
        clauses.append(clause);
        values += clauseValues;
    }
    QString sql() const
    {
        return clauses.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + clauses.join(QLatin1String(" AND "));
    }
};

Journal::Where Journal::runConditions(const JournalQuery &query) const
{
    Where w;
    if (query.kind)
        w.add(QStringLiteral("r.kind = ?"), {runKinds::name(*query.kind)});
    if (query.from.isValid())
        w.add(QStringLiteral("r.created_at >= ?"), {query.from.toMSecsSinceEpoch()});
    if (query.to.isValid())
        w.add(QStringLiteral("r.created_at < ?"), {query.to.toMSecsSinceEpoch()});
    return w;
}

bool Journal::readPage(const QString &columns, const QString &from, const Where &where,
                       const QString &order, const JournalQuery &query, int *total,
                       const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery q(QSqlDatabase::database(m_db->name(), false));
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT COUNT(*)") + from + where.sql())) {
        m_db->setSqlError(q.lastError());
        return false;
    }
    if (!m_db->run(&q, where.values) || !m_db->readRow(&q))
        return false;
    *total = q.value(0).toInt();
    q.finish();

    if (!q.prepare(QStringLiteral("SELECT ") + columns + from + where.sql() +
                   QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ? OFFSET ?"))) {
        m_db->setSqlError(q.lastError());
        return false;
    }
    if (!m_db->run(&q, where.values +
                           QVariantList{clampedLimit(query.limit), std::max(0, query.offset)})) {
        return false;
    }
    while (q.next())
        row(q);
    return m_db->readDone(&q);
}

RunPage Journal::searchRuns(const JournalQuery &query)
{
    RunPage page;
    if (!ensureOpen())
        return page;
    Where w = runConditions(query);
    if (!query.id.isEmpty()) {
        // Driven by the item key indexes; "+state" keeps SQLite on them rather than on
        // every item in that state.
        QString inner =
            QStringLiteral("r.id IN (SELECT run_id FROM items WHERE (key_id = ? OR key_part = ?)");
        QVariantList values{query.id, query.id};
        if (query.state) {
            inner += QLatin1String(" AND +state = ?");
            values.append(itemStates::name(*query.state));
        }
        w.add(inner + QLatin1Char(')'), values);
    } else if (query.state) {
        w.add(QStringLiteral("EXISTS (SELECT 1 FROM items i WHERE i.run_id = r.id AND "
                             "i.state = ?)"),
              {itemStates::name(*query.state)});
    }
    if (!query.text.isEmpty()) {
        // An id exactly, or a part of the name (LIKE is case-insensitive for ASCII; the
        // wildcards typed are taken literally).
        QString pattern = query.text;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        w.add(QStringLiteral("r.id IN (SELECT run_id FROM items WHERE key_id = ? OR key_part = ? "
                             "OR display_name LIKE ? ESCAPE '\\')"),
              QVariantList{query.text, query.text,
                           QString(QLatin1Char('%') + pattern + QLatin1Char('%'))});
    }
    if (!m_db->beginRead())
        return page;
    const bool ok = readPage(QStringLiteral(DESK_RUN_COLUMNS), QStringLiteral(" FROM runs r"), w,
                             QStringLiteral("r.created_at DESC, r.id DESC"), query, &page.total,
                             [&page](const QSqlQuery &q) {
                                 RunSummary summary;
                                 readSummaryRow(q, &summary);
                                 page.runs.append(summary);
                             }) &&
                    std::all_of(page.runs.begin(), page.runs.end(),
                                [this](RunSummary &summary) { return readCounts(&summary); }) &&
                    readUndoneBy(pointersTo(page.runs));
    m_db->rollback();
    return ok ? page : RunPage();
}

ItemPage Journal::searchItems(const JournalQuery &query)
{
    ItemPage page;
    if (!ensureOpen())
        return page;
    Where w = runConditions(query);
    if (!query.id.isEmpty())
        w.add(QStringLiteral("(i.key_id = ? OR i.key_part = ?)"), {query.id, query.id});
    if (query.state) {
        // With an id, "+" keeps SQLite on the id indexes rather than items_state.
        w.add(query.id.isEmpty() ? QStringLiteral("i.state = ?") : QStringLiteral("+i.state = ?"),
              {itemStates::name(*query.state)});
    }
    if (!m_db->beginRead())
        return page;
    const bool ok =
        readPage(QStringLiteral(DESK_ITEM_COLUMNS ", r.kind, r.created_at"),
                 QStringLiteral(" FROM items i JOIN runs r ON r.id = i.run_id "
                                "LEFT JOIN requests q ON q.id = i.request_ref"),
                 w, QStringLiteral("r.created_at DESC, r.id DESC, i.id"), query, &page.total,
                 [&page](const QSqlQuery &q) {
                     ItemHit hit;
                     hit.item = readItemRow(q);
                     hit.runId = hit.item.runId;
                     runKinds::fromName(q.value(kItemColumnCount).toString(), &hit.kind);
                     hit.runCreatedAt = fromMs(q.value(kItemColumnCount + 1));
                     page.items.append(hit);
                 });
    m_db->rollback();
    return ok ? page : ItemPage();
}

bool Journal::checkIntegrity()
{
    if (!ensureOpen())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_db->name(), false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        m_db->setSqlError(q.lastError());
        return false;
    }
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (q.lastError().isValid()) {
        m_db->setSqlError(q.lastError());
        return false;
    }
    if (!problems.isEmpty()) {
        return fail(JournalError::Corrupt,
                    tr("The journal %1 is damaged: %2")
                        .arg(QDir::toNativeSeparators(m_path), problems.first()));
    }
    return true;
}

} // namespace dataarts
