#include "ProfileValidator.h"

#include "profiles/Regions.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace dataarts {
namespace {

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isValidHost(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && !host.contains(QLatin1Char(' ')) &&
           !host.contains(QLatin1Char('/')) && !host.contains(QLatin1Char('@'));
}

} // namespace

Profile ProfileValidator::normalized(Profile profile)
{
    for (QString *text :
         {&profile.displayName, &profile.region, &profile.customEndpoint, &profile.projectId,
          &profile.instanceId, &profile.instanceName, &profile.workspaceId, &profile.workspaceName,
          &profile.dlmType, &profile.iamUserName, &profile.iamAccountName, &profile.proxyHost,
          &profile.proxyUser})
        *text = text->trimmed();
    profile.dlmType = profile.dlmType.toUpper();
    while (profile.customEndpoint.endsWith(QLatin1Char('/')))
        profile.customEndpoint.chop(1);
    return profile;
}

QString ProfileValidator::checkDisplayName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Enter a name for the profile.");
    if (name.size() > maxNameLength)
        return tr("A profile name has at most %1 characters.").arg(maxNameLength);
    if (hasControlCharacters(name))
        return tr("A profile name cannot contain line breaks or control characters.");
    return QString();
}

QString ProfileValidator::checkRegion(const QString &region, const QString &customEndpoint)
{
    if (region.isEmpty()) {
        if (customEndpoint.trimmed().isEmpty())
            return tr("Choose a region or enter a custom endpoint URL.");
        return QString();
    }
    if (!regions::isKnown(region))
        return tr("Unknown region \"%1\". Choose one of the listed regions, or enter a custom "
                  "endpoint URL.")
            .arg(region);
    return QString();
}

QString ProfileValidator::checkEndpoint(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QString();
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return tr("\"%1\" is not a valid URL. Enter it as https://host or https://host:port.")
            .arg(text);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("The endpoint must start with https://.");
    if (!url.userInfo().isEmpty() || (!url.path().isEmpty() && url.path() != QLatin1String("/")) ||
        url.hasQuery() || url.hasFragment())
        return tr("The endpoint takes only a scheme, a host and a port: no path, query or "
                  "user name.");
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return tr("Plain http is allowed only for a loopback address (127.0.0.1, ::1, "
                  "localhost). Use https for %1.")
            .arg(url.host());
    return QString();
}

QString ProfileValidator::checkProjectId(const QString &projectId)
{
    static const QRegularExpression hex32(QStringLiteral("^[0-9A-Fa-f]{32}$"));
    if (projectId.isEmpty())
        return tr("Enter the project id, or resolve it from the region.");
    if (!hex32.match(projectId).hasMatch())
        return tr("A project id has exactly 32 hexadecimal characters (0–9, a–f); \"%1\" "
                  "does not.")
            .arg(projectId);
    return QString();
}

