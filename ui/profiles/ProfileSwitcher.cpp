#include "ProfileSwitcher.h"

#include "profiles/Profile.h"
#include "profiles/ProfileStore.h"

#include <QEvent>
#include <QIcon>
#include <QSignalBlocker>

namespace dataarts::ui {

namespace {
// Data of the "Manage profiles…" row (never a profile id).
const QString kManage = QStringLiteral("manage");
} // namespace

ProfileSwitcher::ProfileSwitcher(ProfileStore *profiles, QWidget *parent)
    : QComboBox(parent)
    , m_profiles(profiles)
{
    setObjectName(QStringLiteral("profileSwitcher"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(16);
    // Not on lastUsedChanged: opening a profile changes nothing listed.
    connect(m_profiles, &ProfileStore::profileAdded, this, &ProfileSwitcher::rebuild);
    connect(m_profiles, &ProfileStore::profileUpdated, this, &ProfileSwitcher::rebuild);
    connect(m_profiles, &ProfileStore::profileRemoved, this, &ProfileSwitcher::rebuild);
    connect(this, &QComboBox::activated, this, &ProfileSwitcher::onActivated);
    retranslateUi();
}

void ProfileSwitcher::rebuild()
{
    const QSignalBlocker blocker(this);
    clear();
    const QIcon profileIcon(QStringLiteral(":/icons/profile.svg"));
    for (const Profile &profile : m_profiles->profiles()) {
        addItem(profileIcon, profile.displayName, profile.id.toString());
        setItemData(count() - 1, profile.locationLabel(), Qt::ToolTipRole);
    }
    const Profile sandbox = Profile::sandbox();
    addItem(QIcon(QStringLiteral(":/icons/sandbox.svg")), sandbox.displayName,
            sandbox.id.toString());
    setItemData(count() - 1, sandbox.locationLabel(), Qt::ToolTipRole);
    insertSeparator(count());
    addItem(QIcon(QStringLiteral(":/icons/settings.svg")), tr("Manage Profiles…"), kManage);
    setCurrentIndex(indexOfProfile(m_current));
}

int ProfileSwitcher::indexOfProfile(const QUuid &id) const
{
    return id.isNull() ? -1 : findData(id.toString());
}

void ProfileSwitcher::setCurrentProfile(const QUuid &id)
{
    m_current = id;
    const QSignalBlocker blocker(this);
    setCurrentIndex(indexOfProfile(id));
}

void ProfileSwitcher::onActivated(int index)
{
    const QString data = itemData(index).toString();
    if (data == kManage) {
        setCurrentProfile(m_current); // the row is a command, not a choice
        emit manageRequested();
        return;
    }
    const QUuid id(data);
    if (id.isNull())
        return;
    if (id != m_current) {
        m_current = id;
        emit profileChosen(id);
    }
}

void ProfileSwitcher::retranslateUi()
{
    setPlaceholderText(tr("No profile open"));
    setAccessibleName(tr("Connection profile"));
    setToolTip(tr("The connection profile in use"));
    rebuild(); // the Sandbox's name and "Manage profiles…" are translated
}

void ProfileSwitcher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QComboBox::changeEvent(event);
}

} // namespace dataarts::ui
