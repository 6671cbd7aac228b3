#include "DesktopNotice.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QWidget>

namespace dataarts::ui {

DesktopNotice::DesktopNotice(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{}

void DesktopNotice::show(const QString &title, const QString &text, bool warning)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages()) {
        if (m_window)
            QApplication::alert(m_window);
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/dataarts-desk.svg")), this);
        m_tray->setToolTip(tr("DataArts Desk"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_window) {
                m_window->raise();
                m_window->activateWindow();
            }
        });
    }
    m_tray->show();
    m_tray->showMessage(title, text,
                        warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

} // namespace dataarts::ui
