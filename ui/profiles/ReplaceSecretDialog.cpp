#include "ReplaceSecretDialog.h"

#include "panes/common/StatusTone.h"

#include "profiles/ProfileValidator.h"
#include "profiles/SaveProfileJob.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dataarts::ui {

ReplaceSecretDialog::ReplaceSecretDialog(ProfileStore *profiles, SecretStore *secrets,
                                         const Profile &stored, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_profile(stored)
    , m_intro(new QLabel(this))
    , m_form(new QFormLayout)
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("replaceSecretDialog"));
    setWindowModality(Qt::WindowModal);
    m_intro->setWordWrap(true);
    for (const SecretField field : m_profile.secretFields()) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(secretFields::name(field) + QStringLiteral("Edit"));
        if (field != SecretField::AccessKey)
            edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                                  Qt::ImhNoAutoUppercase | Qt::ImhSensitiveData);
        auto *label = new QLabel(this);
        label->setBuddy(edit);
        m_edits.insert(field, edit);
        m_labels.insert(field, label);
        m_form->addRow(label, edit);
    }
    m_error->setObjectName(QStringLiteral("replaceSecretError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(toneTextStyleSheet(StatusTone::Bad, palette()));
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReplaceSecretDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

QString ReplaceSecretDialog::errorText() const
{
    return m_error->text();
}

SecretValues ReplaceSecretDialog::typed() const
{
    SecretValues values;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        const QString text =
            it.key() == SecretField::AccessKey ? it.value()->text().trimmed() : it.value()->text();
        if (!text.isEmpty())
            values.insert(it.key(), text.toUtf8());
    }
    return values;
}

void ReplaceSecretDialog::save()
{
    if (m_saving)
        return;
    const SecretValues values = typed();
    if (values.isEmpty()) {
        m_error->setText(tr("Type the new secret first; empty fields keep their secret."));
        m_error->show();
        return;
    }
    // The new values must pass the rules of their fields (e.g. no spaces in an AK).
    SecretValues check = values;
    for (const SecretField field : m_profile.secretFields()) {
        if (!check.contains(field))
            check.insert(field, QByteArrayLiteral("kept"));
    }
    const FieldErrors errors = ProfileValidator::validateSecrets(m_profile, check);
    if (!errors.isEmpty()) {
        m_error->setText(ProfileValidator::describe(errors));
        m_error->show();
        return;
    }
    m_saving = true;
    m_buttons->setEnabled(false);
    auto *job = new SaveProfileJob(m_profiles, m_secrets, this);
    job->setSecrets(values);
    job->setRequireSecrets(false);
    connect(job, &SaveProfileJob::finished, this, [this, job](bool ok) {
        job->deleteLater();
        m_saving = false;
        m_buttons->setEnabled(true);
        if (!ok) {
            m_error->setText(tr("The secret was not replaced: %1").arg(job->errorString()));
            m_error->show();
            return;
        }
        for (QLineEdit *edit : std::as_const(m_edits))
            edit->clear();
        emit replaced();
        accept();
    });
    job->start(m_profile);
}

void ReplaceSecretDialog::retranslateUi()
{
    setWindowTitle(tr("Replace Secret of “%1”").arg(m_profile.displayName));
    m_intro->setText(tr("Type the new values. They go to the keychain only; fields left "
                        "empty keep the secret stored now."));
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        ProfileField field = ProfileField::AccessKey;
        switch (it.key()) {
        case SecretField::AccessKey:
            field = ProfileField::AccessKey;
            break;
        case SecretField::SecretKey:
            field = ProfileField::SecretKey;
            break;
        case SecretField::IamPassword:
            field = ProfileField::IamPassword;
            break;
        case SecretField::ProxyPassword:
            field = ProfileField::ProxyPassword;
            break;
        }
        const QString name = ProfileValidator::fieldLabel(field);
        it.value()->setText(tr("New %1:").arg(name));
        m_edits.value(it.key())->setAccessibleName(tr("New %1").arg(name));
    }
}

void ReplaceSecretDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace dataarts::ui
