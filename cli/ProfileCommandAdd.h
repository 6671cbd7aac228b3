#pragma once

#include "ProfileCommand.h"

namespace dataarts::cli {

// dataarts-desk-cli profile add NAME (--endpoint URL | --region R) --project-id ID
//   --workspace ID [--instance-id ID] [--dlm-type T] [--ca-file F]
// Stores the profile; the AK/SK come from DATAARTS_AK / DATAARTS_SK (never from arguments)
// and go to the OS keychain only.
class ProfileCommandAdd : public ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommandAdd)
public:
    QStringList words() const override
    {
        return {QStringLiteral("profile"), QStringLiteral("add")};
    }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace dataarts::cli
