#include "ProfileCommandList.h"

#include "profiles/ProfileStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dataarts::cli {
namespace {

QJsonObject toJson(const Profile &p, bool lastUsed)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), p.id.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("name"), p.displayName);
    o.insert(QStringLiteral("region"), p.region);
    o.insert(QStringLiteral("custom_endpoint"), p.customEndpoint);
    o.insert(QStringLiteral("endpoint"), p.endpoint().toString());
    o.insert(QStringLiteral("project_id"), p.projectId);
    o.insert(QStringLiteral("instance_id"), p.instanceId);
    o.insert(QStringLiteral("instance_name"), p.instanceName);
    o.insert(QStringLiteral("workspace"), p.workspaceId);
    o.insert(QStringLiteral("workspace_name"), p.workspaceName);
    o.insert(QStringLiteral("dlm_type"), p.dlmType);
    o.insert(QStringLiteral("auth"), Profile::authMethodName(p.auth));
    o.insert(QStringLiteral("iam_user"), p.iamUserName);
    o.insert(QStringLiteral("iam_account"), p.iamAccountName);
    o.insert(QStringLiteral("proxy_mode"), Profile::proxyModeName(p.proxyMode));
    o.insert(QStringLiteral("proxy_host"), p.proxyHost);
    o.insert(QStringLiteral("proxy_port"), p.proxyPort);
    o.insert(QStringLiteral("proxy_user"), p.proxyUser);
    o.insert(QStringLiteral("ca_file"), p.caBundlePath);
    // 0: the app's settings.
    o.insert(QStringLiteral("connect_timeout_seconds"), p.connectTimeoutSeconds);
    o.insert(QStringLiteral("transfer_timeout_seconds"), p.transferTimeoutSeconds);
    o.insert(QStringLiteral("last_used"), lastUsed);
    return o;
}

} // namespace

QString ProfileCommandList::summary() const
{
    return tr("List the stored connection profiles");
}

int ProfileCommandList::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption formatOpt(QStringLiteral("format"),
                                       tr("Output format: table (default) or json."), tr("FORMAT"),
                                       QStringLiteral("table"));
    parser.addOption(formatOpt);
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst())
              << Qt::endl;
        return ExitUsage;
    }
    const QString format = parser.value(formatOpt);
    if (format != QLatin1String("table") && format != QLatin1String("json")) {
        err() << tr("Unknown format \"%1\": use table or json.").arg(format) << Qt::endl;
        return ExitUsage;
    }

    const ProfileStore store;
    const QList<Profile> profiles = store.profiles();
    const QUuid lastUsed = store.lastUsed();

    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const Profile &p : profiles)
            list.append(toJson(p, p.id == lastUsed));
        QJsonObject doc;
        doc.insert(QStringLiteral("profiles"), list);
        out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        out().flush();
        return ExitOk;
    }

    if (profiles.isEmpty()) {
        out() << tr("No profiles yet. Add one with \"profile add NAME …\".") << Qt::endl;
        return ExitOk;
    }
    QList<QStringList> rows;
    rows << QStringList{tr("NAME"),      tr("REGION / ENDPOINT"), tr("PROJECT ID"),
                        tr("WORKSPACE"), tr("EDITION"),           tr("AUTH")};
    for (const Profile &p : profiles) {
        const QString name =
            (p.id == lastUsed ? QStringLiteral("* ") : QStringLiteral("  ")) + p.displayName;
        const QString auth = p.auth == AuthMethod::AkSk ? tr("AK/SK") : tr("IAM password");
        rows << QStringList{name,
                            p.locationLabel(),
                            p.projectId,
                            p.workspaceName.isEmpty()
                                ? p.workspaceId
                                : tr("%1 (%2)").arg(p.workspaceName, p.workspaceId),
                            p.dlmType.isEmpty() ? tr("default") : p.dlmType,
                            auth};
    }
    rows.first()[0].prepend(QStringLiteral("  "));
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        out() << line << '\n';
    }
    if (!lastUsed.isNull() && std::any_of(profiles.cbegin(), profiles.cend(),
                                          [&](const Profile &p) { return p.id == lastUsed; }))
        out() << '\n' << tr("* last used") << '\n';
    out().flush();
    return ExitOk;
}

} // namespace dataarts::cli
