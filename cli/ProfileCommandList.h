#pragma once

#include "ProfileCommand.h"

namespace dataarts::cli {

// dataarts-desk-cli profile list [--format table|json]: the stored profiles (no secrets;
// the keychain is not touched).
class ProfileCommandList : public ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommandList)
public:
    QStringList words() const override
    {
        return {QStringLiteral("profile"), QStringLiteral("list")};
    }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace dataarts::cli
