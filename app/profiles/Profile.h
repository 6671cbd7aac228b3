#pragma once

#include "client/ConnectionSettings.h"
#include "profiles/SecretField.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUuid>

namespace dataarts {

// The fields of a profile a validation error can point at (one per dialog widget).
enum class ProfileField {
    DisplayName,
    Region, // region id or custom endpoint: "where to connect"
    Endpoint,
    ProjectId,
    InstanceId,
    Workspace,
    DlmType,
    IamUserName,
    IamAccountName,
    ProxyHost,
    ProxyPort,
    ProxyUser,
    CaBundle,
    // The secrets (entered in the dialog, kept in the keychain).
    AccessKey,
    SecretKey,
    IamPassword,
    ProxyPassword,
};

// One connection profile: everything but the secrets. Values of this type are what
// ProfileStore keeps in QSettings; the secrets a profile needs (secretFields()) live in the
// OS keychain through SecretStore, under the profile's id.
struct Profile {
    Q_DECLARE_TR_FUNCTIONS(Profile)
public:
    QUuid id;
    QString displayName;
    QString region;         // one of regions::ids(); may be empty with a custom endpoint
    QString customEndpoint; // "https://host[:port]"; empty: https://dayu.<region>.myhuaweicloud.com
    QString projectId;      // 32 hex characters
    QString instanceId;     // DataArts Studio instance (optional; used by discovery)
    QString instanceName;   // for display only
    QString workspaceId;    // the "workspace" header
    QString workspaceName;  // for display only
    QString dlmType;        // "SHARED", "EXCLUSIVE" or empty (header not sent)

    AuthMethod auth = AuthMethod::AkSk;
    QString iamUserName;
    QString iamAccountName;

    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    quint16 proxyPort = 0;
    QString proxyUser;

    QString caBundlePath; // PEM file added to the default trust; empty: system trust only

    // How long a request may wait for its connection and for its answer, in seconds; 0: the
    // app's settings (ConnectionSettingsBuilder::applyTimeoutSettings). CLI options override.
    int connectTimeoutSeconds = 0;
    int transferTimeoutSeconds = 0;
    static constexpr int maxTimeoutSeconds = 3600;

    // The built-in Sandbox profile: never stored, needs no keychain. Its endpoint, ids and
    // keys come from the sandbox process's start-up output at run time (SandboxStartup).
    bool isSandbox = false;

    // A new, empty profile with a fresh id.
    static Profile create();
    // The built-in Sandbox profile (fixed id, translated name, no proxy).
    static Profile sandbox();
    static QUuid sandboxId();

    // The DataArts endpoint: the custom URL, or the region's dayu host.
    QUrl endpoint() const;
    // The IAM endpoint: the region's iam host; with a custom endpoint and no region, the
    // custom endpoint itself (an emulator serves IAM too).
    QUrl iamEndpoint() const;
    // What list views show for "where": the region id or the custom endpoint.
    QString locationLabel() const;

    // The secrets this profile's auth method and proxy need, in a stable order.
    QList<SecretField> secretFields() const;

    // Stable names for QSettings and the CLI's JSON ("aksk"/"iam", "system"/"none"/"manual").
    static QString authMethodName(AuthMethod method);
    static bool authMethodFromName(const QString &name, AuthMethod *method);
    static QString proxyModeName(ProxyMode mode);
    static bool proxyModeFromName(const QString &name, ProxyMode *mode);

    bool operator==(const Profile &other) const;
    bool operator!=(const Profile &other) const { return !(*this == other); }
};

} // namespace dataarts
