#pragma once

#include "profiles/Profile.h"
#include "profiles/SecretField.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace dataarts {
class ProfileStore;
class SecretStore;
} // namespace dataarts

namespace dataarts::ui {

// "Replace secret": new values for the secrets a stored profile keeps in the keychain
// (AK/SK, IAM password, proxy password); fields left empty keep their secret. Saves the
// stored profile unchanged with only the new secrets (SaveProfileJob).
class ReplaceSecretDialog : public QDialog
{
    Q_OBJECT
public:
    ReplaceSecretDialog(ProfileStore *profiles, SecretStore *secrets, const Profile &stored,
                        QWidget *parent = nullptr);

    QLineEdit *edit(SecretField field) const { return m_edits.value(field); }
    QString errorText() const;

public slots:
    void save();

signals:
    void replaced();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    SecretValues typed() const;

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    Profile m_profile;
    QLabel *m_intro;
    QFormLayout *m_form;
    QHash<SecretField, QLineEdit *> m_edits;
    QHash<SecretField, QLabel *> m_labels;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_saving = false;
};

} // namespace dataarts::ui
