#include "MainWindow.h"

#include "panes/common/AccessibleText.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileManagerDialog.h"
#include "profiles/ProfileSwitcher.h"
#include "shell/ConnectionBanner.h"
#include "shell/DetailsPanel.h"
#include "shell/KeychainBanner.h"
#include "shell/MainActions.h"
#include "shell/PaneArea.h"
#include "shell/StatusPanel.h"
#include "shell/WelcomePanel.h"

#include "connection/ConnectionManager.h"
#include "i18n/Language.h"
#include "profiles/ProfileStore.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace dataarts::ui {

MainWindow::MainWindow(Language *language, ProfileStore *profiles, SecretStore *secrets,
                       ConnectionManager *connection, QWidget *parent)
    : QMainWindow(parent)
    , m_language(language)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_connection(connection)
    , m_actions(new MainActions(this))
    , m_panes(new PaneArea(this))
    , m_welcome(new WelcomePanel(this))
    , m_center(new QStackedWidget(this))
    , m_keychainBanner(new KeychainBanner(secrets, this))
    , m_connectionBanner(new ConnectionBanner(this))
    , m_status(new StatusPanel(statusBar()))
{
    setObjectName(QStringLiteral("mainWindow"));
    addActions(m_actions->all()); // shortcuts work wherever the focus is in the window

    m_center->addWidget(m_welcome);
    m_center->addWidget(m_panes);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_keychainBanner);
    layout->addWidget(m_connectionBanner);
    layout->addWidget(m_center, 1);
    setCentralWidget(central);

    createDock();
    createToolBar();
    createMenus();
    connectActions();

    m_actions->languageAction(appSettings::language())->setChecked(true);

    connect(m_connection, &ConnectionManager::statusChanged, this, &MainWindow::onStatusChanged);
    connect(m_connection, &ConnectionManager::sessionChanged, this, &MainWindow::onSessionChanged);
    connect(m_panes, &PaneArea::currentStateChanged, this, [this](const PaneState &state) {
        m_status->setPaneState(state);
        m_details->setFields(state.fields);
        updateActions();
    });

    resize(1200, 760);
    retranslateUi();
    onStatusChanged(m_connection->status());
}

MainWindow::~MainWindow() = default;

void MainWindow::createDock()
{
    m_details = new DetailsPanel(this);
    m_detailsDock = new QDockWidget(this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_details);
    m_details->setMinimumWidth(180);
    m_detailsDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea |
                                   Qt::BottomDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    QAction *toggle = m_detailsDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("detailsPanelAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    toggle->setIcon(QIcon(QStringLiteral(":/icons/details.svg")));
    addAction(toggle);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_switcher = new ProfileSwitcher(m_profiles, m_toolBar);
    m_toolBar->addWidget(m_switcher);
    m_toolBar->addAction(m_actions->manageProfiles);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->refresh);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->takeOffline);
    m_toolBar->addAction(m_actions->unpublish);
    m_toolBar->addAction(m_actions->stop);
    m_toolBar->addAction(m_actions->recover);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_actions->manageProfiles);
    m_fileMenu->addAction(m_actions->switchProfile);
    m_fileMenu->addAction(m_actions->reconnect);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions->quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_panesMenu = m_viewMenu->addMenu(QString());
    m_panesMenu->setObjectName(QStringLiteral("panesMenu"));
    m_viewMenu->addAction(m_detailsDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_actions->languages->actions());

    m_actionsMenu = menuBar()->addMenu(QString());
    m_actionsMenu->setObjectName(QStringLiteral("actionsMenu"));
    m_actionsMenu->addAction(m_actions->refresh);
    m_actionsMenu->addSeparator();
    m_actionsMenu->addAction(m_actions->takeOffline);
    m_actionsMenu->addSeparator();
    m_actionsMenu->addAction(m_actions->unpublish);
    m_actionsMenu->addAction(m_actions->stop);
    m_actionsMenu->addAction(m_actions->recover);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_actions->about);
}

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    connect(a->manageProfiles, &QAction::triggered, this, &MainWindow::showProfileManager);
    connect(a->switchProfile, &QAction::triggered, this, [this] {
        m_switcher->setFocus(Qt::ShortcutFocusReason);
        m_switcher->showPopup();
    });
    connect(a->reconnect, &QAction::triggered, m_connection, &ConnectionManager::reconnect);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->languages, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = MainActions::languageCode(action);
        appSettings::setLanguage(code);
        m_language->apply(code);
    });
    connect(a->refresh, &QAction::triggered, this, [this] {
        if (Pane *pane = m_panes->currentPane())
            pane->refresh();
    });
    connect(a->takeOffline, &QAction::triggered, this,
            [this] { emit takeOfflineRequested(m_panes->currentPane()); });
    connect(a->unpublish, &QAction::triggered, this,
            [this] { emit unpublishRequested(m_panes->currentPane()); });
    connect(a->stop, &QAction::triggered, this,
            [this] { emit stopRequested(m_panes->currentPane()); });
    connect(a->recover, &QAction::triggered, this,
            [this] { emit recoverRequested(m_panes->currentPane()); });

    connect(m_switcher, &ProfileSwitcher::profileChosen, this,
            [this](const QUuid &id) { m_connection->openById(id); });
    connect(m_switcher, &ProfileSwitcher::manageRequested, this, &MainWindow::showProfileManager);
    connect(m_welcome, &WelcomePanel::sandboxRequested, this,
            [this] { m_connection->open(Profile::sandbox()); });
    connect(m_welcome, &WelcomePanel::newProfileRequested, this, &MainWindow::showNewProfileDialog);
    connect(m_connectionBanner, &ConnectionBanner::retryRequested, m_connection,
            &ConnectionManager::reconnect);
    connect(m_connectionBanner, &ConnectionBanner::profilesRequested, this,
            &MainWindow::showProfileManager);
}