QString ProfileValidator::checkInstanceId(const QString &instanceId)
{
    static const QRegularExpression idChars(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (instanceId.isEmpty())
        return QString(); // optional
    if (!idChars.match(instanceId).hasMatch())
        return tr("An instance id has 1 to 64 letters, digits, \"-\" or \"_\".");
    return QString();
}

QString ProfileValidator::checkWorkspace(const QString &workspace)
{
    static const QRegularExpression printable(QStringLiteral("^[\\x21-\\x7e]*$"));
    if (workspace.isEmpty())
        return tr("Enter or pick a workspace.");
    if (workspace.size() < 3 || workspace.size() > 64)
        return tr("A workspace id has 3 to 64 characters; \"%1\" has %2.")
            .arg(workspace)
            .arg(workspace.size());
    if (!printable.match(workspace).hasMatch())
        return tr("A workspace id has no spaces and only printable ASCII characters.");
    return QString();
}

QString ProfileValidator::checkDlmType(const QString &dlmType)
{
    if (dlmType.isEmpty() || dlmType == QLatin1String("SHARED") ||
        dlmType == QLatin1String("EXCLUSIVE"))
        return QString();
    return tr("The DataService edition is SHARED or EXCLUSIVE, not \"%1\".").arg(dlmType);
}

QString ProfileValidator::checkCaBundle(const QString &path)
{
    if (path.isEmpty())
        return QString();
    const QFileInfo info(path);
    if (!info.exists())
        return tr("The CA bundle \"%1\" does not exist.").arg(path);
    if (!info.isFile() || !info.isReadable())
        return tr("The CA bundle \"%1\" is not a readable file.").arg(path);
    return QString();
}

FieldErrors ProfileValidator::validate(const Profile &p)
{
    FieldErrors errors;
    const auto add = [&errors](ProfileField field, const QString &message) {
        if (!message.isEmpty())
            errors.append({field, message});
    };
    add(ProfileField::DisplayName, checkDisplayName(p.displayName));
    if (p.isSandbox)
        return errors; // everything else comes from the running emulator

    add(ProfileField::Region, checkRegion(p.region, p.customEndpoint));
    add(ProfileField::Endpoint, checkEndpoint(p.customEndpoint));
    add(ProfileField::ProjectId, checkProjectId(p.projectId));
    add(ProfileField::InstanceId, checkInstanceId(p.instanceId));
    add(ProfileField::Workspace, checkWorkspace(p.workspaceId));
    add(ProfileField::DlmType, checkDlmType(p.dlmType));

    if (p.auth == AuthMethod::IamPassword) {
        if (p.iamUserName.isEmpty())
            add(ProfileField::IamUserName, tr("Enter the IAM user name."));
        else if (p.iamUserName.size() > 64 || hasControlCharacters(p.iamUserName))
            add(ProfileField::IamUserName,
                tr("An IAM user name has at most 64 characters and no control characters."));
        if (p.iamAccountName.isEmpty())
            add(ProfileField::IamAccountName, tr("Enter the account (domain) name."));
        else if (p.iamAccountName.size() > 64 || hasControlCharacters(p.iamAccountName))
            add(ProfileField::IamAccountName,
                tr("An account name has at most 64 characters and no control characters."));
    }

    if (p.proxyMode == ProxyMode::Manual) {
        if (p.proxyHost.isEmpty())
            add(ProfileField::ProxyHost, tr("Enter the proxy host."));
        else if (!isValidHost(p.proxyHost))
            add(ProfileField::ProxyHost,
                tr("\"%1\" is not a host name or an IP address.").arg(p.proxyHost));
        if (p.proxyPort == 0)
            add(ProfileField::ProxyPort, tr("Enter the proxy port (1–65535)."));
        if (p.proxyUser.size() > 256 || hasControlCharacters(p.proxyUser))
            add(ProfileField::ProxyUser,
                tr("A proxy user name has at most 256 characters and no control characters."));
    }

    add(ProfileField::CaBundle, checkCaBundle(p.caBundlePath));
    return errors;
}

FieldErrors ProfileValidator::validateSecrets(const Profile &profile, const SecretValues &secrets)
{
    FieldErrors errors;
    for (const SecretField field : profile.secretFields()) {
        const QByteArray value = secrets.value(field);
        switch (field) {
        case SecretField::AccessKey:
            if (value.trimmed().isEmpty())
                errors.append({ProfileField::AccessKey, tr("Enter the access key (AK).")});
            else if (value.size() > 128 || value.contains(' ') || value.contains('\n'))
                errors.append({ProfileField::AccessKey,
                               tr("An access key has at most 128 characters and no spaces.")});
            break;
        case SecretField::SecretKey:
            if (value.isEmpty())
                errors.append({ProfileField::SecretKey, tr("Enter the secret key (SK).")});
            break;
        case SecretField::IamPassword:
            if (value.isEmpty())
                errors.append({ProfileField::IamPassword, tr("Enter the IAM password.")});
            break;
        case SecretField::ProxyPassword:
            break; // a proxy user may have an empty password
        }
    }
    return errors;
}

QString ProfileValidator::fieldLabel(ProfileField field)
{
    switch (field) {
    case ProfileField::DisplayName:
        return tr("Name");
    case ProfileField::Region:
        return tr("Region");
    case ProfileField::Endpoint:
        return tr("Endpoint");
    case ProfileField::ProjectId:
        return tr("Project id");
    case ProfileField::InstanceId:
        return tr("Instance");
    case ProfileField::Workspace:
        return tr("Workspace");
    case ProfileField::DlmType:
        return tr("DataService edition");
    case ProfileField::IamUserName:
        return tr("IAM user");
    case ProfileField::IamAccountName:
        return tr("Account");
    case ProfileField::ProxyHost:
        return tr("Proxy host");
    case ProfileField::ProxyPort:
        return tr("Proxy port");
    case ProfileField::ProxyUser:
        return tr("Proxy user");
    case ProfileField::CaBundle:
        return tr("CA bundle");
    case ProfileField::AccessKey:
        return tr("Access key (AK)");
    case ProfileField::SecretKey:
        return tr("Secret key (SK)");
    case ProfileField::IamPassword:
        return tr("IAM password");
    case ProfileField::ProxyPassword:
        return tr("Proxy password");
    }
    return QString();
}

QString ProfileValidator::describe(const FieldErrors &errors)
{
    QStringList lines;
    for (const FieldError &error : errors)
        lines << tr("%1: %2").arg(fieldLabel(error.field), error.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace dataarts
