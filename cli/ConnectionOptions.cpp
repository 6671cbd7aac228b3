#include "ConnectionOptions.h"

#include "Command.h"

#include "profiles/ConnectionSettingsBuilder.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileValidator.h"
#include "profiles/SecretStore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

namespace dataarts::cli {

ConnectionOptions::ConnectionOptions(QObject *parent)
    : QObject(parent)
    , m_profileOpt(QStringLiteral("profile"),
                   tr("Connection profile (keys from its keychain entry)."), tr("NAME"))
    , m_endpointOpt(QStringLiteral("endpoint"),
                    tr("Endpoint URL, without a profile (keys from DATAARTS_AK / DATAARTS_SK)."),
                    tr("URL"))
    , m_regionOpt(QStringLiteral("region"), tr("Region id, such as cn-north-4."), tr("REGION"))
    , m_projectOpt(QStringLiteral("project-id"), tr("Project id, without a profile."), tr("ID"))
    , m_workspaceOpt(QStringLiteral("workspace"), tr("Workspace id, without a profile."), tr("ID"))
    , m_dlmOpt(QStringLiteral("dlm-type"), tr("DataService edition: SHARED or EXCLUSIVE."),
               tr("TYPE"))
    , m_caOpt(QStringLiteral("ca-file"), tr("PEM file of extra trusted certificate authorities."),
              tr("FILE"))
    , m_rateOpt(QStringLiteral("rate-limit"),
                tr("Client-side requests per service, N/SECONDS, or \"off\" (default: the "
                   "documented per-user limits)."),
                tr("N/SECONDS"))
    , m_connectTimeoutOpt(QStringLiteral("connect-timeout"),
                          tr("Seconds to wait for a connection (default: the profile's, else 15)."), tr("SECONDS"))
    , m_transferTimeoutOpt(QStringLiteral("transfer-timeout"),
                           tr("Seconds to wait for an answer (default: the profile's, else 60)."), tr("SECONDS"))
    , m_graceOpt(QStringLiteral("unknown-grace"),
                 tr("Seconds after a write's outcome became unknown (timeout, reset) before a "
                    "read saying it was not applied is believed, and it is sent again "
                    "(default 180; keep it above the gateway's own timeout)."),
                 tr("SECONDS"))
{}

ConnectionOptions::~ConnectionOptions() = default;

void ConnectionOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_profileOpt, m_endpointOpt, m_regionOpt, m_projectOpt, m_workspaceOpt,
                       m_dlmOpt, m_caOpt, m_rateOpt, m_connectTimeoutOpt, m_transferTimeoutOpt,
                       m_graceOpt});
}

bool ConnectionOptions::read(const QCommandLineParser &parser)
{
    m_profile = parser.value(m_profileOpt);
    m_endpoint = parser.value(m_endpointOpt);
    m_region = parser.value(m_regionOpt);
    m_projectId = parser.value(m_projectOpt);
    m_workspace = parser.value(m_workspaceOpt);
    m_dlmType = parser.value(m_dlmOpt).toUpper();
    m_caFile = parser.value(m_caOpt);
    const auto seconds = [&parser](const QCommandLineOption &option, int min,
                                   std::optional<int> *ms) {
        if (!parser.isSet(option))
            return true;
        const QString text = parser.value(option).trimmed();
        bool ok = false;
        const int value = text.toInt(&ok);
        constexpr int kMaxSeconds = 24 * 3600;
        if (!ok || value < min || value > kMaxSeconds) {
            err() << tr("Bad --%1 \"%2\": expected a whole number of seconds from %3 to %4.")
                         .arg(option.names().constFirst(), text, QLocale().toString(min),
                              QLocale().toString(kMaxSeconds))
                  << Qt::endl;
            return false;
        }
        *ms = value * 1000;
        return true;
    };
    if (!seconds(m_connectTimeoutOpt, 1, &m_connectTimeoutMs) ||
        !seconds(m_transferTimeoutOpt, 1, &m_transferTimeoutMs) ||
        !seconds(m_graceOpt, 0, &m_unknownGraceMs))
        return false;
    if (!parser.isSet(m_rateOpt))
        return true;
    const QString rate = parser.value(m_rateOpt).trimmed();
    RateLimits limits;
    if (rate == QLatin1String("off")) {
        limits.dataServicePerWindow = 0;
        limits.architectureReadsPerMinute = 0;
        limits.architectureWritesPerMinute = 0;
        limits.catalogReadsPerMinute = 0;
        limits.factoryReadsPerMinute = 0;
    } else {
        const QStringList parts = rate.split(QLatin1Char('/'));
        bool okCount = false;
        bool okSeconds = false;
        const int count = parts.value(0).toInt(&okCount);
        const int seconds = parts.value(1).toInt(&okSeconds);
        if (parts.size() != 2 || !okCount || !okSeconds || count < 1 || seconds < 1) {
            err() << tr("Bad --rate-limit \"%1\": expected N/SECONDS, such as 120/10, or off.")
                         .arg(rate)
                  << Qt::endl;
            return false;
        }
        limits.dataServicePerWindow = count;
        limits.dataServiceWindowSeconds = seconds;
        const int perMinute = int(qMax<qint64>(1, qint64(count) * 60 / seconds));
        limits.architectureReadsPerMinute = perMinute;
        limits.architectureWritesPerMinute = perMinute;
        limits.catalogReadsPerMinute = perMinute;
        limits.factoryReadsPerMinute = perMinute;
    }
    m_rateLimits = limits;
    return true;
}

