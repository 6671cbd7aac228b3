#pragma once

#include "ProfileCommand.h"

namespace dataarts::cli {

// profile test NAME: one signed call with the profile's settings and keychain keys; prints
// the latency and the clock offset, or the error. Exit 0, 2 (no such profile) or 3.
class ProfileCommandTest : public ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommandTest)
public:
    QStringList words() const override
    {
        return {QStringLiteral("profile"), QStringLiteral("test")};
    }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace dataarts::cli
