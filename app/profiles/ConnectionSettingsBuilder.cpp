#include "ConnectionSettingsBuilder.h"
#include "settings/AppSettings.h"

#include "profiles/SecretStore.h"


namespace dataarts {

ConnectionSettingsBuilder::ConnectionSettingsBuilder(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{}

ConnectionSettings ConnectionSettingsBuilder::withoutSecrets(const Profile &profile)
{
    ConnectionSettings s;
    s.endpoint = profile.endpoint();
    s.iamEndpoint = profile.iamEndpoint();
    s.region = profile.region;
    s.projectId = profile.projectId;
    s.instanceId = profile.instanceId;
    s.workspace = profile.workspaceId;
    s.dlmType = profile.dlmType;
    s.auth = profile.auth;
    s.akSk = Credentials();
    s.iamUserName = profile.iamUserName;
    s.iamAccountName = profile.iamAccountName;
    s.proxyMode = profile.proxyMode;
    s.proxyHost = profile.proxyHost;
    s.proxyPort = profile.proxyPort;
    s.proxyUser = profile.proxyUser;
    s.caBundlePath = profile.caBundlePath;
    applyTimeoutSettings(&s);
    if (profile.connectTimeoutSeconds > 0)
        s.connectTimeoutMs = profile.connectTimeoutSeconds * 1000;
    if (profile.transferTimeoutSeconds > 0)
        s.transferTimeoutMs = profile.transferTimeoutSeconds * 1000;
    return s;
}

void ConnectionSettingsBuilder::applyTimeoutSettings(ConnectionSettings *s)
{
    if (const std::optional<int> connect = appSettings::connectTimeoutSeconds())
        s->connectTimeoutMs = *connect * 1000;
    if (const std::optional<int> transfer = appSettings::transferTimeoutSeconds())
        s->transferTimeoutMs = *transfer * 1000;
    if (const std::optional<int> grace = appSettings::unknownGraceSeconds())
        s->unknownGraceMs = *grace * 1000;
}

ConnectionSettings ConnectionSettingsBuilder::forSandbox(const SandboxStartup &startup)
{
    ConnectionSettings s = withoutSecrets(Profile::sandbox());
    s.endpoint = startup.url;
    s.iamEndpoint = startup.url;
    s.projectId = startup.projectId;
    s.instanceId = startup.instanceId;
    s.workspace = startup.workspace;
    s.auth = AuthMethod::AkSk;
    s.akSk.accessKey = startup.accessKey;
    s.akSk.secretKey = startup.secretKey;
    s.proxyMode = ProxyMode::None;
    return s;
}

void ConnectionSettingsBuilder::finish(bool ok)
{
    QMetaObject::invokeMethod(
        this, [this, ok] { emit finished(ok); }, Qt::QueuedConnection);
}

void ConnectionSettingsBuilder::start(const Profile &profile)
{
    if (profile.isSandbox) {
        if (!m_sandbox) {
            m_error = tr("The sandbox is not running.");
            finish(false);
            return;
        }
        m_settings = forSandbox(*m_sandbox);
        finish(true);
        return;
    }
    m_settings = withoutSecrets(profile);
    const QList<SecretField> fields = profile.secretFields();
    m_secrets->readFields(
        profile.id, fields, this, [this, profile](const SecretBatchResult &result) {
            m_sessionOnly = result.sessionOnly;
            if (!result.ok) {
                m_error = result.errorString;
                emit finished(false);
                return;
            }
            for (const SecretField field : result.missing) {
                if (field == SecretField::ProxyPassword)
                    continue; // may be empty
                const QString what = field == SecretField::AccessKey   ? tr("access key (AK)")
                                     : field == SecretField::SecretKey ? tr("secret key (SK)")
                                                                       : tr("IAM password");
                m_error =
                    result.sessionOnly
                        ? tr("No %1 is known for the profile \"%2\" in this session (there is no "
                             "keychain). Enter it with \"Replace secret\".")
                              .arg(what, profile.displayName)
                        : tr("The keychain holds no %1 for the profile \"%2\". Enter it with "
                             "\"Replace secret\".")
                              .arg(what, profile.displayName);
                emit finished(false);
                return;
            }
            m_settings.akSk.accessKey =
                QString::fromUtf8(result.values.value(SecretField::AccessKey));
            m_settings.akSk.secretKey = result.values.value(SecretField::SecretKey);
            m_settings.iamPassword = result.values.value(SecretField::IamPassword);
            m_settings.proxyPassword = result.values.value(SecretField::ProxyPassword);
            emit finished(true);
        });
}

} // namespace dataarts
