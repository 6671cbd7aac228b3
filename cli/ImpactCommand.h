#pragma once

#include "RunCommand.h"

namespace dataarts::cli {

// impact (--entity TYPE:ID ... | --target API_ID@INSTANCE_ID ... | --input FILE)
//        [--days N] [--depth N] [--format table|csv|json] [--fail-on-impact]
// What still depends on entities about to go offline, or on API x cluster pairs about to be
// unpublished or stopped (app/impact/ImpactCheck). Reads only; nothing is written, nothing is
// journaled. Exit 0 when the report was made (1 with --fail-on-impact when some target has
// impact), 2 for usage or input errors, 3 when the connection or the keys fail.
// It shares the item readers of `offline` and `api-action` (RunCommand).
class ImpactCommand : public RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImpactCommand)
public:
    QStringList words() const override { return {QStringLiteral("impact")}; }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace dataarts::cli
