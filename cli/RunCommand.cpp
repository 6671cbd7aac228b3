#include "RunCommand.h"

#include "ConnectionOptions.h"
#include "ExitStatus.h"
#include "ProgressPrinter.h"
#include "RunReport.h"
#include "StopSignals.h"

#include "batch/BatchEngine.h"
#include "client/Session.h"
#include "csv/CsvWriter.h"
#include "journal/Journal.h"
#include "journal/JournalLocation.h"
#include "runs/TargetNames.h"
#include "runs/UndoLimits.h"
#include "signing/Canonical.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

namespace dataarts::cli {

RunCommand::RunCommand() = default;
RunCommand::~RunCommand() = default;

QString RunCommand::moreExitStatuses()
{
    return tr("Exit status 4 when the journal cannot be read or written, 5 when another "
              "process executes the run, 6 when SIGINT or SIGTERM stopped the run: the requests "
              "in flight are finished and recorded, nothing more is sent, and \"resume --run "
              "N\" continues it (a second signal ends the process at once; resume then checks "
              "what was in flight).");
}

QCommandLineOption RunCommand::runOption()
{
    return QCommandLineOption(QStringLiteral("run"), tr("The run's id (see \"history\")."),
                              tr("ID"));
}

bool RunCommand::openJournal()
{
    if (m_journal)
        return true;
    auto journal = std::make_unique<Journal>(journalLocation::path());
    if (!journal->open()) {
        err() << journal->errorString() << '\n' << tr("Nothing was sent.") << Qt::endl;
        return false;
    }
    // A damaged journal was moved aside and a new one started: say where the old one is.
    if (!journal->damageNotice().isEmpty())
        err() << journal->damageNotice() << Qt::endl;
    m_journal = std::move(journal);
    return true;
}

bool RunCommand::readInput(const QString &path, QByteArray *data)
{
    QFile file;
    const bool ok = path == QLatin1String("-")
                        ? file.open(stdin, QIODevice::ReadOnly)
                        : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok) {
        err() << tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())
              << Qt::endl;
        return false;
    }
    // As the window's import: at most 64 MB, read in pieces, so that /dev/zero or a huge
    // file cannot take all the memory.
    data->clear();
    QByteArray piece;
    for (;;) { // not atEnd(): a device such as /dev/zero has a size of 0 and never ends
        piece = file.read(qMin<qint64>(1 << 20, kMaxInputBytes + 1 - data->size()));
        if (piece.isEmpty())
            break;
        data->append(piece);
        if (data->size() > kMaxInputBytes) {
            data->clear();
            err() << tr("%1 is larger than %2 MB: nothing was read.")
                         .arg(path == QLatin1String("-") ? tr("The standard input")
                                                         : QDir::toNativeSeparators(path))
                         .arg(kMaxInputBytes / (1024 * 1024))
                  << Qt::endl;
            return false;
        }
    }
    return true;
}

bool RunCommand::countOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                             int max, int *value)
{
    *value = 0;
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const QString text = parser.value(option);
    const int n = text.toInt(&ok);
    if (!ok || n < 1 || n > max) {
        err() << tr("Bad --%1 \"%2\": expected a whole number from 1 to %3.")
                     .arg(option.names().constFirst(), text, QLocale().toString(max))
              << Qt::endl;
        return false;
    }
    *value = n;
    return true;
}

std::optional<int> RunCommand::readItems(const QCommandLineParser &parser,
                                         const QCommandLineOption &inputOpt,
                                         const QCommandLineOption &itemOpt, QChar separator,
                                         const QString &neitherOrBoth, ItemInput *input)
{
    input->values = parser.values(itemOpt);
    input->optionName = QStringLiteral("--") + itemOpt.names().constFirst();
    input->fromFile = parser.isSet(inputOpt);
    if (input->fromFile == !input->values.isEmpty()) {
        err() << neitherOrBoth << Qt::endl;
        return ExitUsage;
    }
    input->data.clear();
    if (input->fromFile)
        return readInput(parser.value(inputOpt), &input->data) ? std::nullopt
                                                               : std::optional<int>(ExitUsage);
    for (const QString &value : std::as_const(input->values)) {
        const qsizetype at = value.indexOf(separator);
        input->data +=
            (at < 0 ? value : value.left(at) + QLatin1Char(',') + value.mid(at + 1)).toUtf8() +
            '\n';
    }
    return std::nullopt;
}

QStringList RunCommand::ItemInput::problemTexts(const QList<InputProblem> &problems) const
{
    QStringList out;
    for (const InputProblem &p : problems) {
        //: An item option's problem: "--entity TABLE:12: unknown biz_type".
        out.append(
            fromFile
                ? p.text()
                : RunCommand::tr("%1 %2: %3").arg(optionName, values.value(p.line - 1), p.reason));
    }
    return out;
}

