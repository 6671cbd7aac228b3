#pragma once

#include "client/ConnectionSettings.h"
#include "profiles/Profile.h"
#include "profiles/SecretField.h"

#include <QObject>
#include <QString>

namespace dataarts {

class SecretStore;

// The ConnectionSettings of a profile being edited, for "Test connection" and discovery
// before anything is saved: the dialog's fields, the secrets typed into it and, for the
// secrets left empty, the ones the keychain holds for the profile (when it is stored
// already). finished() comes once, always after start() returned.
class DraftSettingsBuilder : public QObject
{
    Q_OBJECT
public:
    explicit DraftSettingsBuilder(SecretStore *secrets, QObject *parent = nullptr);

    // readStored: look up the secrets not typed in the keychain (an edited, stored profile).
    void start(const Profile &profile, const SecretValues &typed, bool readStored);

    const ConnectionSettings &settings() const { return m_settings; }
    QString errorString() const { return m_error; }

signals:
    void finished(bool ok);

private:
    void complete(const SecretValues &values);
    void finish(bool ok);

    SecretStore *m_secrets;
    Profile m_profile;
    ConnectionSettings m_settings;
    QString m_error;
};

} // namespace dataarts
