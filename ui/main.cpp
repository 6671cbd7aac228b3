#include "shell/AppController.h"

#include "i18n/Language.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

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
    QString lang = dataarts::appSettings::language();
    QString langArgument;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            langArgument = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            langArgument = args.at(i).mid(7);
    }
    if (!langArgument.isEmpty())
        lang = langArgument;
    dataarts::Language language;
    if (!language.apply(lang))
        language.apply(QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Desktop client for the data-governance work of Huawei Cloud DataArts Studio."));
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
    const QCommandLineOption smokeOpt(
        QStringLiteral("smoke-test"),
        QCoreApplication::translate("main", "Open the window, connect, print one line with the "
                                            "outcome and quit (status 0 when connected)."));
    parser.addOptions({sandboxOpt, profileOpt, langOpt, smokeOpt});
    parser.process(app);
    if (!langArgument.isEmpty() && !dataarts::Language::supported().contains(langArgument) &&
        langArgument != QLatin1String("system")) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Unknown language “%1”; "
                                                                    "use zh_CN or en.")
                                    .arg(langArgument)));
        return 2;
    }

    dataarts::ui::AppController controller(&language);
    QObject::connect(&controller, &dataarts::ui::AppController::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    dataarts::ui::AppController::Options options;
    options.sandbox = parser.isSet(sandboxOpt);
    options.profileName = parser.value(profileOpt);
    options.language = langArgument;
    options.smokeTest = parser.isSet(smokeOpt);
    controller.start(options);
    return app.exec();
}
