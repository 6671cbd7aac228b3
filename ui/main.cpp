#include "MainWindow.h"

#include "i18n/Language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dataarts-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("DataArts Desk"));
    QApplication::setOrganizationName(QStringLiteral("DataArtsDesk"));
    QApplication::setApplicationVersion(QStringLiteral(DESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dataarts-desk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dataarts-desk.svg")));

    // The language comes first so that --help is translated too.
    QString lang = QSettings().value(QStringLiteral("ui/language")).toString();
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            lang = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            lang = args.at(i).mid(7);
    }
    dataarts::Language language;
    if (!language.apply(lang))
        language.apply(QString());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOpt(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Start the built-in sandbox and open it."));
    const QCommandLineOption profileOpt(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Open this connection profile."),
        QCoreApplication::translate("main", "NAME"));
    const QCommandLineOption langOpt(QStringLiteral("lang"),
                                     QCoreApplication::translate("main", "Language: zh_CN or en."),
                                     QCoreApplication::translate("main", "LANG"));
    parser.addOptions({sandboxOpt, profileOpt, langOpt});
    parser.process(app);

    dataarts::ui::MainWindow window(&language);
    window.show();
    return app.exec();
}
