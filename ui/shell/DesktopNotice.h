#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;
class QWidget;

namespace dataarts::ui {

// A desktop notification for the window: the system tray's message where there is a tray
// (clicking it brings the window forward), otherwise the window asks for attention in the
// task bar. What RunEndNotifier and FollowUpNotifier show their messages with.
class DesktopNotice : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotice(QWidget *window, QObject *parent = nullptr);

    void show(const QString &title, const QString &text, bool warning);

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace dataarts::ui
