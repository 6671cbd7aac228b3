#include "ExportCommand.h"

#include "journal/Journal.h"
#include "journal/JournalLocation.h"
#include "journal/RunExport.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

namespace dataarts::cli {

QString ExportCommand::summary() const
{
    return tr("Export one recorded run's items as CSV or JSON");
}

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption runOpt(QStringLiteral("run"), tr("The run to export."), tr("ID"));
    const QCommandLineOption formatOpt(QStringLiteral("format"),
                                       tr("csv or json (default csv)."), tr("FORMAT"),
                                       QStringLiteral("csv"));
    const QCommandLineOption bomOpt(
        QStringLiteral("bom"), tr("Start the CSV with a byte order mark (for Excel)."));
    const QCommandLineOption outputOpt(QStringLiteral("output"),
                                       tr("Write to FILE instead of standard output."),
                                       tr("FILE"));
    parser.addOptions({runOpt, formatOpt, bomOpt, outputOpt});
    if (const std::optional<int> exit = parse(parser, arguments))
        return *exit;
    bool ok = false;
    const qint64 runId = parser.value(runOpt).toLongLong(&ok);
    if (!parser.isSet(runOpt) || !ok || runId <= 0) {
        err() << tr("Give the run to export: --run ID (see \"history\").") << Qt::endl;
        return ExitUsage;
    }
    const QString format = parser.value(formatOpt).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        err() << tr("Unknown --format \"%1\": expected csv or json.").arg(parser.value(formatOpt))
              << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(bomOpt) && format != QLatin1String("csv")) {
        err() << tr("--bom is for CSV only.") << Qt::endl;
        return ExitUsage;
    }

    const QString path = journalLocation::path();
    if (!QFileInfo::exists(path)) {
        err() << tr("There is no run %1 in the journal %2.").arg(runId).arg(path) << Qt::endl;
        return ExitUsage;
    }
    Journal journal(path);
    if (!journal.openReadOnly()) {
        err() << journal.errorString() << Qt::endl;
        return ExitJournal;
    }
    const std::optional<RunRecord> record = journal.loadRun(runId);
    if (!record) {
        if (journal.error() == JournalError::NotFound) {
            err() << tr("There is no run %1 in the journal %2.").arg(runId).arg(path) << Qt::endl;
            return ExitUsage;
        }
        err() << journal.errorString() << Qt::endl;
        return ExitJournal;
    }

    const bool csv = format == QLatin1String("csv");
    if (parser.isSet(outputOpt)) {
        QString error;
        const QString file = parser.value(outputOpt);
        const bool written = csv ? RunExport::writeCsv(*record, file, parser.isSet(bomOpt), &error)
                                 : RunExport::writeJson(*record, file, &error);
        if (!written) {
            err() << tr("Could not write %1: %2").arg(file, error) << Qt::endl;
            return ExitUsage; // a path that cannot be written is the user's to fix
        }
        err() << tr("Run %1 exported to %2.").arg(runId).arg(file) << Qt::endl;
        return ExitOk;
    }
    const QByteArray bytes =
        csv ? RunExport::csv(*record, parser.isSet(bomOpt)) : RunExport::json(*record);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return ExitOk;
}

} // namespace dataarts::cli
