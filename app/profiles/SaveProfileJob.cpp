#include "SaveProfileJob.h"

#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

namespace dataarts {

SaveProfileJob::SaveProfileJob(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secretStore(secrets)
{}

void SaveProfileJob::finish(bool ok)
{
    QMetaObject::invokeMethod(
        this, [this, ok] { emit finished(ok); }, Qt::QueuedConnection);
}

void SaveProfileJob::fail(const QString &error)
{
    m_error = error;
    finish(false);
}

void SaveProfileJob::start(const Profile &profile)
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_profile = ProfileValidator::normalized(profile);
    m_isNew = !m_profiles->find(m_profile.id).has_value();

    m_fieldErrors = m_profiles->validate(m_profile);
    // Only what this profile needs; the rest is dropped, never written.
    const QList<SecretField> needed = m_profile.secretFields();
    SecretValues toWrite;
    for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
        if (needed.contains(it.key()))
            toWrite.insert(it.key(), it.value());
    }
    m_secrets = toWrite;
    if (m_isNew && m_requireSecrets)
        m_fieldErrors += ProfileValidator::validateSecrets(m_profile, m_secrets);
    if (!m_fieldErrors.isEmpty()) {
        fail(ProfileValidator::describe(m_fieldErrors));
        return;
    }

    m_secretStore->writeFields(
        m_profile.id, m_secrets, this, [this](const SecretBatchResult &result) {
            m_sessionOnly = result.sessionOnly;
            if (result.ok && !(m_requirePersistent && result.sessionOnly)) {
                storeProfile();
                return;
            }
            m_keychainFailed = true;
            const QString reason =
                result.ok ? m_secretStore->unavailableReason() : result.errorString;
            // Take back what was written (or kept in memory) for a new profile.
            if (m_isNew) {
                m_secretStore->removeProfile(m_profile.id, this,
                                             [this, reason](const SecretBatchResult &) {
                                                 m_error = reason;
                                                 emit finished(false);
                                             });
            } else {
                fail(reason);
            }
        });
}

void SaveProfileJob::storeProfile()
{
    QString error;
    const bool ok = m_isNew ? m_profiles->add(m_profile, &m_fieldErrors, &error)
                            : m_profiles->update(m_profile, &m_fieldErrors, &error);
    if (!ok) {
        if (m_isNew) {
            m_secretStore->removeProfile(m_profile.id, this,
                                         [this, error](const SecretBatchResult &) {
                                             m_error = error;
                                             emit finished(false);
                                         });
        } else {
            fail(error);
        }
        return;
    }
    removeStaleSecrets();
}

void SaveProfileJob::removeStaleSecrets()
{
    if (m_isNew) {
        emit finished(true);
        return;
    }
    QList<SecretField> stale;
    for (const SecretField field : secretFields::all()) {
        if (!m_profile.secretFields().contains(field))
            stale.append(field);
    }
    // A stale entry left behind is harmless (removing the profile clears every field), so
    // a failure here does not undo the save.
    m_secretStore->removeFields(m_profile.id, stale, this,
                                [this](const SecretBatchResult &) { emit finished(true); });
}

} // namespace dataarts
