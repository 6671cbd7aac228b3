#pragma once

#include "connection/ConnectionStatus.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace dataarts::ui {

// Shown above the panes while the open profile failed to connect: the translated reason
// in full, "Retry" and "Profiles…".
class ConnectionBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    void setStatus(const ConnectionStatus &status);
    QString text() const;
    QPushButton *retryButton() const { return m_retry; }

signals:
    void retryRequested();
    void profilesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_profiles;
    ConnectionStatus m_status;
};

} // namespace dataarts::ui
