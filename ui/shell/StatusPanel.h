#pragma once

#include "connection/ConnectionStatus.h"
#include "shell/PaneArea.h"

#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace dataarts::ui {

// The status bar's widgets: the current pane's status text, its selection count and
// loading state, the connection state, and a clock-offset warning when the clocks differ
// by more than a minute.
class StatusPanel : public QObject
{
    Q_OBJECT
public:
    explicit StatusPanel(QStatusBar *bar);

    void setPaneState(const PaneState &state);
    void setConnectionStatus(const ConnectionStatus &status);
    void retranslateUi();

    // The status with the built-in Sandbox's name in the current language (the status keeps
    // the name the profile was opened with).
    static ConnectionStatus withTranslatedName(const ConnectionStatus &status);

    QLabel *paneText() const { return m_paneText; }
    QLabel *selectionLabel() const { return m_selection; }
    QProgressBar *loadingBar() const { return m_loading; }
    QLabel *connectionLabel() const { return m_connection; }
    QLabel *clockWarningLabel() const { return m_clock; }

private:
    QLabel *m_paneText;
    QLabel *m_selection;
    QProgressBar *m_loading;
    QLabel *m_connection;
    QLabel *m_clock;
    PaneState m_pane;
    ConnectionStatus m_status;
};

} // namespace dataarts::ui
