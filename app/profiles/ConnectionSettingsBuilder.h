#pragma once

#include "client/ConnectionSettings.h"
#include "profiles/Profile.h"
#include "profiles/SandboxStartup.h"

#include <QObject>
#include <QString>

#include <optional>

namespace dataarts {

class SecretStore;

// Builds the ConnectionSettings of a profile: the non-secret fields and endpoints from the
// profile (regions:: or the custom URL), the secrets read from the SecretStore. The
// built-in Sandbox profile reads nothing from the keychain: its URL, ids and keys come from
// the running sandbox (setSandboxStartup()). finished() comes once, after start() returned.
class ConnectionSettingsBuilder : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionSettingsBuilder(SecretStore *secrets, QObject *parent = nullptr);

    // Everything but the secrets (for display, or to fill in secrets by hand). The
    // profile's own timeouts, when set, win over the app's settings.
    static ConnectionSettings withoutSecrets(const Profile &profile);
    // The settings (QSettings) "network/connectTimeoutSeconds" (default 15),
    // "network/transferTimeoutSeconds" (60) and "batch/unknownGraceSeconds" (180), shared
    // by the app and the CLI; CLI options override them.
    static void applyTimeoutSettings(ConnectionSettings *settings);
    // The sandbox profile's settings, complete (keys included).
    static ConnectionSettings forSandbox(const SandboxStartup &startup);

    void setSandboxStartup(const SandboxStartup &startup) { m_sandbox = startup; }

    void start(const Profile &profile);

    const ConnectionSettings &settings() const { return m_settings; }
    QString errorString() const { return m_error; }
    // The secrets came from this run's memory (no keychain).
    bool secretsSessionOnly() const { return m_sessionOnly; }

signals:
    void finished(bool ok);

private:
    void finish(bool ok);

    SecretStore *m_secrets;
    std::optional<SandboxStartup> m_sandbox;
    ConnectionSettings m_settings;
    QString m_error;
    bool m_sessionOnly = false;
};

} // namespace dataarts
