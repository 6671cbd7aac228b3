#pragma once

#include "OutputFormatter.h"
#include "RunCommand.h"

#include <QCommandLineOption>

namespace dataarts::cli {

// --check on `offline` and `api-action` (issue 21): a dry run judged by the server's
// current state (TargetCheck): one line per target, "will change" or "skip" with the
// reason, in the listing formats; nothing is written and nothing recorded.
namespace checkOption {

QCommandLineOption option();
// Makes `plan` a check: its prepare reads and prints, then stops with exit 0 (3 when the
// state could not be read).
void apply(RunCommand::Plan *plan, OutputFormat format);

} // namespace checkOption

// Translations of the check's texts.
class CheckText
{
    Q_DECLARE_TR_FUNCTIONS(CheckText)
};

} // namespace dataarts::cli
