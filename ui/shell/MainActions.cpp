#include "MainActions.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>

namespace dataarts::ui {

MainActions::MainActions(QObject *parent)
    : QObject(parent)
{
    manageProfiles = make("manageProfilesAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                          QStringLiteral(":/icons/profile.svg"));
    switchProfile = make("switchProfileAction", QKeySequence(Qt::CTRL | Qt::Key_P));
    reconnect = make("reconnectAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5));
    quit = make("quitAction", QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    languages = new QActionGroup(this);
    languages->setExclusive(true);
    languageSystem = make("languageSystemAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0));
    languageChinese = make("languageChineseAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1));
    languageEnglish = make("languageEnglishAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2));
    languageSystem->setData(QStringLiteral("system"));
    languageChinese->setData(QStringLiteral("zh_CN"));
    languageEnglish->setData(QStringLiteral("en"));
    for (QAction *action : {languageSystem, languageChinese, languageEnglish}) {
        action->setCheckable(true);
        languages->addAction(action);
    }

    refresh =
        make("refreshAction", QKeySequence(Qt::Key_F5), QStringLiteral(":/icons/refresh.svg"));
    takeOffline = make("takeOfflineAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                       QStringLiteral(":/icons/take-offline.svg"));
    unpublish = make("unpublishAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                     QStringLiteral(":/icons/api-action.svg"));
    stop = make("stopAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                QStringLiteral(":/icons/cancel.svg"));
    recover = make("recoverAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                   QStringLiteral(":/icons/retry.svg"));

    about =
        make("aboutAction", QKeySequence(Qt::Key_F1), QStringLiteral(":/icons/dataarts-desk.svg"));
    about->setMenuRole(QAction::AboutRole);
    retranslate();
}

QAction *MainActions::make(const char *objectName, const QKeySequence &shortcut,
                           const QString &icon)
{
    auto *action = new QAction(this);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    if (!icon.isEmpty())
        action->setIcon(QIcon(icon));
    return action;
}

QString MainActions::languageCode(const QAction *action)
{
    return action ? action->data().toString() : QString();
}

QAction *MainActions::languageAction(const QString &code) const
{
    const QString wanted = code.isEmpty() ? QStringLiteral("system") : code;
    for (QAction *action : languages->actions()) {
        if (languageCode(action) == wanted)
            return action;
    }
    return languageSystem;
}

QList<QAction *> MainActions::all() const
{
    return {manageProfiles,
            switchProfile,
            reconnect,
            quit,
            languageSystem,
            languageChinese,
            languageEnglish,
            refresh,
            takeOffline,
            unpublish,
            stop,
            recover,
            about};
}

void MainActions::retranslate()
{
    manageProfiles->setText(tr("&Profiles…"));
    manageProfiles->setStatusTip(tr("Create, edit, duplicate and delete connection profiles"));
    switchProfile->setText(tr("S&witch Profile"));
    switchProfile->setStatusTip(tr("Choose the connection profile to open"));
    reconnect->setText(tr("Re&connect"));
    reconnect->setStatusTip(tr("Open the current profile again and measure the connection"));
    quit->setText(tr("&Quit"));

    languageSystem->setText(tr("&System"));
    // Language names are written in their own language on purpose.
    languageChinese->setText(QStringLiteral("中文 (简体)"));
    languageEnglish->setText(QStringLiteral("English"));

    refresh->setText(tr("&Refresh"));
    refresh->setStatusTip(tr("Load the current pane again from the server"));
    takeOffline->setText(tr("Take &Offline…"));
    takeOffline->setStatusTip(tr("Take the selected entities offline"));
    unpublish->setText(tr("&Unpublish…"));
    unpublish->setStatusTip(tr("Unpublish the selected APIs from their clusters"));
    stop->setText(tr("S&top…"));
    stop->setStatusTip(tr("Stop the selected APIs on their clusters"));
    recover->setText(tr("Re&cover…"));
    recover->setStatusTip(tr("Recover the selected stopped APIs"));

    about->setText(tr("&About DataArts Desk"));
    for (QAction *action : all()) {
        if (!action->shortcut().isEmpty())
            action->setToolTip(tr("%1 (%2)").arg(
                action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                action->shortcut().toString(QKeySequence::NativeText)));
    }
}

} // namespace dataarts::ui
