#pragma once

#include "profiles/FieldErrorLabel.h"

#include "profiles/Profile.h"
#include "profiles/SecretField.h"

#include <QFileDialog>
#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace dataarts::ui {

// The profile dialog's "Network" part: the proxy (system, none, or a manual host, port,
// user and password) and an optional CA bundle (PEM file) added to the system's trust.
class NetworkSection : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkSection(QWidget *parent = nullptr);

    void load(const Profile &profile);
    void readInto(Profile &profile) const;
    // The proxy password, when typed into an enabled field and the profile needs one.
    SecretValues typedSecrets() const;
    void setStoredSecrets(const QList<SecretField> &stored);
    FieldErrorLabels errorLabels() const { return m_errors; }

    QComboBox *proxyModeCombo() const { return m_mode; }
    QLineEdit *proxyHostEdit() const { return m_host; }
    QSpinBox *proxyPortSpin() const { return m_port; }
    QLineEdit *proxyUserEdit() const { return m_user; }
    QLineEdit *proxyPasswordEdit() const { return m_password; }
    QLineEdit *caBundleEdit() const { return m_caBundle; }
    QPushButton *caBundleBrowseButton() const { return m_browse; }
    // Seconds; 0 shows "the app's setting (N s)".
    QSpinBox *connectTimeoutSpin() const { return m_connectTimeout; }
    QSpinBox *transferTimeoutSpin() const { return m_transferTimeout; }
    // The file chooser while it is open (tests answer it).
    QFileDialog *fileDialog() const { return m_fileDialog; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void updateFields();
    void retranslateUi();
    ProxyMode mode() const;

    QComboBox *m_mode;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_caBundle;
    QPushButton *m_browse;
    QSpinBox *m_connectTimeout;
    QSpinBox *m_transferTimeout;
    QList<QLabel *> m_labels;
    QList<SecretField> m_stored;
    FieldErrorLabels m_errors;
    QPointer<QFileDialog> m_fileDialog;
};

} // namespace dataarts::ui
