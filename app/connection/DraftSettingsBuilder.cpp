#include "DraftSettingsBuilder.h"

#include "profiles/ConnectionSettingsBuilder.h"
#include "profiles/ProfileValidator.h"
#include "profiles/SecretStore.h"

namespace dataarts {

DraftSettingsBuilder::DraftSettingsBuilder(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{}

void DraftSettingsBuilder::finish(bool ok)
{
    QMetaObject::invokeMethod(
        this, [this, ok] { emit finished(ok); }, Qt::QueuedConnection);
}

void DraftSettingsBuilder::start(const Profile &profile, const SecretValues &typed, bool readStored)
{
    m_profile = ProfileValidator::normalized(profile);
    m_settings = ConnectionSettingsBuilder::withoutSecrets(m_profile);
    SecretValues values;
    QList<SecretField> missing;
    for (const SecretField field : m_profile.secretFields()) {
        const QByteArray value = typed.value(field);
        if (value.isEmpty())
            missing << field;
        else
            values.insert(field, value);
    }
    if (missing.isEmpty() || !readStored) {
        complete(values);
        finish(m_error.isEmpty());
        return;
    }
    m_secrets->readFields(
        m_profile.id, missing, this, [this, values](const SecretBatchResult &result) mutable {
            if (!result.ok) {
                m_error = result.errorString;
                emit finished(false);
                return;
            }
            for (auto it = result.values.cbegin(); it != result.values.cend(); ++it)
                values.insert(it.key(), it.value());
            complete(values);
            emit finished(m_error.isEmpty());
        });
}

void DraftSettingsBuilder::complete(const SecretValues &values)
{
    for (const SecretField field : m_profile.secretFields()) {
        if (field == SecretField::ProxyPassword || !values.value(field).isEmpty())
            continue;
        const ProfileField which = field == SecretField::AccessKey   ? ProfileField::AccessKey
                                   : field == SecretField::SecretKey ? ProfileField::SecretKey
                                                                     : ProfileField::IamPassword;
        m_error = tr("Enter the secret “%1” first.").arg(ProfileValidator::fieldLabel(which));
        return;
    }
    m_settings.akSk.accessKey = QString::fromUtf8(values.value(SecretField::AccessKey));
    m_settings.akSk.secretKey = values.value(SecretField::SecretKey);
    m_settings.iamPassword = values.value(SecretField::IamPassword);
    m_settings.proxyPassword = values.value(SecretField::ProxyPassword);
}

} // namespace dataarts
