#pragma once

#include "Command.h"

namespace dataarts::cli {

// dataarts-desk-cli sign: prints the canonical request, the string to sign and the headers
// to send for one request, so that a signature can be checked by hand.
class SignCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SignCommand)
public:
    QStringList words() const override { return {QStringLiteral("sign")}; }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace dataarts::cli
