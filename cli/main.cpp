#include "ApiActionCommand.h"
#include "ApisListCommand.h"
#include "ApproversListCommand.h"
#include "Command.h"
#include "ExportCommand.h"
#include "HistoryCommand.h"
#include "ImpactCommand.h"
#include "OfflineCommand.h"
#include "ProfileCommandAdd.h"
#include "ProfileCommandList.h"
#include "ProfileCommandRemove.h"
#include "ProfileCommandTest.h"
#include "RefreshCommand.h"
#include "ResumeCommand.h"
#include "RetryCommand.h"
#include "UndoCommand.h"
#include "SignCommand.h"
#include "TablesListCommand.h"

#include "i18n/Language.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>
#include <vector>

namespace dataarts::cli {
namespace {

class Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
public:
    static void printOverview(const std::vector<std::unique_ptr<Command>> &commands)
    {
        out() << tr("Usage: %1 [--lang zh_CN|en] COMMAND [OPTIONS]")
                     .arg(QCoreApplication::applicationName())
              << "\n\n"
              << tr("Commands:") << '\n';
        for (const auto &command : commands)
            out() << "  " << command->words().join(QLatin1Char(' ')).leftJustified(18) << ' '
                  << command->summary() << '\n';
        out() << '\n' << tr("Run \"COMMAND --help\" for the options of one command.") << '\n';
        out().flush();
    }

    static QString unsupportedLanguage(const QString &code)
    {
        return tr("Unsupported language \"%1\": use zh_CN or en.").arg(code);
    }

    static QString unknownCommand(const QString &word)
    {
        return tr("Unknown command \"%1\". Run with --help for the list.").arg(word);
    }
};

} // namespace
} // namespace dataarts::cli

int main(int argc, char *argv[])
{
    using namespace dataarts::cli;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dataarts-desk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("DataArtsDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DESK_VERSION));

    QStringList args = QCoreApplication::arguments();
    const QString program = args.takeFirst();

    // --lang, anywhere on the line (before or after the command words).
    QString lang;
    for (qsizetype i = 0; i < args.size();) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--")) {
            break;
        } else if (arg.startsWith(QLatin1String("--lang="))) {
            lang = arg.mid(7);
            args.removeAt(i);
        } else if (arg == QLatin1String("--lang")) {
            lang = args.value(i + 1);
            args.remove(i, qMin<qsizetype>(2, args.size() - i));
        } else {
            ++i;
        }
    }
    dataarts::Language language;
    if (!language.apply(lang)) {
        language.apply(QString());
        err() << Main::unsupportedLanguage(lang) << Qt::endl;
        return ExitUsage;
    }

    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<SignCommand>());
    commands.push_back(std::make_unique<TablesListCommand>());
    commands.push_back(std::make_unique<ApproversListCommand>());
    commands.push_back(std::make_unique<OfflineCommand>());
    commands.push_back(std::make_unique<OfflineCommand>(dataarts::RunKind::BatchPublish));
    commands.push_back(std::make_unique<ApisListCommand>());
    commands.push_back(std::make_unique<ApiActionCommand>());
    commands.push_back(std::make_unique<ImpactCommand>());
    commands.push_back(std::make_unique<HistoryCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ResumeCommand>());
    commands.push_back(std::make_unique<RetryCommand>());
    commands.push_back(std::make_unique<UndoCommand>());
    commands.push_back(std::make_unique<RefreshCommand>());
    commands.push_back(std::make_unique<ProfileCommandAdd>());
    commands.push_back(std::make_unique<ProfileCommandList>());
    commands.push_back(std::make_unique<ProfileCommandTest>());
    commands.push_back(std::make_unique<ProfileCommandRemove>());

    if (args.isEmpty() || args.constFirst() == QLatin1String("--help") ||
        args.constFirst() == QLatin1String("-h") || args.constFirst() == QLatin1String("help")) {
        Main::printOverview(commands);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.constFirst() == QLatin1String("--version")) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }

    // Longest match of command words.
    Command *chosen = nullptr;
    qsizetype used = 0;
    for (const auto &command : commands) {
        const QStringList words = command->words();
        if (words.size() > args.size() || words.size() <= used)
            continue;
        if (std::equal(words.cbegin(), words.cend(), args.cbegin())) {
            chosen = command.get();
            used = words.size();
        }
    }
    if (!chosen) {
        err() << Main::unknownCommand(args.constFirst()) << Qt::endl;
        return ExitUsage;
    }
    QStringList rest = args.mid(used);
    rest.prepend(program);
    return chosen->run(rest);
}
