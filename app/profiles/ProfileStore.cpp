#include "ProfileStore.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace dataarts {
namespace {

const QString kProfilesGroup = QStringLiteral("profiles");
const QString kLastUsed = QStringLiteral("lastUsed");
const QString kFormatVersion = QStringLiteral("formatVersion");

QString groupName(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

QString ProfileStore::defaultSettingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/DataArtsDesk/profiles.ini");
}

ProfileStore::ProfileStore(QObject *parent)
    : ProfileStore(defaultSettingsPath(), parent)
{}

ProfileStore::ProfileStore(const QString &settingsPath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsPath, QSettings::IniFormat))
{}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::settingsPath() const
{
    return m_settings->fileName();
}

std::optional<Profile> ProfileStore::read(const QString &group) const
{
    const QUuid id = QUuid::fromString(group);
    if (id.isNull())
        return std::nullopt;
    QSettings &s = *m_settings;
    s.beginGroup(kProfilesGroup + QLatin1Char('/') + group);
    Profile p;
    p.id = id;
    p.displayName = s.value(QStringLiteral("name")).toString();
    p.region = s.value(QStringLiteral("region")).toString();
    p.customEndpoint = s.value(QStringLiteral("endpoint")).toString();
    p.projectId = s.value(QStringLiteral("projectId")).toString();
    p.instanceId = s.value(QStringLiteral("instanceId")).toString();
    p.instanceName = s.value(QStringLiteral("instanceName")).toString();
    p.workspaceId = s.value(QStringLiteral("workspaceId")).toString();
    p.workspaceName = s.value(QStringLiteral("workspaceName")).toString();
    p.dlmType = s.value(QStringLiteral("dlmType")).toString();
    Profile::authMethodFromName(s.value(QStringLiteral("auth")).toString(), &p.auth);
    p.iamUserName = s.value(QStringLiteral("iamUser")).toString();
    p.iamAccountName = s.value(QStringLiteral("iamAccount")).toString();
    Profile::proxyModeFromName(s.value(QStringLiteral("proxyMode")).toString(), &p.proxyMode);
    p.proxyHost = s.value(QStringLiteral("proxyHost")).toString();
    const uint port = s.value(QStringLiteral("proxyPort")).toUInt();
    p.proxyPort = port <= 65535 ? static_cast<quint16>(port) : 0;
    p.proxyUser = s.value(QStringLiteral("proxyUser")).toString();
    p.caBundlePath = s.value(QStringLiteral("caBundle")).toString();
    const auto seconds = [&s](const QString &key) {
        const int value = s.value(key).toInt();
        return value > 0 && value <= Profile::maxTimeoutSeconds ? value : 0;
    };
    p.connectTimeoutSeconds = seconds(QStringLiteral("connectTimeoutSeconds"));
    p.transferTimeoutSeconds = seconds(QStringLiteral("transferTimeoutSeconds"));
    s.endGroup();
    if (p.displayName.isEmpty())
        return std::nullopt; // a damaged group: not a profile
    return p;
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->sync(); // pick up what another process (CLI or app) wrote
    m_settings->beginGroup(kProfilesGroup);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    QList<Profile> list;
    for (const QString &group : groups) {
        if (const auto profile = read(group))
            list.append(*profile);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(list.begin(), list.end(), [&collator](const Profile &a, const Profile &b) {
        return collator.compare(a.displayName, b.displayName) < 0;
    });
    return list;
}

std::optional<Profile> ProfileStore::find(const QUuid &id) const
{
    if (id.isNull())
        return std::nullopt;
    m_settings->sync();
    return read(groupName(id));
}

std::optional<Profile> ProfileStore::findByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const Profile &profile : profiles()) {
        if (profile.displayName.compare(wanted, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

FieldErrors ProfileStore::validate(const Profile &profile) const
{
    const Profile p = ProfileValidator::normalized(profile);
    FieldErrors errors = ProfileValidator::validate(p);
    if (p.displayName.isEmpty())
        return errors;
    const auto other = findByName(p.displayName);
    if (other && other->id != p.id) {
        errors.prepend({ProfileField::DisplayName,
                        tr("Another profile is already called \"%1\".").arg(other->displayName)});
    } else if (!p.isSandbox &&
               (p.displayName.compare(Profile::sandbox().displayName, Qt::CaseInsensitive) == 0 ||
                p.displayName.compare(QLatin1String("Sandbox"), Qt::CaseInsensitive) == 0)) {
        errors.prepend(
            {ProfileField::DisplayName,
             tr("\"%1\" is the name of the built-in sandbox profile.").arg(p.displayName)});
    }
    return errors;
}

bool ProfileStore::commit(QString *error)
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        if (error)
            *error = tr("Cannot write the profiles file %1.")
                         .arg(QDir::toNativeSeparators(m_settings->fileName()));
        return false;
    }
    return true;
}

bool ProfileStore::write(const Profile &profile, bool isNew, FieldErrors *errors, QString *error)
{
    const Profile p = ProfileValidator::normalized(profile);
    if (p.isSandbox || p.id.isNull()) {
        if (error)
            *error = p.isSandbox ? tr("The built-in sandbox profile cannot be stored.")
                                 : tr("The profile has no id.");
        return false;
    }
    const bool exists = find(p.id).has_value();
    if (isNew && exists) {
        if (error)
            *error = tr("A profile with this id exists already.");
        return false;
    }
    if (!isNew && !exists) {
        if (error)
            *error = tr("The profile \"%1\" no longer exists.").arg(p.displayName);
        return false;
    }
    const FieldErrors problems = validate(p);
    if (!problems.isEmpty()) {
        if (errors)
            *errors = problems;
        if (error)
            *error = ProfileValidator::describe(problems);
        return false;
    }

    QSettings &s = *m_settings;
    s.setValue(kFormatVersion, 1);
    const QString group = kProfilesGroup + QLatin1Char('/') + groupName(p.id);
    s.remove(group); // no stale keys
    s.beginGroup(group);
    // Only what Profile holds: it has no secret field at all.
    s.setValue(QStringLiteral("name"), p.displayName);
    s.setValue(QStringLiteral("region"), p.region);
    s.setValue(QStringLiteral("endpoint"), p.customEndpoint);
    s.setValue(QStringLiteral("projectId"), p.projectId);
    s.setValue(QStringLiteral("instanceId"), p.instanceId);
    s.setValue(QStringLiteral("instanceName"), p.instanceName);
    s.setValue(QStringLiteral("workspaceId"), p.workspaceId);
    s.setValue(QStringLiteral("workspaceName"), p.workspaceName);
    s.setValue(QStringLiteral("dlmType"), p.dlmType);
    s.setValue(QStringLiteral("auth"), Profile::authMethodName(p.auth));
    s.setValue(QStringLiteral("iamUser"), p.iamUserName);
    s.setValue(QStringLiteral("iamAccount"), p.iamAccountName);
    s.setValue(QStringLiteral("proxyMode"), Profile::proxyModeName(p.proxyMode));
    s.setValue(QStringLiteral("proxyHost"), p.proxyHost);
    s.setValue(QStringLiteral("proxyPort"), p.proxyPort);
    s.setValue(QStringLiteral("proxyUser"), p.proxyUser);
    s.setValue(QStringLiteral("caBundle"), p.caBundlePath);
    s.setValue(QStringLiteral("connectTimeoutSeconds"), p.connectTimeoutSeconds);
    s.setValue(QStringLiteral("transferTimeoutSeconds"), p.transferTimeoutSeconds);
    s.endGroup();
    if (!commit(error))
        return false;
    if (isNew)
        emit profileAdded(p.id);
    else
        emit profileUpdated(p.id);
    emit changed();
    return true;
}

bool ProfileStore::add(const Profile &profile, FieldErrors *errors, QString *error)
{
    return write(profile, true, errors, error);
}

bool ProfileStore::update(const Profile &profile, FieldErrors *errors, QString *error)
{
    return write(profile, false, errors, error);
}

QString ProfileStore::uniqueName(const QString &base) const
{
    const QString trimmed = base.trimmed();
    if (!findByName(trimmed))
        return trimmed;
    for (int n = 2;; ++n) {
        const QString candidate = tr("%1 (%2)").arg(trimmed).arg(n);
        if (!findByName(candidate))
            return candidate;
    }
}

std::optional<Profile> ProfileStore::duplicateOf(const QUuid &id) const
{
    auto profile = find(id);
    if (!profile)
        return std::nullopt;
    profile->id = QUuid::createUuid();
    QString name = tr("%1 (copy)").arg(profile->displayName);
    if (name.size() > ProfileValidator::maxNameLength)
        name = tr("%1 (copy)").arg(profile->displayName.left(ProfileValidator::maxNameLength - 10));
    profile->displayName = uniqueName(name);
    return profile;
}

bool ProfileStore::remove(const QUuid &id, QString *error)
{
    if (!find(id)) {
        if (error)
            *error = tr("No such profile.");
        return false;
    }
    m_settings->remove(kProfilesGroup + QLatin1Char('/') + groupName(id));
    const bool wasLastUsed = lastUsed() == id;
    if (wasLastUsed)
        m_settings->remove(kLastUsed);
    if (!commit(error))
        return false;
    emit profileRemoved(id);
    if (wasLastUsed)
        emit lastUsedChanged(QUuid());
    emit changed();
    return true;
}

QUuid ProfileStore::lastUsed() const
{
    m_settings->sync();
    return QUuid::fromString(m_settings->value(kLastUsed).toString());
}

bool ProfileStore::setLastUsed(const QUuid &id)
{
    if (lastUsed() == id)
        return true;
    if (!id.isNull() && id != Profile::sandboxId() && !find(id))
        return false;
    if (id.isNull())
        m_settings->remove(kLastUsed);
    else
        m_settings->setValue(kLastUsed, id.toString(QUuid::WithoutBraces));
    if (!commit(nullptr))
        return false;
    emit lastUsedChanged(id);
    emit changed();
    return true;
}

} // namespace dataarts