void MainWindow::addPane(Pane *pane, PaneActions actions)
{
    m_panes->addPane(pane, actions);
    pane->setSession(m_connection->session());
    releaseWindowKeys(pane);

    const int number = int(m_paneActions.size()) + 1;
    auto *show = new QAction(pane->icon(), pane->title(), this);
    show->setObjectName(QStringLiteral("showPaneAction%1").arg(number));
    if (number <= 9)
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
    connect(show, &QAction::triggered, this, [this, pane] {
        m_panes->setCurrentPane(pane);
        pane->setFocus(Qt::ShortcutFocusReason);
    });
    connect(pane, &Pane::titleChanged, show, [show, pane] { show->setText(pane->title()); });
    connect(pane, &QObject::destroyed, show, &QObject::deleteLater);
    m_paneActions.append(show);
    m_panesMenu->addAction(show);
    addAction(show);
    updateActions();
}

void MainWindow::releaseWindowKeys(Pane *pane)
{
    // One owner per key: the window's action (Take offline…, Unpublish…) reaches the same
    // wizard from any focus; the pane's own action with that key gives it up, or Qt finds
    // two matches while the focus is in the pane and triggers neither.
    QList<QKeySequence> windowKeys;
    for (QAction *action : QWidget::actions()) {
        if (!action->shortcut().isEmpty())
            windowKeys.append(action->shortcut());
    }
    const QList<QAction *> paneActions = pane->findChildren<QAction *>();
    for (QAction *action : paneActions) {
        if (!action->shortcut().isEmpty() && windowKeys.contains(action->shortcut()))
            action->setShortcut(QKeySequence());
    }
}

void MainWindow::onSessionChanged(Session *session)
{
    for (Pane *pane : m_panes->panes())
        pane->setSession(session);
    updateActions();
}

void MainWindow::onStatusChanged(const ConnectionStatus &status)
{
    m_status->setConnectionStatus(status);
    m_connectionBanner->setStatus(status);
    const bool closed = status.state == ConnectionStatus::State::Closed;
    m_center->setCurrentWidget(closed ? static_cast<QWidget *>(m_welcome) : m_panes);
    m_switcher->setCurrentProfile(closed ? QUuid() : status.profileId);
    updateTitle();
    updateActions();
}

void MainWindow::updateActions()
{
    const bool connected = m_connection->session() != nullptr;
    m_actions->refresh->setEnabled(connected && m_panes->currentPane());
    // The wizards also work from pasted or imported ids: without a selection of their kind
    // they open on that page, so the commands only need a connection.
    for (QAction *action :
         {m_actions->takeOffline, m_actions->unpublish, m_actions->stop, m_actions->recover})
        action->setEnabled(connected);
    m_actions->reconnect->setEnabled(m_connection->profile().has_value());
}

