#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace dataarts::ui {

// What the window shows while no profile is open: for a new user, the built-in Sandbox
// profile one click away, and the way to add a real profile.
class WelcomePanel : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    QPushButton *sandboxButton() const { return m_sandbox; }
    QPushButton *newProfileButton() const { return m_newProfile; }

signals:
    void sandboxRequested();
    void newProfileRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_sandbox;
    QPushButton *m_newProfile;
};

} // namespace dataarts::ui
