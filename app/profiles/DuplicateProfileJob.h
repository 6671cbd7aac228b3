#pragma once

#include "profiles/Profile.h"

#include <QObject>
#include <QString>
#include <QUuid>

namespace dataarts {

class ProfileStore;
class SaveProfileJob;
class SecretStore;

// Stores a copy of a profile under a fresh id and a free name ("Name (copy)"), with copies
// of the secrets it has in the keychain (missing ones stay missing). finished() comes once,
// always after start() returned; profile() is the new profile.
class DuplicateProfileJob : public QObject
{
    Q_OBJECT
public:
    DuplicateProfileJob(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);

    void start(const QUuid &sourceId);

    const Profile &profile() const { return m_copy; }
    QString errorString() const { return m_error; }
    bool secretsSessionOnly() const { return m_sessionOnly; }

signals:
    void finished(bool ok);

private:
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    Profile m_copy;
    QString m_error;
    bool m_sessionOnly = false;
};

} // namespace dataarts
