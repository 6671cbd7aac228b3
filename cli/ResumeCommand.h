#pragma once

#include "RunCommand.h"

namespace dataarts::cli {

// resume --run ID [--format ...] [connection options]: continues an unfinished run of the
// journal (CLI or app): what was being sent when it stopped is reconciled by reading,
// never sent again; what was queued is sent. Without connection options it connects as
// the run did (its profile, or its recorded endpoint with DATAARTS_AK / DATAARTS_SK).
class ResumeCommand : public RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResumeCommand)
public:
    QStringList words() const override { return {QStringLiteral("resume")}; }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace dataarts::cli