void RunCommand::nameItems(Session *session, qint64 runId, const RunSpec &spec,
                           std::function<void()> then)
{
    auto *names = new TargetNames(session, spec);
    QObject::connect(names, &TargetNames::finished, names, [this, names, runId, spec, then] {
        names->deleteLater();
        if (names->error().isError())
            err() << tr("Some names could not be read (%1); those targets are shown by id.")
                         .arg(names->error().message())
                  << Qt::endl;
        RunSpec named = spec;
        if (names->apply(&named) > 0 && m_journal->nameItems(runId, named.items) < 0)
            err() << tr("The names could not be recorded: %1").arg(m_journal->errorString())
                  << Qt::endl;
        then();
    });
    names->start();
}

std::optional<int> RunCommand::reportProblems(const QStringList &problems, bool skipBadLines,
                                              int goodItems)
{
    // The first ones, then how many more: a bad 50 MB file is not a million lines of output.
    for (qsizetype i = 0; i < problems.size() && i < kMaxListedProblems; ++i)
        err() << problems.at(i) << '\n';
    if (problems.size() > kMaxListedProblems) {
        err() << tr("… and %n more bad input line(s).", nullptr,
                    int(problems.size() - kMaxListedProblems))
              << '\n';
    }
    err().flush();
    if (!problems.isEmpty() && !skipBadLines) {
        err() << tr("Nothing was sent: %n input line(s) are not valid. Correct them, or use "
                    "--skip-bad-lines to send the valid ones only.",
                    nullptr, int(problems.size()))
              << Qt::endl;
        return ExitUsage;
    }
    if (goodItems == 0) {
        err() << tr("Nothing to do: the input names no item.") << Qt::endl;
        return ExitUsage;
    }
    if (!problems.isEmpty()) {
        err() << tr("Skipped %n bad input line(s).", nullptr, int(problems.size())) << Qt::endl;
    }
    return std::nullopt;
}

QByteArray RunCommand::previewText(OutputFormat format, const QUrl &base,
                                   const QList<RequestPreview> &requests)
{
    QString root = base.toString(QUrl::FullyEncoded);
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    auto urlOf = [&root](const RequestPreview &r) {
        QString url = root + QString::fromLatin1(canonical::sentPath(r.path));
        if (!r.query.isEmpty())
            url += QLatin1Char('?') + QString::fromLatin1(canonical::query(r.query));
        return url;
    };
    QByteArray bytes;
    switch (format) {
    case OutputFormat::Json: {
        QJsonArray array;
        for (const RequestPreview &r : requests) {
            QJsonObject object{{QStringLiteral("method"), QString::fromLatin1(r.method)},
                               {QStringLiteral("url"), urlOf(r)},
                               {QStringLiteral("items"), int(r.itemIndexes.size())}};
            const QJsonDocument body = QJsonDocument::fromJson(r.body);
            if (body.isObject())
                object.insert(QStringLiteral("body"), body.object());
            else if (body.isArray())
                object.insert(QStringLiteral("body"), body.array());
            else
                object.insert(QStringLiteral("body"), QString::fromUtf8(r.body));
            array.append(object);
        }
        bytes = QJsonDocument(QJsonObject{{QStringLiteral("dry_run"), true},
                                          {QStringLiteral("requests"), array}})
                    .toJson(QJsonDocument::Indented);
        break;
    }
    case OutputFormat::Csv:
        bytes = CsvWriter::record({QStringLiteral("method"), QStringLiteral("url"),
                                   QStringLiteral("items"), QStringLiteral("body")});
        for (const RequestPreview &r : requests) {
            bytes += CsvWriter::record({QString::fromLatin1(r.method), urlOf(r),
                                        QString::number(r.itemIndexes.size()),
                                        QString::fromUtf8(r.body)});
        }
        break;
    case OutputFormat::Table: {
        const QLocale locale;
        QString text;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            const RequestPreview &r = requests.at(i);
            text += QStringLiteral("# ") +
                    tr("Request %1 of %2 (%n item(s))", nullptr, int(r.itemIndexes.size()))
                        .arg(locale.toString(i + 1), locale.toString(requests.size())) +
                    QLatin1Char('\n') + QString::fromLatin1(r.method) + QLatin1Char(' ') +
                    urlOf(r) + QLatin1Char('\n');
            if (!r.body.isEmpty())
                text += QString::fromUtf8(r.body) + QLatin1Char('\n');
            text += QLatin1Char('\n');
        }
        text += tr("Dry run: nothing was sent.") + QLatin1Char('\n');
        bytes = text.toUtf8();
        break;
    }
    }
    return bytes;
}

