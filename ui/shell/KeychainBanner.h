#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace dataarts {
class SecretStore;
}

namespace dataarts::ui {

// The "no keychain" banner above the panes: shown while the SecretStore found no secure
// keychain (SecretStore::unavailableReason(): secrets last for this run only, nothing is
// written). It can be hidden for the rest of the run.
class KeychainBanner : public QFrame
{
    Q_OBJECT
public:
    explicit KeychainBanner(SecretStore *secrets, QWidget *parent = nullptr);

    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslateUi();

    SecretStore *m_secrets;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_dismiss;
    bool m_dismissed = false;
};

} // namespace dataarts::ui
