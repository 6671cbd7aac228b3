#pragma once

#include "RunCommand.h"

namespace dataarts::cli {

// offline --approver-id ID --approver-name NAME [--fast] [--schedule HH:MM] [--env-type T]
//         [--chunk-size N] [--dry-run] [--skip-bad-lines]
//         (--input FILE | --input - | --entity TYPE:ID ...)
// A batch-offline run (RunKind::BatchOffline) of the entities named by `biz_type,biz_id`
// lines or --entity options; as `publish`, with the same options, a batch publish
// (RunKind::BatchPublish).
class OfflineCommand : public RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(OfflineCommand)
public:
    explicit OfflineCommand(RunKind kind = RunKind::BatchOffline)
        : m_kind(kind)
    {}
    QStringList words() const override
    {
        return {m_kind == RunKind::BatchPublish ? QStringLiteral("publish")
                                                : QStringLiteral("offline")};
    }
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    RunKind m_kind;
};

} // namespace dataarts::cli
