#include "ConnectionManager.h"

#include "ConnectionTest.h"
#include "SandboxLauncher.h"

#include "client/Session.h"
#include "profiles/ConnectionSettingsBuilder.h"
#include "profiles/ProfileStore.h"

#include <QLoggingCategory>

namespace dataarts {

namespace {
Q_LOGGING_CATEGORY(lcConnection, "dataarts.connection")
} // namespace

ConnectionManager::ConnectionManager(ProfileStore *profiles, SecretStore *secrets,
                                     SandboxLauncher *sandbox, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_sandbox(sandbox)
{
    connect(m_profiles, &ProfileStore::profileUpdated, this, &ConnectionManager::onProfileUpdated);
    connect(m_profiles, &ProfileStore::profileRemoved, this, &ConnectionManager::onProfileRemoved);
    if (m_sandbox) {
        connect(m_sandbox, &SandboxLauncher::ready, this, &ConnectionManager::onSandboxReady);
        connect(m_sandbox, &SandboxLauncher::failed, this, &ConnectionManager::onSandboxFailed);
    }
}

ConnectionManager::~ConnectionManager()
{
    ++m_generation;
    delete m_test;
    delete m_builder;
    delete m_session.data();
}

void ConnectionManager::setStatus(const ConnectionStatus &status)
{
    m_status = status;
    emit statusChanged(m_status);
}

void ConnectionManager::dropSession()
{
    ++m_generation; // answers of the previous attempt are ignored from now on
    m_waitingForSandbox = false;
    if (m_test) {
        m_test->disconnect(this);
        m_test->deleteLater();
        m_test = nullptr;
    }
    if (m_builder) {
        m_builder->disconnect(this);
        m_builder->deleteLater();
        m_builder = nullptr;
    }
    const bool wasConnected = m_status.isConnected() && m_session;
    if (m_session) {
        Session *session = m_session.data();
        m_session.clear();
        session->disconnect(this);
        if (wasConnected)
            emit sessionChanged(nullptr); // panes let go before it goes
        session->deleteLater();
    }
}

void ConnectionManager::open(const Profile &profile)
{
    dropSession();
    m_profile = profile;
    ConnectionStatus status;
    status.state = ConnectionStatus::State::Connecting;
    status.profileId = profile.id;
    status.profileName = profile.displayName;
    setStatus(status);
    if (!m_profiles->setLastUsed(profile.id))
        qCWarning(lcConnection) << "could not remember the last used profile";

    if (!profile.isSandbox) {
        buildSettings();
        return;
    }
    if (!m_sandbox) {
        fail(tr("The built-in sandbox is not available here."));
        return;
    }
    if (m_sandbox->isRunning()) {
        buildSettings();
        return;
    }
    m_waitingForSandbox = true;
    m_sandbox->start(); // ready() or failed() follows
}

bool ConnectionManager::openById(const QUuid &id)
{
    if (id == Profile::sandboxId()) {
        open(Profile::sandbox());
        return true;
    }
    const std::optional<Profile> profile = m_profiles->find(id);
    if (!profile)
        return false;
    open(*profile);
    return true;
}

void ConnectionManager::reconnect()
{
    if (!m_profile)
        return;
    const std::optional<Profile> current =
        m_profile->isSandbox ? Profile::sandbox() : m_profiles->find(m_profile->id);
    if (current)
        open(*current);
    else
        close();
}

void ConnectionManager::close()
{
    dropSession();
    m_profile.reset();
    setStatus(ConnectionStatus());
}

void ConnectionManager::fail(const QString &error)
{
    qCInfo(lcConnection).noquote() << "connection failed:" << error;
    ConnectionStatus status = m_status;
    status.state = ConnectionStatus::State::Failed;
    status.error = error;
    setStatus(status);
}

void ConnectionManager::onSandboxReady()
{
    if (!m_waitingForSandbox)
        return;
    m_waitingForSandbox = false;
    buildSettings();
}

void ConnectionManager::onSandboxFailed(const QString &error)
{
    if (m_waitingForSandbox) {
        m_waitingForSandbox = false;
        fail(error);
        return;
    }
    if (m_profile && m_profile->isSandbox && m_status.state != ConnectionStatus::State::Failed) {
        // The sandbox behind the open session ended on its own.
        dropSession();
        fail(error);
    }
}

void ConnectionManager::buildSettings()
{
    const quint64 generation = m_generation;
    m_builder = new ConnectionSettingsBuilder(m_secrets, this);
    if (m_profile->isSandbox)
        m_builder->setSandboxStartup(m_sandbox->startup());
    connect(m_builder, &ConnectionSettingsBuilder::finished, this, [this, generation](bool ok) {
        if (generation != m_generation)
            return;
        ConnectionSettingsBuilder *builder = std::exchange(m_builder, nullptr);
        builder->deleteLater();
        m_status.secretsSessionOnly = builder->secretsSessionOnly();
        if (!ok) {
            fail(builder->errorString());
            return;
        }
        auto *session = new Session(builder->settings(), this);
        m_session = session;
        if (session->setupError().isError()) {
            fail(session->setupError().message());
            return;
        }
        measure(session);
    });
    m_builder->start(*m_profile);
}

void ConnectionManager::measure(Session *session)
{
    const quint64 generation = m_generation;
    m_test = new ConnectionTest(this);
    connect(m_test, &ConnectionTest::finished, this,
            [this, generation, session](const ConnectionTestResult &result) {
                if (generation != m_generation)
                    return;
                std::exchange(m_test, nullptr)->deleteLater();
                ConnectionStatus status = m_status;
                status.test = result;
                if (!result.ok) {
                    status.state = ConnectionStatus::State::Failed;
                    status.error = result.error.message();
                    setStatus(status);
                    return;
                }
                status.state = ConnectionStatus::State::Connected;
                connect(session, &Session::clockOffsetChanged, this,
                        &ConnectionManager::onClockOffsetChanged);
                qCInfo(lcConnection)
                    << "connected to" << status.profileName << "in" << result.latencyMs
                    << "ms; clock offset" << result.clockOffsetMs << "ms";
                setStatus(status);
                emit sessionChanged(session);
            });
    m_test->start(session);
}

void ConnectionManager::onClockOffsetChanged(qint64 offsetMs)
{
    if (!m_status.isConnected() || m_status.test.clockOffsetMs == offsetMs)
        return;
    ConnectionStatus status = m_status;
    status.test.clockOffsetMs = offsetMs;
    if (m_session)
        status.test.serverTime = m_session->now();
    setStatus(status);
}

void ConnectionManager::onProfileUpdated(const QUuid &id)
{
    if (m_profile && !m_profile->isSandbox && m_profile->id == id)
        reconnect();
}

void ConnectionManager::onProfileRemoved(const QUuid &id)
{
    if (m_profile && m_profile->id == id)
        close();
}

} // namespace dataarts
