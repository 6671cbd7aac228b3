#pragma once

#include <QComboBox>
#include <QUuid>

namespace dataarts {
class ProfileStore;
}

namespace dataarts::ui {

// The toolbar's profile combo: the stored profiles by name, the built-in Sandbox, and
// "Manage profiles…". Choosing a profile asks to open it (profileChosen); the window sets
// the open one back with setCurrentProfile(), which emits nothing.
class ProfileSwitcher : public QComboBox
{
    Q_OBJECT
public:
    explicit ProfileSwitcher(ProfileStore *profiles, QWidget *parent = nullptr);

    // Null: none (the placeholder shows).
    void setCurrentProfile(const QUuid &id);
    QUuid currentProfile() const { return m_current; }
    // The row of a profile, -1 when it is not listed.
    int indexOfProfile(const QUuid &id) const;
    int manageIndex() const { return count() - 1; }

signals:
    void profileChosen(const QUuid &id);
    void manageRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void onActivated(int index);
    void retranslateUi();

    ProfileStore *m_profiles;
    QUuid m_current;
};

} // namespace dataarts::ui
