#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;

namespace dataarts {
class Language;
}

namespace dataarts::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Language *language, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void showAbout();

    Language *m_language;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_langSystem = nullptr;
    QAction *m_langZh = nullptr;
    QAction *m_langEn = nullptr;
    QActionGroup *m_langGroup = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_placeholder = nullptr;
};

} // namespace dataarts::ui
