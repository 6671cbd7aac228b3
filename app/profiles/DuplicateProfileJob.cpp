#include "DuplicateProfileJob.h"

#include "profiles/ProfileStore.h"
#include "profiles/SaveProfileJob.h"
#include "profiles/SecretStore.h"

namespace dataarts {

DuplicateProfileJob::DuplicateProfileJob(ProfileStore *profiles, SecretStore *secrets,
                                         QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{}

void DuplicateProfileJob::start(const QUuid &sourceId)
{
    const auto source = m_profiles->find(sourceId);
    const auto copy = m_profiles->duplicateOf(sourceId);
    if (!source || !copy) {
        m_error = tr("No such profile.");
        QMetaObject::invokeMethod(
            this, [this] { emit finished(false); }, Qt::QueuedConnection);
        return;
    }
    m_copy = *copy;
    m_secrets->readFields(sourceId, source->secretFields(), this,
                          [this](const SecretBatchResult &read) {
                              if (!read.ok) {
                                  m_error = read.errorString;
                                  emit finished(false);
                                  return;
                              }
                              auto *save = new SaveProfileJob(m_profiles, m_secrets, this);
                              save->setRequireSecrets(false);
                              save->setSecrets(read.values);
                              connect(save, &SaveProfileJob::finished, this, [this, save](bool ok) {
                                  m_copy = save->profile();
                                  m_error = save->errorString();
                                  m_sessionOnly = save->secretsSessionOnly();
                                  save->deleteLater();
                                  emit finished(ok);
                              });
                              save->start(m_copy);
                          });
}

} // namespace dataarts
