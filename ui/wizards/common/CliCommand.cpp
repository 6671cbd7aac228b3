#include "CliCommand.h"

#include "client/ConnectionSettings.h"

#include <QDateTime>
#include <QRegularExpression>

namespace dataarts::ui {

CliCommand::Connection CliCommand::connectionFor(const QString &profileName,
                                                 const ConnectionSettings &settings)
{
    Connection c;
    c.profileName = profileName;
    c.endpoint = settings.endpoint;
    c.projectId = settings.projectId;
    c.workspace = settings.workspace;
    c.region = settings.region;
    c.dlmType = settings.dlmType;
    c.caFile = settings.caBundlePath;
    return c;
}

QString CliCommand::program()
{
    return QStringLiteral("dataarts-desk-cli");
}

QString CliCommand::quote(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QStringList CliCommand::connectionArguments(const Connection &c)
{
    if (!c.profileName.isEmpty())
        return {QStringLiteral("--profile"), c.profileName};
    QStringList args{QStringLiteral("--endpoint"),   c.endpoint.toString(QUrl::RemoveUserInfo),
                     QStringLiteral("--project-id"), c.projectId,
                     QStringLiteral("--workspace"),  c.workspace};
    if (!c.region.isEmpty())
        args << QStringLiteral("--region") << c.region;
    if (!c.dlmType.isEmpty())
        args << QStringLiteral("--dlm-type") << c.dlmType;
    if (!c.caFile.isEmpty())
        args << QStringLiteral("--ca-file") << c.caFile;
    return args;
}

QString CliCommand::withInput(const QStringList &arguments, const QStringList &lines)
{
    QStringList words{program()};
    for (const QString &a : arguments)
        words.append(quote(a));
    words << QStringLiteral("--input") << QStringLiteral("-") << QStringLiteral("<<'EOF'");
    QString text = words.join(QLatin1Char(' ')) + QLatin1Char('\n');
    for (const QString &line : lines)
        text += line + QLatin1Char('\n');
    text += QStringLiteral("EOF\n");
    return text;
}

QString CliCommand::offline(const Connection &connection, const ApprovalBatchRequest &options,
                            int chunkSize, const QList<BizInfo> &entities)
{
    QStringList args{QStringLiteral("offline")};
    args << connectionArguments(connection);
    args << QStringLiteral("--approver-id") << options.approverUserId
         << QStringLiteral("--approver-name") << options.approverUserName;
    if (options.fastApproval)
        args << QStringLiteral("--fast");
    const QTime schedule = ApprovalBatchRequest::parseScheduleTime(options.scheduleTime);
    if (schedule.isValid())
        args << QStringLiteral("--schedule") << schedule.toString(QStringLiteral("HH:mm"));
    if (options.envType != EnvType::Unknown)
        args << QStringLiteral("--env-type") << enumName(options.envType);
    args << QStringLiteral("--chunk-size") << QString::number(chunkSize);
    QStringList lines;
    lines.reserve(entities.size());
    for (const BizInfo &e : entities)
        lines.append(e.bizType + QLatin1Char(',') + e.bizId);
    return withInput(args, lines);
}

QString CliCommand::apiAction(const Connection &connection, ApiAction action, const QString &time,
                              const QList<QPair<QString, QString>> &pairs)
{
    QStringList args{QStringLiteral("api-action")};
    args << connectionArguments(connection);
    args << QStringLiteral("--action") << enumName(action);
    if (!time.isEmpty()) {
        args << QStringLiteral("--time") << time;
        // The window asked for confirmation of a time inside the notice period; the CLI
        // needs --force for it.
        // (A time already past is refused by the CLI whatever the options.)
        const QDateTime at = QDateTime::fromString(time, Qt::ISODateWithMs);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (at.isValid() && at > now && at < now.addSecs(48 * 3600))
            args << QStringLiteral("--force");
    }
    QStringList lines;
    lines.reserve(pairs.size());
    for (const auto &p : pairs)
        lines.append(p.first + QLatin1Char(',') + p.second);
    return withInput(args, lines);
}

} // namespace dataarts::ui
