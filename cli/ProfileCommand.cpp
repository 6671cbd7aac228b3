#include "ProfileCommand.h"

#include <QTimer>

namespace dataarts::cli {

int ProfileCommand::runEventLoop(const std::function<void()> &start)
{
    QTimer::singleShot(0, QCoreApplication::instance(), start);
    return QCoreApplication::exec();
}

void ProfileCommand::finish(int exitCode)
{
    out().flush();
    err().flush();
    QCoreApplication::exit(exitCode);
}

QString ProfileCommand::noKeychainMessage(const QString &detail)
{
    return tr("No secure keychain is available (%1), and the keys are never written to a "
              "file. Start the desktop keyring (for example GNOME Keyring or KWallet) and try "
              "again.")
        .arg(detail);
}

} // namespace dataarts::cli
