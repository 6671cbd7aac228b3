#include "RemoveProfileJob.h"

#include "profiles/Profile.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

namespace dataarts {

RemoveProfileJob::RemoveProfileJob(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{}

void RemoveProfileJob::start(const QUuid &id)
{
    m_id = id;
    if (id == Profile::sandboxId() || !m_profiles->find(id)) {
        m_error = id == Profile::sandboxId() ? tr("The built-in sandbox profile cannot be removed.")
                                             : tr("No such profile.");
        QMetaObject::invokeMethod(
            this, [this] { emit finished(false); }, Qt::QueuedConnection);
        return;
    }
    m_secrets->removeProfile(id, this, [this](const SecretBatchResult &result) {
        if (!result.ok || result.sessionOnly) {
            m_keychainFailed = true;
            m_error = result.ok ? m_secrets->unavailableReason() : result.errorString;
            if (!m_force) {
                m_error = tr("The profile was kept because its keychain entries could not be "
                             "deleted: %1")
                              .arg(m_error);
                emit finished(false);
                return;
            }
        }
        removeSettings();
    });
}

void RemoveProfileJob::removeSettings()
{
    QString error;
    if (!m_profiles->remove(m_id, &error)) {
        m_error = error;
        emit finished(false);
        return;
    }
    emit finished(true);
}

} // namespace dataarts
