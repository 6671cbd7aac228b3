#pragma once

#include "Command.h"

namespace dataarts::cli {

// export --run ID --format csv|json [--bom] [--output FILE]: one run as the window's
// "Export…" writes it (RunExport: every item with its key, name, state, code, remark, times
// and the request that carried it), to standard output or a file. Reads the journal
// read-only, as history does.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    QStringList words() const override { return {QStringLiteral("export")}; }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace dataarts::cli
