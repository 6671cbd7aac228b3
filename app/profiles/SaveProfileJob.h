#pragma once

#include "profiles/Profile.h"
#include "profiles/ProfileValidator.h"
#include "profiles/SecretField.h"

#include <QObject>
#include <QString>

namespace dataarts {

class ProfileStore;
class SecretStore;

// Stores a profile together with its secrets: the secrets go to the keychain first, then
// the non-secret fields to the ProfileStore (a new profile whose settings cannot be written
// has its keychain entries removed again). Secrets the profile no longer needs (another
// auth method, no proxy user) are deleted from the keychain. Used for "create", "edit" and
// "Replace secret" alike; finished() comes once, always after start() returned.
class SaveProfileJob : public QObject
{
    Q_OBJECT
public:
    SaveProfileJob(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);

    // The secrets to write (only the fields the profile needs are kept). For a new profile
    // they must hold every secret the profile needs, unless setRequireSecrets(false).
    void setSecrets(const SecretValues &secrets) { m_secrets = secrets; }
    void setRequireSecrets(bool require) { m_requireSecrets = require; }
    // Fail, writing nothing, when the keychain could keep the secrets only for this run
    // (the CLI, whose run ends at once). Default: false (the app warns with a banner).
    void setRequirePersistentSecrets(bool require) { m_requirePersistent = require; }

    // Adds the profile when its id is not stored yet, updates it otherwise.
    void start(const Profile &profile);

    const Profile &profile() const { return m_profile; }
    bool isNew() const { return m_isNew; }
    // Field problems (shown beside the fields), and the whole reason in one text.
    FieldErrors fieldErrors() const { return m_fieldErrors; }
    QString errorString() const { return m_error; }
    // True when the keychain could not be reached: the secrets last for this run only.
    bool secretsSessionOnly() const { return m_sessionOnly; }
    // True when the failure was the keychain's (CLI exit status 3), not the input's.
    bool keychainFailed() const { return m_keychainFailed; }

signals:
    void finished(bool ok);

private:
    void fail(const QString &error);
    void storeProfile();
    void removeStaleSecrets();
    void finish(bool ok);

    ProfileStore *m_profiles;
    SecretStore *m_secretStore;
    SecretValues m_secrets;
    bool m_requireSecrets = true;
    bool m_requirePersistent = false;
    Profile m_profile;
    bool m_isNew = false;
    FieldErrors m_fieldErrors;
    QString m_error;
    bool m_sessionOnly = false;
    bool m_keychainFailed = false;
    bool m_started = false;
};

} // namespace dataarts
