#pragma once

#include "Command.h"

#include <functional>

namespace dataarts::cli {

// Shared by the "profile …" commands: they talk to the keychain, which answers
// asynchronously, so they run the application's event loop until finish() is called.
class ProfileCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)
protected:
    // Calls start() once the event loop runs and returns the code given to finish().
    static int runEventLoop(const std::function<void()> &start);
    static void finish(int exitCode);

    // The keychain could not keep the keys: the message for the user.
    static QString noKeychainMessage(const QString &detail);
};

} // namespace dataarts::cli
