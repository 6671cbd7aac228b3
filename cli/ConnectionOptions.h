#pragma once

#include "client/ConnectionSettings.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace dataarts {
class ConnectionSettingsBuilder;
class SecretStore;
} // namespace dataarts

namespace dataarts::cli {

// The global connection options of every command that talks to DataArts:
//   --profile NAME   (keys from the profile's keychain entry), or
//   --endpoint URL | --region R, --project-id ID, --workspace ID [--dlm-type T]
//   [--ca-file F]    (keys from DATAARTS_AK / DATAARTS_SK),
// and --rate-limit N/SECONDS|off, the client-side request budget per service (default:
// the documented per-user limits); --connect-timeout S and --transfer-timeout S, and
// --unknown-grace S, how long after a write's outcome became unknown a read saying "not
// applied" is believed (ConnectionSettings::unknownGraceMs).
// Keys never come from arguments. resolve() answers through a callback with an exit status:
// 0 and settings() filled, 2 for options that do not make a connection, 3 when the keys
// cannot be had; the message is printed on standard error.
class ConnectionOptions : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionOptions(QObject *parent = nullptr);
    ~ConnectionOptions() override;

    void addTo(QCommandLineParser &parser) const;
    // After parsing: keeps the values; false (message printed) for a bad --rate-limit.
    bool read(const QCommandLineParser &parser);
    // Neither a profile nor an endpoint or region was given.
    bool isEmpty() const;
    // A dry run does not need the keys.
    void setKeysOptional(bool optional) { m_keysOptional = optional; }
    // When no option was given (resume): the run's profile, or its recorded connection facts
    // with the keys from the environment.
    void setFallback(const QString &profileId, const QJsonObject &connectionFacts);

    void resolve(std::function<void(int exitCode)> callback);

    const ConnectionSettings &settings() const { return m_settings; }
    QString profileId() const { return m_profileId; }
    QString profileName() const { return m_profileName; }

private:
    void resolveProfile(const QString &name, const QString &id);
    void resolveDirect(const QString &endpoint, const QString &region, const QString &projectId,
                       const QString &workspace, const QString &dlmType, const QString &caFile);
    void done(int exitCode, const QString &message = {});

    QCommandLineOption m_profileOpt;
    QCommandLineOption m_endpointOpt;
    QCommandLineOption m_regionOpt;
    QCommandLineOption m_projectOpt;
    QCommandLineOption m_workspaceOpt;
    QCommandLineOption m_dlmOpt;
    QCommandLineOption m_caOpt;
    QCommandLineOption m_rateOpt;
    QCommandLineOption m_connectTimeoutOpt;
    QCommandLineOption m_transferTimeoutOpt;
    QCommandLineOption m_graceOpt;
    QString m_profile, m_endpoint, m_region, m_projectId, m_workspace, m_dlmType, m_caFile;
    QString m_fallbackProfileId;
    QJsonObject m_fallbackFacts;
    bool m_keysOptional = false;
    std::optional<RateLimits> m_rateLimits;
    std::optional<int> m_connectTimeoutMs;
    std::optional<int> m_transferTimeoutMs;
    std::optional<int> m_unknownGraceMs;

    ConnectionSettings m_settings;
    QString m_profileId;
    QString m_profileName;
    SecretStore *m_secrets = nullptr;
    ConnectionSettingsBuilder *m_builder = nullptr;
    std::function<void(int)> m_done;
};

} // namespace dataarts::cli
