#include "ImpactCommand.h"

#include "ConnectionOptions.h"
#include "ExitStatus.h"

#include "batch/TableStatusLookup.h"
#include "client/Session.h"
#include "csv/ApiTargetListReader.h"
#include "csv/EntityListReader.h"
#include "dto/BizType.h"
#include "impact/ImpactCheck.h"
#include "impact/ImpactReport.h"

#include <QCommandLineParser>
#include <QSet>

#include <memory>

namespace dataarts::cli {

namespace {

// Whether an --input file holds entities (biz_type,biz_id) rather than API x cluster pairs:
// by its header, else by the first field of its first line.
bool inputHoldsEntities(const QByteArray &data)
{
    for (const QByteArray &raw : data.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QString first = QString::fromUtf8(line.left(line.indexOf(','))).trimmed();
        if (first.compare(QLatin1String("api_id"), Qt::CaseInsensitive) == 0)
            return false;
        if (first.compare(QLatin1String("biz_type"), Qt::CaseInsensitive) == 0)
            return true;
        return bizTypes::all().contains(first.toUpper());
    }
    return true;
}

// A failure of the connection itself (keys, TLS, network) rather than of one read.
bool isConnectionFailure(ApiError::Kind kind)
{
    return kind == ApiError::Kind::Unauthorized || kind == ApiError::Kind::Tls ||
           kind == ApiError::Kind::Network || kind == ApiError::Kind::ClockSkew;
}

QString verdictCell(const TargetImpact &t)
{
    return TargetImpact::verdictText(t.verdict());
}

} // namespace

QString ImpactCommand::summary() const
{
    return tr("Show what depends on entities or API x cluster pairs before acting on them");
}

int ImpactCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("For an entity: the DataService APIs that read its table, its downstream lineage "
           "and the Factory jobs and scripts that name it. For an API x cluster: the apps "
           "authorized to call it there and its calls. A read that fails makes that target "
           "\"impact unknown\", never \"no impact\". Exit status: 0 when the report was made "
           "(1 with --fail-on-impact when some target has impact), 2 for usage or input "
           "errors, 3 for connection or authentication failures."));
    parser.addHelpOption();
    ConnectionOptions connection;
    connection.addTo(parser);
    const QCommandLineOption entityOpt(QStringLiteral("entity"),
                                       tr("One entity, TYPE:ID; repeatable."), tr("TYPE:ID"));
    const QCommandLineOption targetOpt(
        QStringLiteral("target"), tr("One API on one cluster, API_ID@INSTANCE_ID; repeatable."),
        tr("API_ID@INSTANCE_ID"));
    const QCommandLineOption inputOpt(
        QStringLiteral("input"),
        tr("File of biz_type,biz_id or api_id,instance_id lines; \"-\" for standard input."),
        tr("FILE"));
    const QCommandLineOption daysOpt(
        QStringLiteral("days"),
        tr("An API called within this many days has impact (default 7, at most 365)."), tr("N"));
    const QCommandLineOption depthOpt(
        QStringLiteral("depth"), tr("Lineage hops downstream (default 3, at most 10)."), tr("N"));
    const QCommandLineOption failOpt(QStringLiteral("fail-on-impact"),
                                     tr("Exit 1 when some target has impact."));
    const QCommandLineOption formatOpt = OutputFormatter::option();
    parser.addOptions({entityOpt, targetOpt, inputOpt, daysOpt, depthOpt, failOpt, formatOpt});
    if (const std::optional<int> exit = parse(parser, arguments))
        return *exit;
    const std::optional<OutputFormat> format = OutputFormatter::parse(parser.value(formatOpt));
    if (!format)
        return ExitUsage;
    if (!connection.read(parser))
        return ExitUsage;
    ImpactCheck::Options options;
    int days = 0;
    int depth = 0;
    if (!countOption(parser, daysOpt, 365, &days) || !countOption(parser, depthOpt, 10, &depth))
        return ExitUsage;
    if (days > 0)
        options.days = days;
    if (depth > 0)
        options.depth = depth;

    const int given =
        int(parser.isSet(inputOpt)) + int(parser.isSet(entityOpt)) + int(parser.isSet(targetOpt));
    const QString oneOfThree = tr("Give the targets with --input FILE (\"-\" for standard input), "
                                  "--entity TYPE:ID or --target API_ID@INSTANCE_ID, one of the "
                                  "three.");
    if (given != 1) {
        err() << oneOfThree << Qt::endl;
        return ExitUsage;
    }
    ItemInput input;
    const bool pairs = parser.isSet(targetOpt);
    if (const std::optional<int> exit =
            readItems(parser, inputOpt, pairs ? targetOpt : entityOpt,
                      pairs ? QLatin1Char('@') : QLatin1Char(':'), oneOfThree, &input))
        return *exit;

    QList<ImpactTarget> targets;
    if (pairs || (input.fromFile && !inputHoldsEntities(input.data))) {
        const ApiTargetListReader::Result read = ApiTargetListReader::read(input.data);
        if (const std::optional<int> exit =
                reportProblems(input.problemTexts(read.problems), false, int(read.targets.size())))
            return *exit;
        for (const ApiTargetLine &t : read.targets)
            targets.append(ImpactTarget::apiCluster(t.apiId, t.instanceId));
    } else {
        const EntityListReader::Result read = EntityListReader::read(input.data);
        if (const std::optional<int> exit =
                reportProblems(input.problemTexts(read.problems), false, int(read.entities.size())))
            return *exit;
        for (const EntityLine &e : read.entities)
            targets.append(ImpactTarget::entity(e.bizType, e.bizId));
    }

    std::unique_ptr<Session> session;
    std::unique_ptr<TableStatusLookup> lookup;
    std::unique_ptr<ImpactCheck> check;
    const auto report = [&] {
        ImpactReport r;
        r.targets = check->results();
        r.days = options.days;
        r.depth = options.depth;
        // Nothing could be read at all because the connection failed: not a report.
        bool allFailed = !r.targets.isEmpty();
        ApiError::Kind failure = ApiError::Kind::None;
        for (const TargetImpact &t : std::as_const(r.targets)) {
            if (!t.findings.isEmpty() || t.gaps.isEmpty() ||
                !isConnectionFailure(t.gaps.constFirst().errorKind)) {
                allFailed = false;
                break;
            }
            failure = t.gaps.constFirst().errorKind;
        }
        if (allFailed) {
            err() << r.targets.constFirst().gaps.constFirst().reason << Qt::endl;
            ApiError e;
            e.kind = failure;
            finish(exitStatus::forError(e));
            return;
        }
        if (*format == OutputFormat::Json) {
            out() << QString::fromUtf8(r.json());
        } else if (*format == OutputFormat::Csv) {
            out() << QString::fromUtf8(r.csv());
        } else {
            const QList<Column> columns{{QStringLiteral("key"), tr("TARGET")},
                                        {QStringLiteral("name"), tr("NAME")},
                                        {QStringLiteral("verdict"), tr("VERDICT")},
                                        {QStringLiteral("detail"), tr("DETAIL")}};
            QList<QStringList> rows;
            for (const TargetImpact &t : std::as_const(r.targets))
                rows.append({t.target.key(), t.target.displayName(), verdictCell(t), t.summary()});
            OutputFormatter::print(*format, columns, rows);
        }
        out().flush();
        const bool impact = r.count(TargetImpact::Verdict::HasImpact) > 0;
        finish(parser.isSet(failOpt) && impact ? ExitItemsFailed : ExitOk);
    };
    const auto runCheck = [&] {
        check = std::make_unique<ImpactCheck>(session.get(), targets, options);
        QObject::connect(check.get(), &ImpactCheck::finished, check.get(), report);
        check->start();
    };

    return runEventLoop([&] {
        connection.resolve([&](int status) {
            if (status != ExitOk) {
                finish(status);
                return;
            }
            session = openSession(connection.settings());
            if (!session)
                return;
            // Entities named by id only: their names and table names come from the tables
            // listing, published ones first (only they can go offline).
            QSet<QString> wanted;
            QSet<QString> kinds;
            for (const ImpactTarget &t : std::as_const(targets)) {
                if (t.isEntity() && t.impactApplies()) {
                    wanted.insert(t.bizId);
                    kinds.insert(t.bizType);
                }
            }
            if (wanted.isEmpty()) {
                runCheck();
                return;
            }
            TableStatusLookup::Query query;
            query.bizTypes = QStringList(kinds.cbegin(), kinds.cend());
            query.bizTypes.sort();
            query.statuses = {BizStatus::Published,
                              BizStatus::OfflineDeveloping,
                              BizStatus::PublishDeveloping,
                              BizStatus::Offline,
                              BizStatus::Draft,
                              BizStatus::Reject};
            lookup = std::make_unique<TableStatusLookup>(session.get(), query, wanted);
            QObject::connect(lookup.get(), &TableStatusLookup::finished, lookup.get(), [&] {
                if (!lookup->ok()) {
                    err() << lookup->error().message() << Qt::endl;
                    finish(exitStatus::forError(lookup->error()));
                    return;
                }
                for (ImpactTarget &t : targets) {
                    const auto it = lookup->records().constFind(t.bizId);
                    if (!t.isEntity())
                        continue;
                    if (it == lookup->records().cend() || it->bizType != t.bizType) {
                        t.notFound =
                            tr("no %1 with this id was found in the workspace").arg(t.bizType);
                        continue;
                    }
                    t.name = it->name;
                    t.code = it->code;
                    t.database = it->dbName;
                }
                runCheck();
            });
            lookup->start();
        });
    });
}

} // namespace dataarts::cli
