#include "ProfileCommand.h"

namespace dataarts::cli {

QString ProfileCommand::noKeychainMessage(const QString &detail)
{
    return tr("No secure keychain is available (%1), and the keys are never written to a "
              "file. Start the desktop keyring (for example GNOME Keyring or KWallet) and try "
              "again.")
        .arg(detail);
}

} // namespace dataarts::cli
