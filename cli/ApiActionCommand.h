#pragma once

#include "RunCommand.h"

namespace dataarts::cli {

// api-action --action UNPUBLISH|STOP|RECOVER [--time ISO8601 | --notice-hours H]
//            [--concurrency N] [--dry-run] [--skip-bad-lines]
//            (--input FILE | --input - | --target API_ID@INSTANCE_ID ...)
// An API-action run (RunKind::ApiAction) on API x cluster pairs.
class ApiActionCommand : public RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApiActionCommand)
public:
    QStringList words() const override { return {QStringLiteral("api-action")}; }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace dataarts::cli
