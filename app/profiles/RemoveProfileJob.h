#pragma once

#include <QObject>
#include <QString>
#include <QUuid>

namespace dataarts {

class ProfileStore;
class SecretStore;

// Deletes a profile: every keychain entry of it first, then its settings. When the
// keychain entries cannot be deleted the profile is kept (so that nothing is orphaned)
// unless setForce(true). finished() comes once, always after start() returned.
class RemoveProfileJob : public QObject
{
    Q_OBJECT
public:
    RemoveProfileJob(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);

    // Remove the settings even when the keychain cannot be reached or refuses.
    void setForce(bool force) { m_force = force; }

    void start(const QUuid &id);

    QString errorString() const { return m_error; }
    // The keychain could not be reached or refused: its entries (if any) may remain.
    bool keychainFailed() const { return m_keychainFailed; }

signals:
    void finished(bool ok);

private:
    void removeSettings();

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QUuid m_id;
    bool m_force = false;
    bool m_keychainFailed = false;
    QString m_error;
};

} // namespace dataarts