void RunCommand::reportJournalFailure(qint64 runId, const QString &error, OutputFormat format)
{
    const int requests = m_run ? m_run->requestsSent() : 0;
    const int items = m_run ? m_run->itemsSent() : 0;
    err() << tr("The journal failed during run %1: %2").arg(runId).arg(error) << '\n';
    if (requests == 0)
        err() << tr("Nothing was sent by this command.") << '\n';
    else
        err() << tr("This command sent %n request(s),", nullptr, requests) << ' '
              << tr("carrying %n item(s).", nullptr, items) << '\n';
    const std::optional<RunRecord> record = m_journal->loadRun(runId);
    if (record) {
        RunReport::print(format, *record);
        const RunSummary &run = record->run;
        const int sending = run.count(ItemState::Sending) + run.count(ItemState::Unknown);
        //: What the journal holds after it failed during a run.
        err() << tr("The journal records %1 item(s) with their answer, %2 item(s) sent whose "
                    "answer it has not recorded, and %3 item(s) not sent.")
                     .arg(run.total - sending - run.count(ItemState::Queued))
                     .arg(sending)
                     .arg(run.count(ItemState::Queued))
              << '\n';
    } else {
        err() << tr("The journal cannot be read back either (%1): what it holds of this run is "
                    "not known here.")
                     .arg(m_journal->errorString())
              << '\n';
    }
    if (!record || record->run.status() == RunStatus::Running)
        err() << tr("Once the journal works again, continue with: resume --run %1 (items sent "
                    "without a recorded answer are checked on the server, never sent twice).")
                     .arg(runId)
              << '\n';
    err().flush();
    finish(ExitJournal);
}

void RunCommand::reportRun(qint64 runId, BatchRun::Outcome outcome, OutputFormat format)
{
    if (m_run && !m_run->journalError().isEmpty()) {
        reportJournalFailure(runId, m_run->journalError(), format);
        return;
    }
    const ApiError lastError = m_run ? m_run->lastError() : ApiError();
    const std::optional<RunRecord> record = m_journal->loadRun(runId);
    if (!record) {
        err() << m_journal->errorString() << Qt::endl;
        finish(ExitJournal);
        return;
    }
    RunReport::print(format, *record);
    if (m_stopSignal != 0 && record->run.status() == RunStatus::Running) {
        err() << tr("Stopped by %1: no new request was sent; the requests in flight were "
                    "finished and recorded.")
                     .arg(StopSignals::name(m_stopSignal))
              << '\n'
              << tr("Continue it later with: resume --run %1").arg(runId) << Qt::endl;
        finish(ExitStopped);
        return;
    }
    if (outcome == BatchRun::Outcome::Failed) {
        err()
            << tr("Nothing was sent: %1").arg(lastError.message()) << '\n'
            << tr("Run %1 has ended with every item failed; there is nothing to resume.").arg(runId)
            << Qt::endl;
    }
    if (outcome == BatchRun::Outcome::Interrupted && m_stopSignal == 0) {
        err() << tr("The run stopped: %1").arg(lastError.message()) << '\n'
              << tr("Continue it later with: resume --run %1").arg(runId) << Qt::endl;
    }
    finish(exitStatus::forRun(record->run, outcome, lastError));
}

void RunCommand::onStopSignal(int signal, BatchEngine *engine, qint64 runId)
{
    if (m_stopSignal != 0)
        return;
    m_stopSignal = signal;
    if (!engine || runId <= 0 || !engine->run(runId)) {
        err() << tr("Stopped by %1 before anything was sent.").arg(StopSignals::name(signal))
              << Qt::endl;
        finish(ExitStopped);
        return;
    }
    engine->stop(runId);
    err() << '\n'
          << tr("%1: stopping. No new request is sent; the %n request(s) in flight finish and "
                "are recorded. Send it again to end at once.",
                nullptr, engine->run(runId)->inFlight())
                 .arg(StopSignals::name(signal))
          << Qt::endl;
}

std::optional<RunSummary> RunCommand::journalRun(const QString &value, const QString &giveRun,
                                                 int *exit)
{
    bool ok = false;
    const qint64 runId = value.toLongLong(&ok);
    if (!ok || runId <= 0) {
        err() << giveRun << Qt::endl;
        *exit = ExitUsage;
        return std::nullopt;
    }
    if (!openJournal()) {
        *exit = ExitJournal;
        return std::nullopt;
    }
    std::optional<RunSummary> summary = journal()->runSummary(runId);
    if (!summary && journal()->error() != JournalError::NotFound) {
        err() << journal()->errorString() << Qt::endl;
        *exit = ExitJournal;
    } else if (!summary) {
        err() << tr("There is no run %1 in the journal %2.").arg(runId).arg(journal()->path())
              << Qt::endl;
        *exit = ExitUsage;
    }
    return summary;
}

