#pragma once

#include "dto/ApprovalBatchRequest.h"
#include "dto/BizInfo.h"
#include "dto/Enums.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace dataarts {
struct ConnectionSettings;
}

namespace dataarts::ui {

// "Copy as CLI command" of the wizards: the dataarts-desk-cli command line of the CLI
// contract (spec/product.md) that does what the wizard would do, for a POSIX shell. The
// items go on standard input (`--input -` and a here-document), so the text pasted into a
// terminal runs as it is. Never a secret: the keys come from the profile's keychain entry
// or DATAARTS_AK / DATAARTS_SK, as the contract says.
class CliCommand
{
public:
    // How the command names the connection: the profile by name, or else the endpoint,
    // project and workspace of the settings (none of which is a secret).
    struct Connection {
        QString profileName;
        QUrl endpoint;
        QString projectId;
        QString workspace;
        QString region;
        QString dlmType;
        QString caFile;
    };
    static Connection connectionFor(const QString &profileName, const ConnectionSettings &settings);

    // `offline --approver-id … --approver-name … [--fast] [--schedule HH:MM] [--env-type T]
    // --chunk-size N --input -` with one `biz_type,biz_id` line per entity. The options'
    // schedule_time ("MM_HH") is written as HH:MM.
    static QString offline(const Connection &connection, const ApprovalBatchRequest &options,
                           int chunkSize, const QList<BizInfo> &entities);
    // `api-action --action A [--time T] --input -` with one `api_id,instance_id` per pair.
    static QString apiAction(const Connection &connection, ApiAction action, const QString &time,
                             const QList<QPair<QString, QString>> &pairs);

    // One shell word: as it is when it is made of safe characters, else single-quoted.
    static QString quote(const QString &word);

private:
    static QString program();
    static QStringList connectionArguments(const Connection &connection);
    static QString withInput(const QStringList &arguments, const QStringList &lines);
};

} // namespace dataarts::ui
