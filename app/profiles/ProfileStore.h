#pragma once

#include "profiles/Profile.h"
#include "profiles/ProfileValidator.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

class QSettings;

namespace dataarts {

// The stored connection profiles: one QSettings group per profile id in one INI file that
// the app and the CLI share (defaultSettingsPath()). Only the non-secret fields of Profile
// are written; secrets belong to SecretStore. The built-in Sandbox profile is never
// stored (it may be the last used one).
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // The shared file: <GenericConfigLocation>/DataArtsDesk/profiles.ini.
    static QString defaultSettingsPath();

    explicit ProfileStore(QObject *parent = nullptr);
    explicit ProfileStore(const QString &settingsPath, QObject *parent = nullptr);
    ~ProfileStore() override;

    QString settingsPath() const;

    // Every stored profile, ordered by name.
    QList<Profile> profiles() const;
    std::optional<Profile> find(const QUuid &id) const;
    // Names are unique without regard to case, so this finds at most one.
    std::optional<Profile> findByName(const QString &name) const;

    // Every problem that stops this profile from being stored as it is: the field rules
    // plus a unique name.
    FieldErrors validate(const Profile &profile) const;

    // Add a new profile / replace a stored one (same id). Both normalize and validate
    // first; false with *errors (field problems) or *error (the file could not be written).
    bool add(const Profile &profile, FieldErrors *errors = nullptr, QString *error = nullptr);
    bool update(const Profile &profile, FieldErrors *errors = nullptr, QString *error = nullptr);
    // A copy of a stored profile with a fresh id and a free name ("Name (copy)"), not
    // stored yet (DuplicateProfileJob stores it together with copies of the secrets).
    std::optional<Profile> duplicateOf(const QUuid &id) const;
    // Removes the non-secret part only; RemoveProfileJob removes the keychain entries too.
    bool remove(const QUuid &id, QString *error = nullptr);

    // The profile to open on start (may be Profile::sandboxId()); null when none. Setting
    // fails for an id that is neither stored nor the sandbox's.
    QUuid lastUsed() const;
    bool setLastUsed(const QUuid &id);

    // A name not used yet, built from base ("base", "base (2)", …).
    QString uniqueName(const QString &base) const;

signals:
    void profileAdded(const QUuid &id);
    void profileUpdated(const QUuid &id);
    void profileRemoved(const QUuid &id);
    void lastUsedChanged(const QUuid &id);
    // After any of the above.
    void changed();

private:
    bool write(const Profile &profile, bool isNew, FieldErrors *errors, QString *error);
    bool commit(QString *error);
    std::optional<Profile> read(const QString &group) const;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace dataarts
