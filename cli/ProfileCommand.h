#pragma once

#include "Command.h"

#include <functional>

namespace dataarts::cli {

// Shared by the "profile …" commands: they talk to the keychain, which answers
// asynchronously, so they run the application's event loop (Command::runEventLoop).
class ProfileCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)
protected:
    // The keychain could not keep the keys: the message for the user.
    static QString noKeychainMessage(const QString &detail);
};

} // namespace dataarts::cli