void MainWindow::updateTitle()
{
    const ConnectionStatus status = StatusPanel::withTranslatedName(m_connection->status());
    setWindowTitle(status.state == ConnectionStatus::State::Closed
                       ? tr("DataArts Desk")
                       : tr("%1 — DataArts Desk").arg(status.profileName));
}

ProfileManagerDialog *MainWindow::profileManager() const
{
    return m_manager.data();
}

void MainWindow::showProfileManager()
{
    if (m_manager) {
        m_manager->raise();
        m_manager->activateWindow();
        return;
    }
    m_manager = new ProfileManagerDialog(m_profiles, m_secrets, this);
    m_manager->setAttribute(Qt::WA_DeleteOnClose);
    m_manager->setOpenProfile(m_connection->status().profileId);
    connect(m_manager, &ProfileManagerDialog::openRequested, this,
            [this](const QUuid &id) { m_connection->openById(id); });
    m_manager->open();
}

void MainWindow::showNewProfileDialog()
{
    auto *dialog = new ProfileDialog(m_profiles, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileDialog::saved, this,
            [this](const Profile &profile) { m_connection->open(profile); });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About DataArts Desk"),
                                tr("<h3>DataArts Desk %1</h3><p>A desktop client for the "
                                   "data-governance work of Huawei Cloud DataArts Studio: batch "
                                   "offline of Architecture entities, DataService API actions "
                                   "and approvals.</p>")
                                    .arg(QCoreApplication::applicationVersion()),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(QIcon(QStringLiteral(":/icons/dataarts-desk.svg")).pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::retranslateUi()
{
    m_actions->retranslate();
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_panesMenu->setTitle(tr("&Panes"));
    m_languageMenu->setTitle(tr("&Language"));
    m_actionsMenu->setTitle(tr("&Actions"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    accessibleText::nameToolBarExtension(m_toolBar);
    m_detailsDock->setWindowTitle(tr("Details"));
    m_detailsDock->toggleViewAction()->setText(tr("&Details Panel"));
    m_status->retranslateUi();
    updateTitle();
}

void MainWindow::restoreLayout()
{
    const bool geometry = restoreGeometry(appSettings::windowGeometry());
    const bool state = restoreState(appSettings::windowState());
    if (!geometry) {
        QSize size(1200, 760);
        if (const QScreen *s = screen())
            size = size.boundedTo(s->availableGeometry().size());
        resize(size);
    }
    m_firstLayout = !state;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // A first start: the Details dock at a readable width (once the window has its size),
    // a quarter of a small window's (an 800-px window at 200 % keeps its panes' width).
    if (m_firstLayout) {
        m_firstLayout = false;
        resizeDocks({m_detailsDock}, {std::clamp(width() / 4, 200, 300)}, Qt::Horizontal);
    }
}

void MainWindow::saveLayout() const
{
    appSettings::setWindowLayout(saveGeometry(), saveState());
}

QMessageBox *MainWindow::quitQuestion() const
{
    return m_quitQuestion.data();
}

void MainWindow::closeWithoutAsking()
{
    m_quitConfirmed = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int sending = m_runsInFlight ? m_runsInFlight() : 0;
    if (sending > 0 && !m_quitConfirmed) {
        // Window-modal and without a nested event loop: the answer closes again.
        event->ignore();
        if (m_quitQuestion)
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Runs Still Sending"),
                                    tr("%n run(s) are still sending requests.", nullptr, sending),
                                    QMessageBox::NoButton, this);
        box->setInformativeText(
            tr("If you quit now, what the server has answered is kept in the journal and the "
               "rest of each run waits there: History and the next start offer to resume it, "
               "and nothing is sent twice."));
        QPushButton *quit = box->addButton(tr("&Quit Anyway"), QMessageBox::AcceptRole);
        box->addButton(tr("&Keep Running"), QMessageBox::RejectRole);
        box->setDefaultButton(qobject_cast<QPushButton *>(box->buttons().constLast()));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        connect(box, &QMessageBox::buttonClicked, this, [this, quit](QAbstractButton *button) {
            if (button == quit)
                QMetaObject::invokeMethod(this, &MainWindow::closeWithoutAsking,
                                          Qt::QueuedConnection);
        });
        m_quitQuestion = box;
        box->open();
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        emit closed();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace dataarts::ui