bool ConnectionOptions::isEmpty() const
{
    return m_profile.isEmpty() && m_endpoint.isEmpty() && m_region.isEmpty() &&
           m_projectId.isEmpty() && m_workspace.isEmpty();
}

void ConnectionOptions::setFallback(const QString &profileId, const QJsonObject &connectionFacts)
{
    m_fallbackProfileId = profileId;
    m_fallbackFacts = connectionFacts;
}

void ConnectionOptions::done(int exitCode, const QString &message)
{
    if (exitCode == 0 && m_rateLimits)
        m_settings.rateLimits = *m_rateLimits;
    if (exitCode == 0 && m_connectTimeoutMs)
        m_settings.connectTimeoutMs = *m_connectTimeoutMs;
    if (exitCode == 0 && m_transferTimeoutMs)
        m_settings.transferTimeoutMs = *m_transferTimeoutMs;
    if (exitCode == 0 && m_unknownGraceMs)
        m_settings.unknownGraceMs = *m_unknownGraceMs;
    if (!message.isEmpty())
        err() << message << Qt::endl;
    auto callback = std::move(m_done);
    m_done = nullptr;
    if (callback)
        callback(exitCode);
}

void ConnectionOptions::resolve(std::function<void(int)> callback)
{
    m_done = std::move(callback);
    if (!m_profile.isEmpty()) {
        if (!m_endpoint.isEmpty() || !m_region.isEmpty() || !m_projectId.isEmpty() ||
            !m_workspace.isEmpty()) {
            done(ExitUsage, tr("Give either --profile or --endpoint / --region with "
                               "--project-id and --workspace, not both."));
            return;
        }
        resolveProfile(m_profile, QString());
        return;
    }
    if (!isEmpty()) {
        resolveDirect(m_endpoint, m_region, m_projectId, m_workspace, m_dlmType, m_caFile);
        return;
    }
    if (!m_fallbackProfileId.isEmpty() && ProfileStore().find(QUuid(m_fallbackProfileId))) {
        resolveProfile(QString(), m_fallbackProfileId);
        return;
    }
    if (!m_fallbackFacts.isEmpty()) {
        const auto fact = [this](const char *key) {
            return m_fallbackFacts.value(QLatin1String(key)).toString();
        };
        resolveDirect(fact("endpoint"), fact("region"), fact("project_id"), fact("workspace"),
                      fact("dlm_type"), m_caFile);
        return;
    }
    done(ExitUsage, tr("No connection: give --profile NAME, or --endpoint URL (or --region R) "
                       "with --project-id ID and --workspace ID."));
}

void ConnectionOptions::resolveProfile(const QString &name, const QString &id)
{
    const ProfileStore store;
    const std::optional<Profile> profile =
        id.isEmpty() ? store.findByName(name) : store.find(QUuid(id));
    if (!profile) {
        done(ExitUsage, tr("No profile is called \"%1\". \"profile list\" shows them.").arg(name));
        return;
    }
    m_profileId = profile->id.toString(QUuid::WithoutBraces);
    m_profileName = profile->displayName;
    m_secrets = new SecretStore(this);
    m_builder = new ConnectionSettingsBuilder(m_secrets, this);
    connect(m_builder, &ConnectionSettingsBuilder::finished, this, [this](bool ok) {
        if (!ok) {
            done(ExitConnection, m_builder->errorString());
            return;
        }
        m_settings = m_builder->settings();
        if (!m_caFile.isEmpty())
            m_settings.caBundlePath = QFileInfo(m_caFile).absoluteFilePath();
        done(ExitOk);
    });
    m_builder->start(*profile);
}

void ConnectionOptions::resolveDirect(const QString &endpoint, const QString &region,
                                      const QString &projectId, const QString &workspace,
                                      const QString &dlmType, const QString &caFile)
{
    Profile profile = Profile::create();
    profile.displayName = QStringLiteral("dataarts-desk-cli");
    profile.customEndpoint = endpoint;
    profile.region = region;
    profile.projectId = projectId;
    profile.workspaceId = workspace;
    profile.dlmType = dlmType;
    if (!caFile.isEmpty())
        profile.caBundlePath = QFileInfo(caFile).absoluteFilePath();
    profile.auth = AuthMethod::AkSk;
    profile.proxyMode = ProxyMode::System;
    const FieldErrors problems = ProfileValidator::validate(profile);
    if (!problems.isEmpty()) {
        QTimer::singleShot(
            0, this, [this, problems] { done(ExitUsage, ProfileValidator::describe(problems)); });
        return;
    }
    m_settings = ConnectionSettingsBuilder::withoutSecrets(ProfileValidator::normalized(profile));
    m_settings.akSk.accessKey = qEnvironmentVariable("DATAARTS_AK");
    m_settings.akSk.secretKey = qgetenv("DATAARTS_SK");
    const bool haveKeys =
        !m_settings.akSk.accessKey.isEmpty() && !m_settings.akSk.secretKey.isEmpty();
    QTimer::singleShot(0, this, [this, haveKeys] {
        if (!haveKeys && !m_keysOptional) {
            done(ExitConnection, tr("No keys: set DATAARTS_AK and DATAARTS_SK in the environment "
                                    "(keys are never taken from arguments), or use --profile."));
            return;
        }
        done(ExitOk);
    });
}

} // namespace dataarts::cli
