#include "MainWindow.h"

#include "i18n/Language.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace dataarts::ui {

MainWindow::MainWindow(Language *language, QWidget *parent)
    : QMainWindow(parent)
    , m_language(language)
{
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    createMenus();

    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    setCentralWidget(m_placeholder);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addPermanentWidget(m_connectionLabel);

    resize(1100, 720);
    retranslateUi();
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_langGroup = new QActionGroup(this);
    m_langSystem = new QAction(m_langGroup);
    m_langSystem->setData(QStringLiteral("system"));
    m_langZh = new QAction(m_langGroup);
    m_langZh->setData(QStringLiteral("zh_CN"));
    m_langEn = new QAction(m_langGroup);
    m_langEn->setData(QStringLiteral("en"));
    const QString saved =
        QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
    for (QAction *action : m_langGroup->actions()) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == saved);
    }
    connect(m_langGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        QSettings().setValue(QStringLiteral("ui/language"), code);
        m_language->apply(code);
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_langGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("DataArts Desk"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About DataArts Desk"));
    m_langSystem->setText(tr("System"));
    // Language names are written in their own language on purpose.
    m_langZh->setText(QStringLiteral("中文 (简体)"));
    m_langEn->setText(QStringLiteral("English"));
    m_connectionLabel->setText(tr("Not connected"));
    m_placeholder->setText(tr("No connection profile is open."));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About DataArts Desk"),
        tr("<h3>DataArts Desk %1</h3><p>A desktop client for the data-governance work of "
           "Huawei Cloud DataArts Studio: batch offline of Architecture entities, DataService "
           "API actions and approvals.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace dataarts::ui
