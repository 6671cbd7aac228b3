#pragma once

#include "ConnectionStatus.h"

#include "client/Session.h"

#include "profiles/Profile.h"

#include <QObject>
#include <QPointer>
#include <QUuid>

#include <optional>

namespace dataarts {

class ConnectionSettingsBuilder;
class ConnectionTest;
class ProfileStore;
class SandboxLauncher;
class SecretStore;

// Opens one profile at a time: builds its ConnectionSettings through
// ConnectionSettingsBuilder (secrets from the keychain, or the running sandbox's keys for
// the built-in Sandbox profile, starting the sandbox when needed), creates the Session,
// measures it with one cheap signed call (ConnectionTest) and reports the state:
// connecting, connected (latency, clock offset) or failed (translated error). Opening
// another profile closes the previous session first. The opened profile becomes the
// store's last used one. A stored profile that changes while open is opened again; one
// that is removed is closed.
class ConnectionManager : public QObject
{
    Q_OBJECT
public:
    // sandbox may be null: the Sandbox profile then fails with a clear error.
    ConnectionManager(ProfileStore *profiles, SecretStore *secrets, SandboxLauncher *sandbox,
                      QObject *parent = nullptr);
    ~ConnectionManager() override;

    // A stored profile or Profile::sandbox().
    void open(const Profile &profile);
    // The stored profile with this id, or the Sandbox profile for Profile::sandboxId();
    // false (nothing changes) for an unknown id.
    bool openById(const QUuid &id);
    // Opens the current profile again (after a failure, or to measure again).
    void reconnect();
    void close();

    const ConnectionStatus &status() const { return m_status; }
    ConnectionStatus::State state() const { return m_status.state; }
    // The open session while Connected; nullptr otherwise.
    Session *session() const { return m_status.isConnected() ? m_session.data() : nullptr; }
    // The profile open or being opened.
    std::optional<Profile> profile() const { return m_profile; }

signals:
    void statusChanged(const dataarts::ConnectionStatus &status);
    // The session panes should use: a new one once Connected, nullptr when it closes.
    void sessionChanged(dataarts::Session *session);

private:
    void setStatus(const ConnectionStatus &status);
    void fail(const QString &error);
    void dropSession();
    void buildSettings();
    void measure(Session *session);
    void onSandboxReady();
    void onSandboxFailed(const QString &error);
    void onProfileUpdated(const QUuid &id);
    void onProfileRemoved(const QUuid &id);
    void onClockOffsetChanged(qint64 offsetMs);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QPointer<SandboxLauncher> m_sandbox;
    std::optional<Profile> m_profile;
    ConnectionStatus m_status;
    QPointer<Session> m_session;
    ConnectionSettingsBuilder *m_builder = nullptr;
    ConnectionTest *m_test = nullptr;
    bool m_waitingForSandbox = false;
    quint64 m_generation = 0;
};

} // namespace dataarts
