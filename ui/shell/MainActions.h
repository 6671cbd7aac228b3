#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;

namespace dataarts::ui {

// Every action of the main window's menus and toolbar, each with a shortcut, an icon
// where one helps, and its texts (retranslate() on a language change). The window wires
// them; this class only makes them.
class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(QObject *parent);

    // File
    QAction *manageProfiles;
    QAction *switchProfile; // focuses the toolbar's profile switcher
    QAction *reconnect;
    QAction *quit;
    // View (the per-pane and details-panel actions belong to the window)
    QActionGroup *languages;
    QAction *languageSystem;
    QAction *languageChinese;
    QAction *languageEnglish;
    // Actions
    QAction *refresh;
    QAction *takeOffline;
    QAction *unpublish;
    QAction *stop;
    QAction *recover;
    // Help
    QAction *about;

    // The language actions' codes: "system", "zh_CN", "en".
    static QString languageCode(const QAction *action);
    QAction *languageAction(const QString &code) const;

    QList<QAction *> all() const;
    void retranslate();

private:
    QAction *make(const char *objectName, const QKeySequence &shortcut,
                  const QString &icon = QString());
};

} // namespace dataarts::ui
