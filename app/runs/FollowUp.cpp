#include "FollowUp.h"

#include "batch/BatchEngine.h"
#include "client/Pager.h"
#include "client/Session.h"
#include "client/jobs/ListAuthorizedAppsJob.h"
#include "journal/Journal.h"

namespace dataarts {

namespace {

// The link state of an app that has not acknowledged an UNPUBLISH or STOP yet (section 7.4.3).
const QLatin1String kNotAcknowledged("OFFLINE_WAITING_CHECK");

} // namespace

FollowUp::FollowUp(BatchEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    if (engine) {
        connect(engine, &BatchEngine::pendingRefreshed, this,
                [this](qint64 runId, int, const ApiError &error) {
                    if (!m_finished && runId == m_current)
                        onRefreshed(runId, error);
                });
    }
}

FollowUp::~FollowUp() = default;

QString FollowUp::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Waiting:
        return QStringLiteral("WAITING");
    case Outcome::TookEffect:
        return QStringLiteral("TOOK_EFFECT");
    case Outcome::Refused:
        return QStringLiteral("REFUSED");
    }
    return QString();
}

QDateTime FollowUp::now() const
{
    Session *session = m_engine ? m_engine->session() : nullptr;
    if (session && session->lastServerDate().isValid())
        return session->lastServerDate();
    return session ? session->now() : QDateTime::currentDateTimeUtc();
}

int FollowUp::waitingCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const Item &i) { return i.outcome == Outcome::Waiting; }));
}

void FollowUp::start(const QList<qint64> &runIds)
{
    if (m_started)
        return;
    m_started = true;
    m_runs = runIds;
    if (!m_engine || !m_engine->journal() || !m_engine->session()) {
        m_journalError = FollowUpText::tr("There is no connection to read the waiting items with.");
    } else if (m_runs.isEmpty()) {
        QList<WaitingItem> all;
        if (waitingItems::read(*m_engine->journal(), &all))
            m_runs = waitingItems::runIds(all);
        else
            m_journalError = m_engine->journal()->errorString();
    }
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_journalError.isEmpty())
                finish();
            else
                nextRun();
        },
        Qt::QueuedConnection);
}

void FollowUp::cancel()
{
    m_runs.clear();
    if (m_pager)
        m_pager->cancel();
    finish();
}

void FollowUp::nextRun()
{
    if (m_finished)
        return;
    if (!m_engine) { // its session closed meanwhile
        finish();
        return;
    }
    if (m_runs.isEmpty()) {
        finish();
        return;
    }
    m_current = m_runs.takeFirst();
    Journal *journal = m_engine->journal();
    if (!waitingItems::read(*journal, &m_before, m_current)) {
        m_journalError = journal->errorString();
        finish();
        return;
    }
    if (m_before.isEmpty()) {
        nextRun();
        return;
    }
    if (!m_engine->refreshPending(m_current)) {
        // Not re-read (another connection's run, one running here, ...): as it was.
        onRefreshed(m_current, ApiError::invalidInput(m_engine->errorString()));
    }
}

void FollowUp::onRefreshed(qint64 runId, const ApiError &error)
{
    if (!m_engine) {
        finish();
        return;
    }
    Journal *journal = m_engine->journal();
    // The decisions could not be recorded (or the run read): the journal failed.
    if (journal->error() != JournalError::None) {
        m_journalError = journal->errorString();
        finish();
        return;
    }
    if (error.isError() && !m_readError.isError())
        m_readError = error;
    const std::optional<RunRecord> record = journal->loadRun(runId);
    if (!record) {
        m_journalError = journal->errorString();
        finish();
        return;
    }
    QHash<qint64, const JournalItem *> now;
    for (const JournalItem &item : record->items)
        now.insert(item.id, &item);
    for (const WaitingItem &w : std::as_const(m_before)) {
        Item it;
        it.before = w;
        const JournalItem *after = now.value(w.item.id);
        it.now = after ? *after : w.item;
        switch (it.now.state) {
        case ItemState::Success:
            it.outcome = Outcome::TookEffect;
            it.at = it.now.tookEffectAt();
            break;
        case ItemState::Failed:
        case ItemState::Cancelled:
            it.outcome = Outcome::Refused;
            it.reason = it.now.code.isEmpty()
                            ? it.now.remark
                            : it.now.code + QStringLiteral(": ") + it.now.remark;
            break;
        default:
            it.outcome = Outcome::Waiting;
            it.at = it.now.state == ItemState::Scheduled ? it.now.effectiveAt : QDateTime();
            if (error.isError()) {
                it.reason = FollowUpText::tr("Not read again, so left as it was: %1")
                                .arg(error.message());
            } else if (w.waitsForApps() && it.now.state == ItemState::Scheduled &&
                       !m_appApis.contains(w.item.keyId)) {
                m_appApis.append(w.item.keyId);
            }
            break;
        }
        m_items.append(it);
    }
    readApps();
}

void FollowUp::readApps()
{
    if (m_finished)
        return;
    if (m_appApis.isEmpty()) {
        nextRun();
        return;
    }
    if (!m_engine) {
        finish();
        return;
    }
    const QString apiId = m_appApis.takeFirst();
    Session *session = m_engine->session();
    auto *pager =
        new Pager([session, apiId] { return new ListAuthorizedAppsJob(session, apiId); }, this);
    pager->setLimit(100);
    m_apps.remove(apiId);
    connect(pager, &Pager::pageReady, this, [this, apiId](ListJob *job) {
        m_apps[apiId] += static_cast<ListAuthorizedAppsJob *>(job)->result().records;
    });
    connect(pager, &Pager::finished, this, [this, pager, apiId] {
        pager->deleteLater();
        const QList<AuthorizedApp> apps = m_apps.value(apiId);
        for (Item &it : m_items) {
            if (it.before.runId != m_current || it.outcome != Outcome::Waiting ||
                !it.before.waitsForApps() || it.before.item.keyId != apiId)
                continue;
            if (!pager->ok()) {
                it.appsProblem =
                    FollowUpText::tr("The apps still to acknowledge could not be read: %1")
                        .arg(pager->error().message());
                continue;
            }
            it.appsRead = true;
            for (const AuthorizedApp &app : apps) {
                if (app.instanceId == it.before.item.keyPart &&
                    app.relationshipType == kNotAcknowledged)
                    it.appsToAcknowledge.append(app);
            }
        }
        readApps();
    });
    m_pager = pager;
    pager->start();
}

void FollowUp::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_current = 0;
    emit finished();
}

} // namespace dataarts
