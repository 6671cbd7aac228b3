#pragma once

#include "profiles/FieldErrorLabel.h"

#include "connection/ConnectionTestResult.h"
#include "connection/Discovery.h"
#include "profiles/Profile.h"
#include "profiles/ProfileValidator.h"
#include "profiles/SecretField.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace dataarts {
class ConnectionTest;
class DraftSettingsBuilder;
class ProfileStore;
class SecretStore;
} // namespace dataarts

namespace dataarts::ui {

class AuthSection;
class ConnectionSection;
class NetworkSection;
class ReplaceSecretDialog;

// Creates or edits one connection profile: the Connection, Sign-in and Network parts,
// inline errors from ProfileValidator beside each field, discovery of the project id,
// instances and workspaces, "Test connection" (ConnectionTest through the typed settings,
// or the keychain's secrets for an edited profile), "Replace secret…" (edit mode) and Save
// (SaveProfileJob). Never blocks: every call answers through signals.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    // A new profile.
    ProfileDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    // Edits a stored profile.
    ProfileDialog(ProfileStore *profiles, SecretStore *secrets, const Profile &stored,
                  QWidget *parent = nullptr);
    ~ProfileDialog() override;

    bool isEditing() const { return m_editing; }
    // The profile as the fields describe it now (the stored id when editing).
    Profile profile() const;
    // The secrets typed into the dialog.
    SecretValues typedSecrets() const;

    // The inline error of a field (empty when none).
    QString errorText(ProfileField field) const;
    // The outcome line under the parts: test results, save errors.
    QString resultText() const;
    // Checks every field now and shows the errors inline; true when there are none.
    bool validateFields();

    ConnectionSection *connectionSection() const { return m_connection; }
    AuthSection *authSection() const { return m_auth; }
    NetworkSection *networkSection() const { return m_network; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *replaceSecretButton() const { return m_replace; }
    QPushButton *saveButton() const;
    Discovery *discovery() const { return m_discovery; }
    ReplaceSecretDialog *replaceSecretDialog() const;

public slots:
    void testConnection();
    void save();
    void replaceSecret();
    void resolveProject();
    void findInstances();
    void findWorkspaces();

signals:
    void saved(const dataarts::Profile &profile);
    void testFinished(const dataarts::ConnectionTestResult &result);
    // Discovery answered (filled a list or the project id, or failed).
    void discoveryFinished(dataarts::Discovery::Kind kind, bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    FieldErrors currentErrors() const;
    void showErrors(const FieldErrors &errors);
    void setResult(const QString &text, bool isError);
    void setBusy(bool busy);
    QList<SecretField> storedSecrets() const;
    // Checks the needed fields (false at once, errors shown, when one is wrong), then builds
    // the draft settings and runs then() with them, or failed() with the reason.
    bool withDraftSettings(const QList<ProfileField> &needed,
                           std::function<void(const ConnectionSettings &)> then,
                           std::function<void(const QString &)> failed);
    void showFirstError(const FieldErrors &errors);
    void discoveryFailed(dataarts::Discovery::Kind kind, const QString &error);
    void retranslateUi();

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    Profile m_stored; // the edited profile as stored (editing), or the new one's id
    bool m_editing;
    bool m_showErrors = false;
    bool m_busy = false;

    QTabWidget *m_tabs = nullptr;
    ConnectionSection *m_connection = nullptr;
    AuthSection *m_auth = nullptr;
    NetworkSection *m_network = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_replace = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    FieldErrorLabels m_errors;
    Discovery *m_discovery = nullptr;
    ConnectionTest *m_connectionTest = nullptr;
    QPointer<ReplaceSecretDialog> m_replaceDialog;
};

} // namespace dataarts::ui
