#pragma once

#include "RunCommand.h"

namespace dataarts::cli {

// offline --approver-id ID --approver-name NAME [--fast] [--schedule HH:MM] [--env-type T]
//         [--chunk-size N] [--dry-run] [--skip-bad-lines]
//         (--input FILE | --input - | --entity TYPE:ID ...)
// A batch-offline run (RunKind::BatchOffline) of the entities named by `biz_type,biz_id`
// lines or --entity options.
class OfflineCommand : public RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(OfflineCommand)
public:
    QStringList words() const override { return {QStringLiteral("offline")}; }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace dataarts::cli
