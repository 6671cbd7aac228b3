#include "RunCenter.h"

#include "client/Session.h"
#include "connection/ConnectionManager.h"
#include "journal/RunLock.h"

namespace dataarts {

RunCenter::RunCenter(QObject *parent)
    : RunCenter(Journal::defaultPath(), parent)
{}

RunCenter::RunCenter(const QString &journalPath, QObject *parent)
    : QObject(parent)
    , m_journal(journalPath)
{
    qRegisterMetaType<dataarts::RunSummary>();
    qRegisterMetaType<QList<dataarts::RunSummary>>();
}

RunCenter::~RunCenter()
{
    // The engine's runs and writer go before the journal they write to.
    m_engine.reset();
}

bool RunCenter::open()
{
    m_error.clear();
    if (!m_journal.isOpen() && !m_journal.open()) {
        m_error = m_journal.errorString();
        return false;
    }
    const int pruned = m_journal.prune(Journal::retentionDays());
    if (pruned < 0) {
        m_error = m_journal.errorString();
        return false;
    }
    m_pruned = pruned;
    return true;
}

QString RunCenter::journalNotice() const
{
    return m_journal.damageNotice();
}

bool RunCenter::isOpen() const
{
    return m_journal.isOpen();
}

QString RunCenter::profileIdOf(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

void RunCenter::setConnectionManager(ConnectionManager *manager)
{
    if (m_manager)
        disconnect(m_managerConnection);
    m_manager = manager;
    if (!manager) {
        setSession(nullptr);
        return;
    }
    const auto follow = [this](Session *session) {
        const std::optional<Profile> profile = m_manager ? m_manager->profile() : std::nullopt;
        if (session && profile)
            setSession(session, profileIdOf(profile->id), profile->displayName);
        else
            setSession(nullptr);
    };
    m_managerConnection = connect(manager, &ConnectionManager::sessionChanged, this, follow);
    follow(manager->session());
}

void RunCenter::setSession(Session *session, const QString &profileId, const QString &profileName)
{
    if (m_engine && m_engine->session() == session && m_profileId == profileId)
        return;
    m_engine.reset();
    m_profileId = session ? profileId : QString();
    m_profileName = session ? profileName : QString();
    if (session) {
        m_engine = std::make_unique<BatchEngine>(session, &m_journal);
        BatchEngine *engine = m_engine.get();
        engine->setDefaultProfile(m_profileId, m_profileName);
        connect(engine, &BatchEngine::runStarted, this,
                [this](qint64 runId, BatchRun *) { emit runStarted(runId); });
        connect(engine, &BatchEngine::runFinished, this, &RunCenter::runFinished);
        connect(engine, &BatchEngine::pendingRefreshed, this, &RunCenter::pendingRefreshed);
    }
    emit engineChanged(m_engine.get());
    if (m_engine && m_journal.isOpen()) {
        const QList<RunSummary> unfinished = unfinishedRuns();
        if (!unfinished.isEmpty())
            emit unfinishedRunsFound(unfinished);
    }
}

QList<RunSummary> RunCenter::unfinishedRuns()
{
    QList<RunSummary> out;
    if (!m_engine || !m_journal.isOpen())
        return out;
    const QList<RunSummary> all = m_journal.unfinishedRuns();
    for (const RunSummary &run : all) {
        if (run.profileId != m_profileId || m_engine->run(run.id))
            continue;
        // Another process (a CLI, another window) executes it now: not ours to offer.
        if (RunLock::heldElsewhere(m_journal.path(), run.id))
            continue;
        out.append(run);
    }
    return out;
}

bool RunCenter::ready()
{
    m_error.clear();
    if (!m_journal.isOpen()) {
        m_error = m_journal.errorString().isEmpty() ? tr("The journal is not open.")
                                                    : m_journal.errorString();
        return false;
    }
    if (!m_engine) {
        m_error = tr("No connection is open.");
        return false;
    }
    return true;
}

qint64 RunCenter::fail(const QString &message)
{
    m_error = message;
    return 0;
}

qint64 RunCenter::start(RunSpec spec)
{
    if (!ready())
        return 0;
    if (spec.profileId.isEmpty()) {
        spec.profileId = m_profileId;
        spec.profileName = m_profileName;
    }
    const qint64 id = m_engine->start(spec);
    return id > 0 ? id : fail(m_engine->errorString());
}

qint64 RunCenter::resume(qint64 runId)
{
    if (!ready())
        return 0;
    const qint64 id = m_engine->resume(runId);
    return id > 0 ? id : fail(m_engine->errorString());
}

qint64 RunCenter::retryFailed(qint64 runId)
{
    if (!ready())
        return 0;
    const qint64 id = m_engine->retryFailed(runId);
    return id > 0 ? id : fail(m_engine->errorString());
}

bool RunCenter::cancel(qint64 runId)
{
    if (!ready())
        return false;
    if (!m_engine->cancel(runId)) {
        fail(m_engine->errorString().isEmpty() ? tr("This run is not running.")
                                               : m_engine->errorString());
        return false;
    }
    return true;
}

bool RunCenter::refreshPending(qint64 runId)
{
    if (!ready())
        return false;
    if (!m_engine->refreshPending(runId)) {
        fail(m_engine->errorString());
        return false;
    }
    return true;
}

} // namespace dataarts
