#include "Profile.h"

#include "profiles/Regions.h"

namespace dataarts {

Profile Profile::create()
{
    Profile profile;
    profile.id = QUuid::createUuid();
    return profile;
}

QUuid Profile::sandboxId()
{
    static const QUuid id(QStringLiteral("{6c0e5a52-1b8f-4d0b-9c43-5a4e2f6d7b10}"));
    return id;
}

Profile Profile::sandbox()
{
    Profile profile;
    profile.id = sandboxId();
    profile.displayName = tr("Sandbox");
    profile.isSandbox = true;
    profile.auth = AuthMethod::AkSk;
    profile.proxyMode = ProxyMode::None; // loopback only
    return profile;
}

QUrl Profile::endpoint() const
{
    if (!customEndpoint.trimmed().isEmpty())
        return QUrl(customEndpoint.trimmed(), QUrl::StrictMode);
    if (!region.isEmpty())
        return regions::dataArtsEndpoint(region);
    return QUrl();
}

QUrl Profile::iamEndpoint() const
{
    if (!region.isEmpty() && regions::isKnown(region))
        return regions::iamEndpoint(region);
    return endpoint();
}

QString Profile::locationLabel() const
{
    if (isSandbox)
        return tr("built-in emulator");
    if (!customEndpoint.trimmed().isEmpty())
        return customEndpoint.trimmed();
    return region;
}

QList<SecretField> Profile::secretFields() const
{
    QList<SecretField> fields;
    if (isSandbox)
        return fields;
    if (auth == AuthMethod::AkSk)
        fields << SecretField::AccessKey << SecretField::SecretKey;
    else
        fields << SecretField::IamPassword;
    if (proxyMode == ProxyMode::Manual && !proxyUser.isEmpty())
        fields << SecretField::ProxyPassword;
    return fields;
}

QString Profile::authMethodName(AuthMethod method)
{
    return method == AuthMethod::IamPassword ? QStringLiteral("iam") : QStringLiteral("aksk");
}

bool Profile::authMethodFromName(const QString &name, AuthMethod *method)
{
    if (name == QLatin1String("aksk"))
        *method = AuthMethod::AkSk;
    else if (name == QLatin1String("iam"))
        *method = AuthMethod::IamPassword;
    else
        return false;
    return true;
}

QString Profile::proxyModeName(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::System:
        return QStringLiteral("system");
    case ProxyMode::None:
        return QStringLiteral("none");
    case ProxyMode::Manual:
        return QStringLiteral("manual");
    }
    return QString();
}

bool Profile::proxyModeFromName(const QString &name, ProxyMode *mode)
{
    if (name == QLatin1String("system"))
        *mode = ProxyMode::System;
    else if (name == QLatin1String("none"))
        *mode = ProxyMode::None;
    else if (name == QLatin1String("manual"))
        *mode = ProxyMode::Manual;
    else
        return false;
    return true;
}

bool Profile::operator==(const Profile &o) const
{
    return id == o.id && displayName == o.displayName && region == o.region &&
           customEndpoint == o.customEndpoint && projectId == o.projectId &&
           instanceId == o.instanceId && instanceName == o.instanceName &&
           workspaceId == o.workspaceId && workspaceName == o.workspaceName &&
           dlmType == o.dlmType && auth == o.auth && iamUserName == o.iamUserName &&
           iamAccountName == o.iamAccountName && proxyMode == o.proxyMode &&
           proxyHost == o.proxyHost && proxyPort == o.proxyPort && proxyUser == o.proxyUser &&
           caBundlePath == o.caBundlePath && connectTimeoutSeconds == o.connectTimeoutSeconds &&
           transferTimeoutSeconds == o.transferTimeoutSeconds && isSandbox == o.isSandbox;
}

} // namespace dataarts