int RunCommand::execute(ConnectionOptions &connection, OutputFormat format, Plan plan)
{
    connection.setKeysOptional(plan.dryRun);
    if (!plan.dryRun && !openJournal())
        return ExitJournal;
    std::unique_ptr<Session> session;
    std::unique_ptr<BatchEngine> engine;
    std::unique_ptr<ProgressPrinter> progress;
    qint64 runId = 0;
    if (!plan.dryRun) {
        m_stopSignals = std::make_unique<StopSignals>();
        QObject::connect(m_stopSignals.get(), &StopSignals::received, m_stopSignals.get(),
                         [&](int signal) { onStopSignal(signal, engine.get(), runId); });
    }

    // After the session is open (and the plan prepared): preview, or start / resume.
    const std::function<void()> proceed = [&] {
        if (plan.sayUndoLimits) {
            for (const QString &limit : UndoLimits::forSpec(plan.spec))
                err() << limit << Qt::endl;
        }
        if (plan.dryRun) {
            const QList<RequestPreview> requests = engine->preview(plan.spec);
            if (requests.isEmpty()) {
                err() << engine->errorString() << Qt::endl;
                finish(ExitUsage);
                return;
            }
            const QByteArray text = previewText(format, session->dataArtsBaseUrl(), requests);
            std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
            finish(ExitOk);
            return;
        }
        progress = std::make_unique<ProgressPrinter>(ProgressPrinter::wanted());
        QObject::connect(engine.get(), &BatchEngine::runStarted, engine.get(),
                         [&](qint64 id, BatchRun *run) {
                             runId = id;
                             m_run = run;
                             progress->follow(run);
                         });
        QObject::connect(engine.get(), &BatchEngine::runFinished, engine.get(),
                         [&](qint64 id, BatchRun::Outcome outcome) {
                             if (id != runId)
                                 return;
                             if (m_run)
                                 progress->update(m_run->totals(), true);
                             progress->done();
                             // A run that completed is named before it is reported (one
                             // that failed at its key check is not: each bad signature
                             // counts towards the gateway's lock-out; a stopped one is
                             // not kept waiting).
                             if (plan.nameTargets && plan.resume <= 0 && plan.retry <= 0 &&
                                 outcome == BatchRun::Outcome::Completed) {
                                 nameItems(session.get(), id, plan.spec,
                                           [&, id, outcome] { reportRun(id, outcome, format); });
                                 return;
                             }
                             reportRun(id, outcome, format);
                         });
        const qint64 id = plan.resume > 0  ? engine->resume(plan.resume)
                          : plan.retry > 0 ? engine->retryFailed(plan.retry)
                                           : engine->start(plan.spec);
        if (id <= 0) {
            err() << engine->errorString() << Qt::endl;
            finish(engine->refusal() == BatchEngine::Refusal::HeldElsewhere ? ExitRunBusy
                                                                            : ExitUsage);
            return;
        }
        if (plan.retry > 0)
            err() << tr("Run %1 started: the failed items of run %2.").arg(id).arg(plan.retry)
                  << Qt::endl;
        else if (plan.resume <= 0)
            err() << tr("Run %1 started: %n item(s).", nullptr, int(plan.spec.items.size())).arg(id)
                  << Qt::endl;
        else
            err() << tr("Run %1 resumed.").arg(id) << Qt::endl;
    };

    const int status = runEventLoop([&] {
        connection.resolve([&](int status) {
            if (status != ExitOk) {
                finish(status);
                return;
            }
            // A dry run sends nothing: it needs neither keys nor a usable TLS setup.
            session = openSession(connection.settings(), !plan.dryRun);
            if (!session)
                return;
            plan.spec.profileId = connection.profileId();
            plan.spec.profileName = connection.profileName();
            if (connection.settings().auth == AuthMethod::IamPassword)
                plan.spec.createdBy = connection.settings().iamUserName;
            engine = std::make_unique<BatchEngine>(session.get(), m_journal.get());
            if (plan.prepare) {
                auto prepare = std::move(plan.prepare);
                prepare(session.get(), &plan.spec, [&](int prepared) {
                    if (prepared != ExitOk || plan.stopAfterPrepare)
                        finish(prepared);
                    else
                        proceed();
                });
                return;
            }
            proceed();
        });
    });
    m_stopSignals.reset();
    return status;
}

} // namespace dataarts::cli
