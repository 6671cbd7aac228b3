#pragma once

#include "panes/Pane.h"
#include "shell/PaneActions.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QMessageBox;

class QAction;
class QDockWidget;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace dataarts {
class ConnectionManager;
struct ConnectionStatus;
class Language;
class ProfileStore;
class SecretStore;
class Session;
} // namespace dataarts

namespace dataarts::ui {

class ConnectionBanner;
class DetailsPanel;
class KeychainBanner;
class MainActions;
class PaneArea;
struct PaneState;
class ProfileManagerDialog;
class ProfileSwitcher;
class StatusPanel;
class WelcomePanel;

// The main window: menus and toolbar (MainActions), the profile switcher, the panes in
// tabs (PaneArea), the details dock, the status bar (StatusPanel) and the banners. It
// follows the ConnectionManager: every pane gets the open session, the status bar shows
// the connection state. The Actions menu's wizard entries only emit signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Language *language, ProfileStore *profiles, SecretStore *secrets,
               ConnectionManager *connection, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a pane as a tab (the window owns it) and hands it the open session.
    void addPane(Pane *pane, PaneActions actions = PaneAction::None);

    MainActions *actions() const { return m_actions; }
    PaneArea *paneArea() const { return m_panes; }
    ProfileSwitcher *profileSwitcher() const { return m_switcher; }
    StatusPanel *statusPanel() const { return m_status; }
    DetailsPanel *detailsPanel() const { return m_details; }
    QDockWidget *detailsDock() const { return m_detailsDock; }
    KeychainBanner *keychainBanner() const { return m_keychainBanner; }
    ConnectionBanner *connectionBanner() const { return m_connectionBanner; }
    WelcomePanel *welcomePanel() const { return m_welcome; }
    // Open while shown (window-modal).
    ProfileManagerDialog *profileManager() const;

    // The size, position, toolbars and docks of the last session (QSettings "ui/geometry",
    // "ui/windowState"), once every dock is added; without them a first layout that shows
    // the Details dock at a readable width. Kept again when the window closes.
    void restoreLayout();
    void saveLayout() const;

    // How many runs are sending now: closing the window with any asks first (the requests
    // in flight are recorded, the rest stays resumable). Unset: never asks.
    void setRunsInFlight(std::function<int()> count) { m_runsInFlight = std::move(count); }
    // Closes without asking (a quit the program decided, e.g. the smoke test).
    void closeWithoutAsking();
    // The "runs still sending" question, while it is shown.
    QMessageBox *quitQuestion() const;

public slots:
    void showProfileManager();
    void showNewProfileDialog();
    void showAbout();

signals:
    // The wizard entries of the Actions menu, for the current pane's selection.
    void takeOfflineRequested(dataarts::ui::Pane *pane);
    void unpublishRequested(dataarts::ui::Pane *pane);
    void stopRequested(dataarts::ui::Pane *pane);
    void recoverRequested(dataarts::ui::Pane *pane);
    // The window was closed (Quit, the close button): the application ends.
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createMenus();
    void createToolBar();
    void createDock();
    void connectActions();
    void onStatusChanged(const ConnectionStatus &status);
    void onSessionChanged(Session *session);
    void releaseWindowKeys(Pane *pane);
    void updateActions();
    void updateTitle();
    void retranslateUi();

    Language *m_language;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    ConnectionManager *m_connection;

    MainActions *m_actions;
    PaneArea *m_panes;
    WelcomePanel *m_welcome;
    QStackedWidget *m_center;
    KeychainBanner *m_keychainBanner;
    ConnectionBanner *m_connectionBanner;
    DetailsPanel *m_details = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    StatusPanel *m_status;
    ProfileSwitcher *m_switcher = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_panesMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_actionsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QList<QAction *> m_paneActions; // View > Panes, one per pane
    QPointer<ProfileManagerDialog> m_manager;
    std::function<int()> m_runsInFlight;
    QPointer<QMessageBox> m_quitQuestion;
    bool m_quitConfirmed = false;
    bool m_firstLayout = true; // no dock layout restored: size the Details dock when shown
};

} // namespace dataarts::ui
