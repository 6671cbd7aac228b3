#include "ProfileManagerDialog.h"

#include "panes/common/StatusTone.h"

#include "profiles/ProfileDialog.h"

#include "profiles/DuplicateProfileJob.h"
#include "profiles/ProfileStore.h"
#include "profiles/RemoveProfileJob.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace dataarts::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
} // namespace

ProfileManagerDialog::ProfileManagerDialog(ProfileStore *profiles, SecretStore *secrets,
                                           QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_list(new QListWidget(this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_duplicate(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("profileManagerDialog"));
    setWindowModality(Qt::WindowModal);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_new->setObjectName(QStringLiteral("newProfileButton"));
    m_edit->setObjectName(QStringLiteral("editProfileButton"));
    m_duplicate->setObjectName(QStringLiteral("duplicateProfileButton"));
    m_delete->setObjectName(QStringLiteral("deleteProfileButton"));
    m_open->setObjectName(QStringLiteral("openProfileButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_status->setObjectName(QStringLiteral("managerStatusLabel"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_hint->setWordWrap(true);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_new, m_edit, m_duplicate, m_delete})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_close);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(row, 1);
    layout->addWidget(m_status);

    connect(m_new, &QPushButton::clicked, this, &ProfileManagerDialog::newProfile);
    connect(m_edit, &QPushButton::clicked, this, &ProfileManagerDialog::editProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileManagerDialog::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfileManagerDialog::deleteProfile);
    connect(m_open, &QPushButton::clicked, this, &ProfileManagerDialog::openProfile);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ProfileManagerDialog::editProfile);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileManagerDialog::updateButtons);
    // Not on lastUsedChanged: opening a profile changes nothing listed.
    connect(m_profiles, &ProfileStore::profileAdded, this, &ProfileManagerDialog::rebuild);
    connect(m_profiles, &ProfileStore::profileUpdated, this, &ProfileManagerDialog::rebuild);
    connect(m_profiles, &ProfileStore::profileRemoved, this, &ProfileManagerDialog::rebuild);

    rebuild();
    retranslateUi();
    resize(560, 380);
}

void ProfileManagerDialog::rebuild()
{
    const QUuid selected = selectedProfile();
    m_list->clear();
    const QIcon icon(QStringLiteral(":/icons/profile.svg"));
    for (const Profile &profile : m_profiles->profiles()) {
        QString text = tr("%1 — %2").arg(profile.displayName, profile.locationLabel());
        if (profile.id == m_openProfile)
            text = tr("%1 (open)").arg(text);
        auto *item = new QListWidgetItem(icon, text, m_list);
        item->setData(kIdRole, profile.id.toString());
        item->setToolTip(tr("Project %1, workspace %2")
                             .arg(profile.projectId, profile.workspaceName.isEmpty()
                                                         ? profile.workspaceId
                                                         : profile.workspaceName));
    }
    selectProfile(selected);
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void ProfileManagerDialog::setOpenProfile(const QUuid &id)
{
    m_openProfile = id;
    rebuild();
}

QUuid ProfileManagerDialog::selectedProfile() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? QUuid(item->data(kIdRole).toString()) : QUuid();
}

void ProfileManagerDialog::selectProfile(const QUuid &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (QUuid(m_list->item(row)->data(kIdRole).toString()) == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void ProfileManagerDialog::updateButtons()
{
    const bool selected = !selectedProfile().isNull();
    m_new->setEnabled(!m_busy);
    for (QPushButton *button : {m_edit, m_duplicate, m_delete, m_open})
        button->setEnabled(selected && !m_busy);
}

QString ProfileManagerDialog::statusText() const
{
    return m_status->text();
}

void ProfileManagerDialog::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(isError ? toneTextStyleSheet(StatusTone::Bad, palette()) : QString());
    m_status->setVisible(!text.isEmpty());
}

void ProfileManagerDialog::newProfile()
{
    if (m_dialog)
        return;
    m_dialog = new ProfileDialog(m_profiles, m_secrets, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ProfileDialog::saved, this, [this](const Profile &profile) {
        selectProfile(profile.id);
        setStatus(tr("Saved the profile “%1”.").arg(profile.displayName), false);
    });
    m_dialog->open();
}

void ProfileManagerDialog::editProfile()
{
    if (m_dialog)
        return;
    const std::optional<Profile> profile = m_profiles->find(selectedProfile());
    if (!profile)
        return;
    m_dialog = new ProfileDialog(m_profiles, m_secrets, *profile, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ProfileDialog::saved, this, [this](const Profile &saved) {
        setStatus(tr("Saved the profile “%1”.").arg(saved.displayName), false);
    });
    m_dialog->open();
}

void ProfileManagerDialog::duplicateProfile()
{
    const QUuid id = selectedProfile();
    if (id.isNull() || m_busy)
        return;
    m_busy = true;
    updateButtons();
    auto *job = new DuplicateProfileJob(m_profiles, m_secrets, this);
    connect(job, &DuplicateProfileJob::finished, this, [this, job](bool ok) {
        job->deleteLater();
        m_busy = false;
        if (ok) {
            selectProfile(job->profile().id);
            setStatus(
                tr("Created “%1” with copies of the secrets.").arg(job->profile().displayName),
                false);
        } else {
            setStatus(tr("Could not duplicate the profile: %1").arg(job->errorString()), true);
        }
        updateButtons();
        emit operationFinished(ok);
    });
    job->start(id);
}

void ProfileManagerDialog::deleteProfile()
{
    const std::optional<Profile> profile = m_profiles->find(selectedProfile());
    if (!profile || m_busy || m_confirmation)
        return;
    m_confirmation = new QMessageBox(
        QMessageBox::Question, tr("Delete Profile"),
        tr("Delete the profile “%1” and its keys and passwords in the keychain? This cannot be "
           "undone.")
            .arg(profile->displayName),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirmation->setObjectName(QStringLiteral("deleteConfirmation"));
    m_confirmation->setDefaultButton(QMessageBox::Cancel);
    m_confirmation->button(QMessageBox::Yes)->setText(tr("&Delete"));
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid id = profile->id;
    connect(m_confirmation, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes)
            removeConfirmed(id);
    });
    m_confirmation->open();
}

void ProfileManagerDialog::removeConfirmed(const QUuid &id)
{
    const std::optional<Profile> profile = m_profiles->find(id);
    if (!profile)
        return;
    m_busy = true;
    updateButtons();
    auto *job = new RemoveProfileJob(m_profiles, m_secrets, this);
    const QString name = profile->displayName;
    connect(job, &RemoveProfileJob::finished, this, [this, job, name](bool ok) {
        job->deleteLater();
        m_busy = false;
        if (ok)
            setStatus(tr("Deleted the profile “%1” and its keychain entries.").arg(name), false);
        else
            setStatus(tr("The profile “%1” was kept: %2").arg(name, job->errorString()), true);
        updateButtons();
        emit operationFinished(ok);
    });
    job->start(id);
}

void ProfileManagerDialog::openProfile()
{
    const QUuid id = selectedProfile();
    if (id.isNull())
        return;
    emit openRequested(id);
    setOpenProfile(id);
    accept();
}

void ProfileManagerDialog::retranslateUi()
{
    setWindowTitle(tr("Connection Profiles"));
    m_hint->setText(tr("Profiles keep their settings in a file and their keys and passwords "
                       "only in the system keychain. The built-in Sandbox needs no profile."));
    m_list->setAccessibleName(tr("Profiles"));
    m_new->setText(tr("&New…"));
    m_edit->setText(tr("&Edit…"));
    m_duplicate->setText(tr("D&uplicate"));
    m_delete->setText(tr("&Delete…"));
    m_open->setText(tr("&Open"));
    m_close->setText(tr("&Close"));
    rebuild();
}

void ProfileManagerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace dataarts::ui
