#pragma once

#include "RunCommand.h"

namespace dataarts::cli {

// retry --run ID [--format ...] [connection options]: a new run of the FAILED items of a
// finished run, with its kind and parameters (BatchEngine::retryFailed, as "Retry failed"
// in the Progress view); the new run records retry_of. Refused while another process
// executes the run, and on another connection than the run's (exit 2, or 6 when held).
class RetryCommand : public RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(RetryCommand)
public:
    QStringList words() const override { return {QStringLiteral("retry")}; }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace dataarts::cli
