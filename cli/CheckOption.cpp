#include "CheckOption.h"

#include "ExitStatus.h"

#include "runs/TargetCheck.h"

namespace dataarts::cli {

namespace checkOption {

QCommandLineOption option()
{
    return QCommandLineOption(
        QStringLiteral("check"),
        CheckText::tr("Read each target's current state and print what the run would do to it "
                      "(\"will change\", or \"skip\" with the reason); send nothing."));
}

void apply(RunCommand::Plan *plan, OutputFormat format)
{
    plan->stopAfterPrepare = true;
    plan->prepare = [format](Session *session, RunSpec *spec, std::function<void(int)> done) {
        const bool entities = spec->kind == RunKind::BatchOffline;
        auto *check = new TargetCheck(session, *spec);
        QObject::connect(check, &TargetCheck::finished, check, [check, done, format, entities] {
            check->deleteLater();
            if (!check->ok()) {
                err() << CheckText::tr("The current state could not be read: %1")
                             .arg(check->error().message())
                      << Qt::endl;
                done(exitStatus::forError(check->error()));
                return;
            }
            const QList<Column> columns{{QStringLiteral("target"), CheckText::tr("TARGET")},
                                        {QStringLiteral("name"), CheckText::tr("NAME")},
                                        {QStringLiteral("verdict"), CheckText::tr("VERDICT")},
                                        {QStringLiteral("reason"), CheckText::tr("REASON")}};
            QList<QStringList> rows;
            int changing = 0;
            for (const TargetCheck::Line &line : check->lines()) {
                const QString target = entities ? line.keyPart + QLatin1Char(':') + line.keyId
                                                : line.keyId + QLatin1Char('@') + line.keyPart;
                rows.append({target, line.name, TargetCheck::verdictName(line.verdict),
                             line.reason});
                changing += line.verdict == TargetCheck::Verdict::WillChange ? 1 : 0;
            }
            OutputFormatter::print(format, columns, rows);
            err() << CheckText::tr("%n of %1 target(s) will change; nothing was sent.", nullptr,
                                   changing)
                         .arg(rows.size())
                  << Qt::endl;
            done(ExitOk);
        });
        check->start();
    };
}

} // namespace checkOption
} // namespace dataarts::cli
