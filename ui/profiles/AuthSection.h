#pragma once

#include "profiles/FieldErrorLabel.h"

#include "profiles/Profile.h"
#include "profiles/SecretField.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace dataarts::ui {

// The profile dialog's "Sign-in" part: AK/SK signing, or an IAM user, its account and
// password. Secrets already in the keychain (an edited profile) are not shown: their
// fields stay disabled ("Replace secret…" changes them); a secret the profile did not
// need before (another method) must be typed.
class AuthSection : public QWidget
{
    Q_OBJECT
public:
    explicit AuthSection(QWidget *parent = nullptr);

    void load(const Profile &profile);
    void readInto(Profile &profile) const;
    // The secrets of the chosen method typed into enabled fields (empty ones left out).
    SecretValues typedSecrets() const;
    // Secrets the keychain holds already: their fields are disabled.
    void setStoredSecrets(const QList<SecretField> &stored);
    FieldErrorLabels errorLabels() const { return m_errors; }

    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *accessKeyEdit() const { return m_accessKey; }
    QLineEdit *secretKeyEdit() const { return m_secretKey; }
    QLineEdit *iamUserEdit() const { return m_iamUser; }
    QLineEdit *iamAccountEdit() const { return m_iamAccount; }
    QLineEdit *iamPasswordEdit() const { return m_iamPassword; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *row(QFormLayout *form, QWidget *field, ProfileField which);
    void updateSecretFields();
    void retranslateUi();
    AuthMethod method() const;

    QComboBox *m_method;
    QStackedWidget *m_pages;
    QLineEdit *m_accessKey;
    QLineEdit *m_secretKey;
    QLineEdit *m_iamUser;
    QLineEdit *m_iamAccount;
    QLineEdit *m_iamPassword;
    QLabel *m_methodLabel;
    QList<QLabel *> m_labels;
    QList<SecretField> m_stored;
    FieldErrorLabels m_errors;
};

} // namespace dataarts::ui
