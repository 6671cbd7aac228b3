#pragma once

#include "profiles/ProfileDialog.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QUuid>

class QLabel;
class QListWidget;
class QPushButton;

namespace dataarts {
class ProfileStore;
class SecretStore;
} // namespace dataarts

namespace dataarts::ui {

// The stored profiles with New, Edit, Duplicate, Delete (after a confirmation; the profile's
// keychain entries go too) and Open. Child dialogs open window-modal, never blocking.
class ProfileManagerDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileManagerDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);

    // The profile open in the window (marked in the list).
    void setOpenProfile(const QUuid &id);
    QUuid selectedProfile() const;
    void selectProfile(const QUuid &id);

    QListWidget *list() const { return m_list; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *openButton() const { return m_open; }
    QString statusText() const;
    // The open child dialogs (tests answer them).
    ProfileDialog *profileDialog() const { return m_dialog; }
    QMessageBox *confirmation() const { return m_confirmation; }

public slots:
    void newProfile();
    void editProfile();
    void duplicateProfile();
    void deleteProfile();
    void openProfile();

signals:
    void openRequested(const QUuid &id);
    // A duplicate or delete finished (ok or not; statusText() says).
    void operationFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateButtons();
    void setStatus(const QString &text, bool isError);
    void removeConfirmed(const QUuid &id);
    void retranslateUi();

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QUuid m_openProfile;
    QListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_open;
    QPushButton *m_close;
    QLabel *m_status;
    QLabel *m_hint;
    bool m_busy = false;
    QPointer<ProfileDialog> m_dialog;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace dataarts::ui
