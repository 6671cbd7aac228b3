#pragma once

#include "ProfileCommand.h"

namespace dataarts::cli {

// dataarts-desk-cli profile remove NAME [--force]: removes the profile and every keychain
// entry of it. Without --force the profile is kept when the keychain cannot be reached.
class ProfileCommandRemove : public ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommandRemove)
public:
    QStringList words() const override
    {
        return {QStringLiteral("profile"), QStringLiteral("remove")};
    }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace dataarts::cli
